#include "commandline.h"

#include <QCommandLineParser>

const QStringList& CommandLine::knownPages()
{
    static const QStringList pages {QStringLiteral("applications"), QStringLiteral("vendors"),
                                    QStringLiteral("products"),     QStringLiteral("orders"),
                                    QStringLiteral("deliveries"),   QStringLiteral("invoices"),
                                    QStringLiteral("contracts"),    QStringLiteral("settings"),
                                    QStringLiteral("catalogues"),   QStringLiteral("users")};
    return pages;
}

bool CommandLine::isHeadless(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h")
            || argument.startsWith(QStringLiteral("--demo-data"))
            || argument.startsWith(QStringLiteral("--import-invoice-requests"))
            || argument.startsWith(QStringLiteral("--import-buyer-records"))
            || argument == QStringLiteral("--run-due-jobs")
            || argument == QStringLiteral("--sync-marketplace") || argument == QStringLiteral("--init-server")
            || argument.startsWith(QStringLiteral("--add-user")))
            return true;
    }
    return false;
}

QString CommandLine::languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QStringLiteral("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("MarketDesk: the back office of a cloud marketplace."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("Use this database: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME. "
           "Default: MARKETDESK_DATABASE, else the saved setting, else the embedded "
           "SQLite file in the data folder."),
        tr("URL"));
    const QCommandLineOption demoData(
        QStringLiteral("demo-data"),
        tr("Fill the (empty) database with a demo data set of N orders and invoice "
           "requests, then exit."),
        tr("N"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("Open this page: %1.").arg(knownPages().join(QStringLiteral(", "))),
                                  tr("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the main window to this PNG file and exit."), tr("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Interface language: zh_CN or en."),
                                      tr("LANGUAGE"));
    const QCommandLineOption importInvoices(
        QStringLiteral("import-invoice-requests"),
        tr("Import the vendor console's invoice list export (CSV) into the invoice queue, then exit. Prints "
           "each bad line and \"imported N, rejected M\"; nothing is imported while a line is bad."),
        tr("FILE"));
    const QCommandLineOption importBuyers(
        QStringLiteral("import-buyer-records"),
        tr("Import buyers' invoice titles and mailing addresses (CSV, one buyer per line, by 客户ID), then "
           "exit. Prints each bad line and \"imported N, rejected M\"; nothing is imported while a line is "
           "bad."),
        tr("FILE"));
    const QCommandLineOption skipInvalid(
        QStringLiteral("skip-invalid"),
        tr("With --import-invoice-requests or --import-buyer-records: import the good lines even when some "
           "are bad, and exit with 0."));
    const QCommandLineOption runDueJobs(
        QStringLiteral("run-due-jobs"),
        tr("Apply what is due now (automatic acceptance of deliveries, lapse of unconfirmed red-letter "
           "forms, suspension of vendors still short of their deposit after the settlement, delisting of "
           "products without orders), print what was done and exit: for a server's scheduler. Safe to run "
           "beside open clients; each job is applied once."));
    const QCommandLineOption syncMarketplace(
        QStringLiteral("sync-marketplace"),
        tr("Pull the marketplace's invoice requests, push the results waiting in the outbox, print what "
           "was done and exit. The AccessKey comes from MARKETDESK_ACCESS_KEY_ID and "
           "MARKETDESK_ACCESS_KEY_SECRET (and MARKETDESK_SECURITY_TOKEN) when set, else from the "
           "keyring, else from a prompt."));
    const QCommandLineOption initServer(
        QStringLiteral("init-server"),
        tr("Set up the PostgreSQL database of --database as a team server (schema, roles, permissions and "
           "row-level security), then exit. Run it as the owner of the database, again after each upgrade."));
    const QCommandLineOption addUser(
        QStringLiteral("add-user"),
        tr("Add a user with its own login to the team server of --database, then exit. Needs --role; the "
           "password comes from MARKETDESK_NEW_PASSWORD when set, else from a prompt."),
        tr("NAME"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        tr("With --add-user: reviewer, clerk, delivery, entry, admin or a custom role."), tr("ROLE"));
    const QCommandLineOption vendor(QStringLiteral("vendor"),
                                    tr("With --add-user: the vendor (ID or exact name) the user works for."),
                                    tr("VENDOR"));
    parser.addOptions({help, database, demoData, page, screenshot, language, importInvoices, importBuyers,
                       skipInvalid, runDueJobs, syncMarketplace, initServer, addUser, role, vendor});

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.helpRequested = parser.isSet(help);
    if (parser.isSet(database))
        result.database = parser.value(database);
    if (parser.isSet(demoData)) {
        bool ok = false;
        const int scale = parser.value(demoData).toInt(&ok);
        if (!ok || scale < 1) {
            result.error = tr("--demo-data needs a whole number of 1 or more, not \"%1\".")
                               .arg(parser.value(demoData));
            return result;
        }
        result.demoData = scale;
    }
    result.importInvoiceRequests = parser.value(importInvoices);
    result.importBuyerRecords = parser.value(importBuyers);
    result.skipInvalid = parser.isSet(skipInvalid);
    result.runDueJobs = parser.isSet(runDueJobs);
    result.syncMarketplace = parser.isSet(syncMarketplace);
    result.initServer = parser.isSet(initServer);
    result.addUser = parser.value(addUser);
    result.role = parser.value(role);
    result.vendor = parser.value(vendor);
    if (!result.addUser.isEmpty() && result.role.isEmpty()) {
        result.error
            = tr("--add-user needs --role (reviewer, clerk, delivery, entry, admin or a custom role).");
        return result;
    }
    if (result.addUser.isEmpty() && (parser.isSet(role) || parser.isSet(vendor))) {
        result.error = tr("--role and --vendor go with --add-user NAME.");
        return result;
    }
    if (result.skipInvalid && result.importInvoiceRequests.isEmpty() && result.importBuyerRecords.isEmpty()) {
        result.error
            = tr("--skip-invalid goes with --import-invoice-requests FILE or --import-buyer-records FILE.");
        return result;
    }
    if (!result.importInvoiceRequests.isEmpty() && !result.importBuyerRecords.isEmpty()) {
        result.error = tr("Import one file at a time: --import-invoice-requests or --import-buyer-records.");
        return result;
    }
    result.page = parser.value(page);
    if (!result.page.isEmpty() && !knownPages().contains(result.page)) {
        result.error = tr("There is no page \"%1\". Pages: %2.")
                           .arg(result.page, knownPages().join(QStringLiteral(", ")));
        return result;
    }
    result.screenshot = parser.value(screenshot);
    result.language = parser.value(language);
    if (!result.language.isEmpty() && result.language != QStringLiteral("zh_CN")
        && result.language != QStringLiteral("en")) {
        result.error = tr("--lang takes zh_CN or en, not \"%1\".").arg(result.language);
        return result;
    }
    return result;
}
