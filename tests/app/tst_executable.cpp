#include "fakemarketplace.h"

#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

    void importInvoiceRequests_reportsEveryBadLine()
    {
        const QString url = QStringLiteral("sqlite:") + m_home->filePath(QStringLiteral("import.db"));
        const QString csv = m_home->filePath(QStringLiteral("export.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("订单ID,客户ID,联系方式,发票编号,发票金额,发票类型,发票状态,申请时间,开票时间\n"
                           "5001,C1,13800001111,,\"1,200.00\",增值税普通发票,待处理,2026-11-20 10:00:00,\n"
                           "5002,C2,13800001111,,12..0,增值税普通发票,待处理,2026-11-20 10:00:00,\n"
                           "5003,C3,13800001111,,30,数电普票,待处理,2026-11-20 10:00:00,\n")
                .toUtf8());
        file.close();
        const QStringList import {QStringLiteral("--database"),
                                  url,
                                  QStringLiteral("--import-invoice-requests"),
                                  csv,
                                  QStringLiteral("--lang"),
                                  QStringLiteral("en")};
        const Run strict = marketdesk(import);
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.out.contains(QStringLiteral("line 3: 发票金额")), qPrintable(strict.out));
        QVERIFY(strict.out.trimmed().endsWith(QStringLiteral("imported 0, rejected 1")));

        const Run lenient = marketdesk(QStringList(import) << QStringLiteral("--skip-invalid"));
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY2(lenient.out.trimmed().endsWith(QStringLiteral("imported 2, rejected 1")),
                 qPrintable(lenient.out));

        const Run again = marketdesk(QStringList(import) << QStringLiteral("--skip-invalid"));
        QVERIFY2(again.out.contains(QStringLiteral("2 lines already known, left out")),
                 qPrintable(again.out));
        QVERIFY(again.out.trimmed().endsWith(QStringLiteral("imported 0, rejected 1")));
        // Lines already known are no reason to fail.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            QStringLiteral("订单ID,客户ID,联系方式,发票编号,发票金额,发票类型,发票状态,申请时间,开票时间\n"
                           "5001,C1,13800001111,,\"1,200.00\",增值税普通发票,待处理,2026-11-20 10:00:00,\n")
                .toUtf8());
        file.close();
        const Run known = marketdesk(import);
        QCOMPARE(known.exitCode, 0);
        QVERIFY2(known.out.trimmed().endsWith(QStringLiteral("imported 0, rejected 0")),
                 qPrintable(known.out));
        QCOMPARE(marketdesk({QStringLiteral("--skip-invalid")}).exitCode, 2);
    }

    void importBuyerRecords_takesKnownBuyersOnly()
    {
        const QString url = QStringLiteral("sqlite:") + m_home->filePath(QStringLiteral("buyers.db"));
        const Run fill = marketdesk(
            {QStringLiteral("--database"), url, QStringLiteral("--demo-data"), QStringLiteral("100")});
        QVERIFY2(fill.exitCode == 0, qPrintable(fill.err));
        QString customerNo;
        {
            QSqlDatabase peek = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            peek.setDatabaseName(m_home->filePath(QStringLiteral("buyers.db")));
            QVERIFY(peek.open());
            QSqlQuery query(QStringLiteral("SELECT customer_no FROM buyers ORDER BY customer_no LIMIT 1"),
                            peek);
            QVERIFY(query.next());
            customerNo = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        const QString csv = m_home->filePath(QStringLiteral("buyers.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("客户ID,收件人,收件电话,省份,城市,详细地址,邮编\n"
                                  "%1,王五,13800001111,广东省,深圳市,南山区科技园1号,518057\n"
                                  "C999999,赵六,13800002222,广东省,深圳市,南山区科技园2号,518057\n")
                       .arg(customerNo)
                       .toUtf8());
        file.close();
        const QStringList import {QStringLiteral("--database"),
                                  url,
                                  QStringLiteral("--import-buyer-records"),
                                  csv,
                                  QStringLiteral("--lang"),
                                  QStringLiteral("en")};
        const Run strict = marketdesk(import);
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.out.contains(QStringLiteral("line 3: 客户ID C999999")), qPrintable(strict.out));
        QVERIFY(strict.out.trimmed().endsWith(QStringLiteral("imported 0, rejected 1")));
        const Run lenient = marketdesk(QStringList(import) << QStringLiteral("--skip-invalid"));
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY2(lenient.out.trimmed().endsWith(QStringLiteral("imported 1, rejected 1")),
                 qPrintable(lenient.out));
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

        const Run contracts = marketdesk({QStringLiteral("--database"), url, QStringLiteral("--page"),
                                          QStringLiteral("contracts"), QStringLiteral("--screenshot"), png});
        QVERIFY2(contracts.exitCode == 0, qPrintable(contracts.err));
        const Run unknown = marketdesk({QStringLiteral("--database"), url, QStringLiteral("--page"),
                                        QStringLiteral("no-such-page"), QStringLiteral("--screenshot"), png});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no-such-page")));
        QVERIFY(unknown.err.contains(QStringLiteral("applications")));

        const Run again = marketdesk(
            {QStringLiteral("--database"), url, QStringLiteral("--demo-data"), QStringLiteral("300")});
        QCOMPARE(again.exitCode, 1);
    }

    void runDueJobs_appliesEachJobOnce()
    {
        const QString url = QStringLiteral("sqlite:") + m_home->filePath(QStringLiteral("due.db"));
        const Run fill = marketdesk(
            {QStringLiteral("--database"), url, QStringLiteral("--demo-data"), QStringLiteral("3000")});
        QVERIFY2(fill.exitCode == 0, qPrintable(fill.err));
        const QStringList due {QStringLiteral("--database"), url, QStringLiteral("--run-due-jobs")};
        const Run first = marketdesk(due);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QRegularExpressionMatch accepted
            = QRegularExpression(QStringLiteral("^auto-accepted (\\d+) deliveries\nlapsed \\d+ red-letter "
                                                "forms\nsuspended (\\d+) vendors\ndelisted \\d+ products$"))
                  .match(first.out.trimmed());
        QVERIFY2(accepted.hasMatch(), qPrintable(first.out));
        // The demo data leaves some deliveries past their acceptance period.
        QVERIFY(accepted.captured(1).toInt() > 0);
        // Demo vendors with a deduction months ago and no top-up lose their display.
        QVERIFY(accepted.captured(2).toInt() > 0);
        const Run second = marketdesk(due);
        QCOMPARE(second.out.trimmed(),
                 QStringLiteral("auto-accepted 0 deliveries\nlapsed 0 red-letter forms\nsuspended 0 vendors\n"
                                "delisted 0 products"));
    }

    void syncMarketplace_pullsPushesAndSaysWhatItDid()
    {
        FakeMarketplace fake(QStringLiteral("cli-id"), QStringLiteral("cli-secret"));
        fake.addInvoice(QStringLiteral("4242"), QDateTime::currentDateTimeUtc().addSecs(-3600),
                        QStringLiteral("88.80"), QStringLiteral("70001"));
        {
            QSettings settings(m_home->filePath(QStringLiteral("config/MarketDesk/MarketDesk.conf")),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("marketplace/endpoint"), fake.endpoint().toString());
        }
        const QString url = QStringLiteral("sqlite:") + m_home->filePath(QStringLiteral("sync.db"));
        const QStringList sync {QStringLiteral("--database"), url, QStringLiteral("--sync-marketplace")};

        const Run unconfigured = marketdesk(sync);
        QVERIFY2(unconfigured.exitCode == 0, qPrintable(unconfigured.err));
        QVERIFY2(unconfigured.out.contains(QStringLiteral("Nothing to sync")), qPrintable(unconfigured.out));
        QCOMPARE(fake.calls(QStringLiteral("DescribeInvoiceForIsv")), 0);

        const QHash<QString, QString> key {
            {QStringLiteral("MARKETDESK_ACCESS_KEY_ID"), QStringLiteral("cli-id")},
            {QStringLiteral("MARKETDESK_ACCESS_KEY_SECRET"), QStringLiteral("cli-secret")}};
        const Run first = marketdesk(sync, key);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.out.trimmed(),
                 QStringLiteral("pulled: added 1, updated 0\npushes: pending 0, failed 0"));
        const Run second = marketdesk(sync, key);
        QVERIFY2(second.out.startsWith(QStringLiteral("pulled: added 0, updated 0")), qPrintable(second.out));

        QHash<QString, QString> wrong = key;
        wrong.insert(QStringLiteral("MARKETDESK_ACCESS_KEY_SECRET"), QStringLiteral("not-the-secret"));
        const Run refused = marketdesk(sync, wrong);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("SignatureDoesNotMatch")), qPrintable(refused.err));
    }

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// Runs marketdesk with `arguments` and the extra `variables`; the event loop runs meanwhile, so
    /// that servers in this process can answer it.
    Run marketdesk(const QStringList& arguments, const QHash<QString, QString>& variables = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home->path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("MARKETDESK_DATABASE"));
        for (const QString& name :
             {QStringLiteral("MARKETDESK_ACCESS_KEY_ID"), QStringLiteral("MARKETDESK_ACCESS_KEY_SECRET"),
              QStringLiteral("DBUS_SESSION_BUS_ADDRESS")})
            environment.remove(name);
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        process.start(QStringLiteral(MARKETDESK_EXECUTABLE), arguments);
        loop.exec();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }
    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
