#include "connectiondialog.h"
#include "dialect.h"
#include "freshdatabase.h"
#include "migrator.h"
#include "query.h"
#include "silentserver.h"
#include "testsql.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

/// Settings ▸ Change connection: the test tells an empty database, MarketDesk's own and another
/// program's apart, and saving refuses the last.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabase_isToBeSetUp_andStaysEmpty()
    {
        FreshDatabase fresh(QStringLiteral("sqlite"), false);
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        ConnectionDialog dialog(fresh.url());
        QVERIFY(dialog.testConnection());
        QVERIFY2(resultText(dialog).contains(QStringLiteral("empty")), qPrintable(resultText(dialog)));
        QCOMPARE(TestSql::column(fresh.database(), fresh.database().dialect().tableNamesQuery()),
                 QStringList());
    }

    void marketDeskDatabase_showsItsSchemaVersion()
    {
        FreshDatabase fresh(QStringLiteral("sqlite"));
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        ConnectionDialog dialog(fresh.url());
        QVERIFY(dialog.testConnection());
        const QString version = QString::number(Migrator(fresh.database()).latestVersion());
        QVERIFY2(resultText(dialog).contains(version), qPrintable(resultText(dialog)));
    }

    void anotherProgramsDatabase_isRefused_andLeftAlone()
    {
        FreshDatabase fresh(QStringLiteral("sqlite"), false);
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        Query::execute(fresh.database(), QStringLiteral("CREATE TABLE notes (body TEXT)"));
        ConnectionDialog dialog(fresh.url());
        QVERIFY(!dialog.testConnection());
        QVERIFY2(resultText(dialog).contains(QStringLiteral("notes")), qPrintable(resultText(dialog)));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(TestSql::column(fresh.database(), fresh.database().dialect().tableNamesQuery()),
                 QStringList {QStringLiteral("notes")});
    }

    void databaseOfANewerMarketDesk_isRefused()
    {
        FreshDatabase fresh(QStringLiteral("sqlite"));
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        Query::execute(
            fresh.database(),
            QStringLiteral("INSERT INTO schema_version (version, name, min_compatible, applied_at) "
                           "VALUES (900, 'future', 900, 0)"));
        ConnectionDialog dialog(fresh.url());
        QVERIFY(!dialog.testConnection());
        QVERIFY2(resultText(dialog).contains(QStringLiteral("newer MarketDesk")),
                 qPrintable(resultText(dialog)));
    }

    void schema_isKept_andChecked()
    {
        const auto team
            = DatabaseUrl::parse(QStringLiteral("postgresql://clerk@db.example:5433/market?schema=east"));
        ConnectionDialog dialog(*team);
        QCOMPARE(dialog.url(), team);
        auto* schema = dialog.findChild<QLineEdit*>(QStringLiteral("schema"));
        schema->setText(QStringLiteral("9east"));
        QVERIFY(!dialog.url());
        QVERIFY2(resultText(dialog).startsWith(QStringLiteral("Schema")), qPrintable(resultText(dialog)));
        schema->clear();
        QCOMPARE(dialog.url()->toString(), QStringLiteral("postgresql://clerk@db.example:5433/market"));
    }

    /// A server that does not answer is waited for with the dialog painting, until the user
    /// closes the dialog (libpq alone would freeze it for its whole timeout).
    void silentServer_isWaitedFor_untilTheDialogIsClosed()
    {
        const SilentServer silent;
        QVERIFY(silent.port() != 0);
        ConnectionDialog dialog(
            *DatabaseUrl::parse(QStringLiteral("postgresql://clerk@127.0.0.1:%1/market").arg(silent.port())));
        dialog.show();
        QString whileWaiting;
        bool testEnabledWhileWaiting = true;
        QTimer::singleShot(200, &dialog, [&] {
            whileWaiting = resultText(dialog);
            testEnabledWhileWaiting = dialog.findChild<QStackedWidget*>()->isEnabled();
            dialog.reject();
        });
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!dialog.testConnection());
        QVERIFY(waited.elapsed() < 5000);
        QVERIFY2(whileWaiting.startsWith(QStringLiteral("Waiting for")), qPrintable(whileWaiting));
        QVERIFY(!testEnabledWhileWaiting);
        QVERIFY2(resultText(dialog).contains(QStringLiteral("cancelled")), qPrintable(resultText(dialog)));
        QVERIFY(dialog.findChild<QStackedWidget*>()->isEnabled());
    }

    void refusedPort_isSaidAtOnce()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        ConnectionDialog dialog(
            *DatabaseUrl::parse(QStringLiteral("postgresql://clerk@127.0.0.1:%1/market").arg(port)));
        QVERIFY(!dialog.testConnection());
        QVERIFY2(resultText(dialog).startsWith(QStringLiteral("Cannot reach 127.0.0.1:%1").arg(port)),
                 qPrintable(resultText(dialog)));
    }

private:
    static QString resultText(const ConnectionDialog& dialog)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("result"))->text();
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
