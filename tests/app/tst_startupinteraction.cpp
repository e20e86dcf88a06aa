#include "connectingnotice.h"
#include "freshdatabase.h"
#include "silentserver.h"
#include "startupinteraction.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

/// The window's part in connecting at start: the notice stays responsive while the server is
/// awaited, and Cancel gives up waiting.
class TestStartupInteraction : public QObject
{
    Q_OBJECT

private slots:
    void answeringServer_keepsTheNoticeUpForTheConnection()
    {
        const QString postgresql = QStringLiteral("postgresql");
        REQUIRE_BACKEND(postgresql);
        StartupInteraction interaction;
        QCOMPARE(interaction.reach(FreshDatabase(postgresql, false).url()), QString());
        QVERIFY(interaction.notice()->isVisible());
    }

    /// Something accepts the connection but never answers its start-up (a hung server).
    void unansweredStartUp_isReportedAfterTheWait()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        StartupInteraction interaction(QString(), std::chrono::milliseconds(500));
        const QString error = interaction.reach(urlAt(server.serverPort()));
        QVERIFY2(error.contains(QStringLiteral("did not answer")), qPrintable(error));
        QVERIFY(!interaction.notice()->isVisible());
    }

    void cancel_givesUpWaiting_andHidesTheNotice()
    {
        const SilentServer silent;
        QVERIFY(silent.port() != 0);
        StartupInteraction interaction(QString(), std::chrono::seconds(30));
        QTimer cancelling;
        connect(&cancelling, &QTimer::timeout, this, [&] {
            if (interaction.notice()->isVisible())
                interaction.notice()->findChild<QPushButton*>()->click();
        });
        cancelling.start(0);
        QElapsedTimer waited;
        waited.start();
        const QString error = interaction.reach(urlAt(silent.port()));
        QCOMPARE(error,
                 QStringLiteral("Connecting to %1 was cancelled.").arg(urlAt(silent.port()).toString()));
        QVERIFY(waited.elapsed() < 10000);
        QVERIFY(!interaction.notice()->isVisible());
    }

    void sqliteFile_isNotWaitedFor()
    {
        StartupInteraction interaction;
        QCOMPARE(interaction.reach(DatabaseUrl::sqliteFile(QStringLiteral("/tmp/market.db"))), QString());
        QVERIFY(!interaction.notice()->isVisible());
    }

private:
    static DatabaseUrl urlAt(quint16 port)
    {
        return *DatabaseUrl::parse(QStringLiteral("postgresql://clerk@127.0.0.1:%1/market").arg(port));
    }
};

QTEST_MAIN(TestStartupInteraction)
#include "tst_startupinteraction.moc"
