#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// MarketDesk's command-line options.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    std::optional<QString> database; ///< --database URL
    std::optional<int> demoData; ///< --demo-data N
    QString page; ///< --page NAME
    QString screenshot; ///< --screenshot FILE.png
    QString language; ///< --lang zh_CN|en
    QString importInvoiceRequests; ///< --import-invoice-requests FILE
    QString importBuyerRecords; ///< --import-buyer-records FILE
    bool skipInvalid = false; ///< --skip-invalid
    bool runDueJobs = false; ///< --run-due-jobs
    bool syncMarketplace = false; ///< --sync-marketplace
    bool initServer = false; ///< --init-server
    QString addUser; ///< --add-user NAME
    QString role; ///< --role ROLE, with --add-user
    QString vendor; ///< --vendor VENDOR, with --add-user
    bool helpRequested = false;
    QString helpText;
    QString error; ///< translated; empty when the arguments were understood

    /// Every page name the app knows, built or not.
    static const QStringList& knownPages();
    /// Reads `arguments` (argv, program name first).
    static CommandLine parse(const QStringList& arguments);
    /// True when the arguments ask for work without a window (--demo-data, --import-invoice-requests,
    /// --run-due-jobs, --sync-marketplace, --init-server, --add-user, --help), so that no GUI platform is
    /// needed. Looks at raw arguments, before parse().
    static bool isHeadless(const QStringList& arguments);
    /// The --lang value in raw arguments, empty when absent.
    static QString languageArgument(const QStringList& arguments);
};
