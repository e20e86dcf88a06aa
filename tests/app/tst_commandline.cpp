#include "commandline.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void everyOption_isRead()
    {
        const CommandLine options = CommandLine::parse(
            {QStringLiteral("marketdesk"), QStringLiteral("--database"), QStringLiteral("sqlite:/tmp/a.db"),
             QStringLiteral("--page"), QStringLiteral("orders"), QStringLiteral("--screenshot"),
             QStringLiteral("/tmp/o.png"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.database, std::optional<QString>(QStringLiteral("sqlite:/tmp/a.db")));
        QCOMPARE(options.page, QStringLiteral("orders"));
        QCOMPARE(options.screenshot, QStringLiteral("/tmp/o.png"));
        QCOMPARE(options.language, QStringLiteral("zh_CN"));
        QVERIFY(!options.demoData);
    }

    void badArguments_sayWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")};
        QTest::newRow("demo data not a number")
            << QStringList {QStringLiteral("--demo-data"), QStringLiteral("many")};
        QTest::newRow("demo data zero") << QStringList {QStringLiteral("--demo-data"), QStringLiteral("0")};
        QTest::newRow("unknown page") << QStringList {QStringLiteral("--page"), QStringLiteral("nowhere")};
        QTest::newRow("unknown language") << QStringList {QStringLiteral("--lang"), QStringLiteral("fr")};
        QTest::newRow("stray argument") << QStringList {QStringLiteral("extra")};
    }
    void badArguments_sayWhy()
    {
        QFETCH(QStringList, arguments);
        arguments.prepend(QStringLiteral("marketdesk"));
        QVERIFY(!CommandLine::parse(arguments).error.isEmpty());
    }

    void help_listsEveryOption()
    {
        const CommandLine options
            = CommandLine::parse({QStringLiteral("marketdesk"), QStringLiteral("--help")});
        QVERIFY(options.helpRequested);
        for (const char* option : {"--database", "--demo-data", "--page", "--screenshot", "--lang", "--help",
                                   "--sync-marketplace"})
            QVERIFY2(options.helpText.contains(QLatin1String(option)), option);
    }

    void headlessModes_needNoWindowSystem()
    {
        QVERIFY(CommandLine::isHeadless(
            {QStringLiteral("marketdesk"), QStringLiteral("--demo-data"), QStringLiteral("5")}));
        QVERIFY(CommandLine::isHeadless({QStringLiteral("marketdesk"), QStringLiteral("-h")}));
        QVERIFY(
            CommandLine::isHeadless({QStringLiteral("marketdesk"), QStringLiteral("--sync-marketplace")}));
        QVERIFY(CommandLine::parse({QStringLiteral("marketdesk"), QStringLiteral("--sync-marketplace")})
                    .syncMarketplace);
        QVERIFY(!CommandLine::isHeadless(
            {QStringLiteral("marketdesk"), QStringLiteral("--page"), QStringLiteral("orders")}));
        QCOMPARE(CommandLine::languageArgument({QStringLiteral("marketdesk"), QStringLiteral("--lang=en")}),
                 QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
