#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real marketdesk executable the way a user or a script does.
class TestExecutable : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void help_listsOptionsAndSucceeds()
    {
        const Run run = marketdesk({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--demo-data")));
    }

    void badOption_failsWithAMessage()
    {
        const Run run = marketdesk({QStringLiteral("--nonsense")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void badUrl_failsWithAMessage()
    {
        const Run run
            = marketdesk({QStringLiteral("--database"), QStringLiteral("mysql://x"), QStringLiteral("--page"),
                          QStringLiteral("orders"), QStringLiteral("--screenshot"),
                          m_home->filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("mysql://x")));
    }

    void demoDataThenScreenshot()
    {
        const QString url = QStringLiteral("sqlite:") + m_home->filePath(QStringLiteral("demo.db"));
        const Run fill = marketdesk(
            {QStringLiteral("--database"), url, QStringLiteral("--demo-data"), QStringLiteral("300")});
        QVERIFY2(fill.exitCode == 0, qPrintable(fill.err));
        const QString png = m_home->filePath(QStringLiteral("orders.png"));
        const Run shot = marketdesk({QStringLiteral("--database"), url, QStringLiteral("--page"),
                                     QStringLiteral("orders"), QStringLiteral("--screenshot"), png,
                                     QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);

        const Run unbuilt = marketdesk({QStringLiteral("--database"), url, QStringLiteral("--page"),
                                        QStringLiteral("contracts"), QStringLiteral("--screenshot"), png});
        QCOMPARE(unbuilt.exitCode, 3);
        QVERIFY(unbuilt.err.contains(QStringLiteral("contracts")));

        const Run again = marketdesk(
            {QStringLiteral("--database"), url, QStringLiteral("--demo-data"), QStringLiteral("300")});
        QCOMPARE(again.exitCode, 1);
    }

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run marketdesk(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home->path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("MARKETDESK_DATABASE"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MARKETDESK_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }
    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
