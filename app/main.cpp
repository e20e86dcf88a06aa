#include "applicationservice.h"
#include "buyerrecordimporter.h"
#include "catalogueservice.h"
#include "commandline.h"
#include "contractservice.h"
#include "database.h"
#include "databaselocator.h"
#include "deliveryservice.h"
#include "demodatawriter.h"
#include "depositservice.h"
#include "duejobrunner.h"
#include "holidayseeder.h"
#include "holidayservice.h"
#include "invoiceimporter.h"
#include "invoiceservice.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "marketplaceconnector.h"
#include "outboxsender.h"
#include "permissionrepository.h"
#include "query.h"
#include "refundservice.h"
#include "serversetup.h"
#include "sessioncredentialstore.h"
#include "startupdatabase.h"
#include "startupinteraction.h"
#include "storageerror.h"
#include "systemclock.h"
#include "timeordereduuid.h"
#include "vendorservice.h"
#include "violationservice.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTranslator>
#include <QUuid>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

enum ExitCode { Success = 0, Failure = 1, BadArguments = 2 };

void printLine(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

/// Installs MarketDesk's and Qt's own translations for `language` ("" follows the system).
void installTranslators(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("marketdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/// The user's name on this machine, recorded as the actor of every command.
QString localActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("local") : name;
}

/// Reports an error on the terminal, and in a message box when there is a window system.
int fail(bool gui, const QString& message, int code = Failure)
{
    printLine(stderr, message);
    if (gui && QGuiApplication::platformName() != QStringLiteral("offscreen"))
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "MarketDesk"), message);
    return code;
}

int writeDemoData(Database& database, int scale)
{
    QElapsedTimer timer;
    timer.start();
    DemoDataWriter writer(database, QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC());
    const QString error = writer.write(scale, [](qint64 done, qint64 total) {
        std::fprintf(stderr, "\r%s",
                     QCoreApplication::translate("main", "Writing demo data: %1 of %2 rows (%3%)")
                         .arg(done)
                         .arg(total)
                         .arg(total > 0 ? done * 100 / total : 100)
                         .toLocal8Bit()
                         .constData());
        std::fflush(stderr);
    });
    std::fputc('\n', stderr);
    if (!error.isEmpty())
        return fail(false, error);
    printLine(stdout,
              QCoreApplication::translate("main", "Demo data for scale %1 written in %2 s.")
                  .arg(scale)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

/// Reads one file and imports it.
using FileImport = std::function<ImportOutcome(const QByteArray& bytes, const QString& fileName,
                                               const CommandHeader& header)>;

/// --import-invoice-requests and --import-buyer-records: one line per bad line, how many lines were
/// already known, then "imported N, rejected M" (a fixed text that scripts read, not translated).
int importFile(const QString& path, bool skipInvalid, const Clock& clock, const FileImport& import)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(false,
                    QCoreApplication::translate("main", "Cannot read %1: %2").arg(path, file.errorString()));
    const CommandHeader header {CommandId(TimeOrderedUuid::create()), localActor(), clock.nowUtc()};
    const ImportOutcome outcome = import(file.readAll(), QFileInfo(path).fileName(), header);
    if (!outcome.error.isEmpty())
        return fail(false, QStringLiteral("%1: %2").arg(path, outcome.error));
    for (const ImportBadLine& bad : outcome.badLines)
        printLine(stdout, QCoreApplication::translate("main", "line %1: %2").arg(bad.line).arg(bad.reason));
    if (outcome.alreadyKnown > 0)
        printLine(stdout,
                  QCoreApplication::translate("main", "%n line(s) already known, left out", nullptr,
                                              outcome.alreadyKnown));
    printLine(stdout, QStringLiteral("imported %1, rejected %2").arg(outcome.imported).arg(outcome.rejected));
    return outcome.rejected == 0 || skipInvalid ? Success : Failure;
}

/// --run-due-jobs: "auto-accepted N deliveries", "lapsed N red-letter forms", "suspended N
/// vendors" and "delisted N products" (fixed texts that scripts read, not translated).
int runDueJobs(Database& database, const Clock& clock)
{
    const DueJobRunner::Report report = DueJobRunner(database).run(
        clock.nowUtc(), QStringLiteral("system@%1").arg(QSysInfo::machineHostName()));
    printLine(stdout, QStringLiteral("auto-accepted %1 deliveries").arg(report.autoAccepted));
    printLine(stdout, QStringLiteral("lapsed %1 red-letter forms").arg(report.redLettersLapsed));
    printLine(stdout, QStringLiteral("suspended %1 vendors").arg(report.vendorsSuspended));
    printLine(stdout, QStringLiteral("delisted %1 products").arg(report.productsDelisted));
    if (!report.error.isEmpty())
        return fail(false, report.error);
    return Success;
}

/// --init-server: "server ready: ROLE PREFIX" (a fixed text that scripts read, not translated).
int initServer(Database& database)
{
    if (const QString error = ServerSetup(database).initServer(); !error.isEmpty())
        return fail(false, error);
    Query name(database, QStringLiteral("SELECT current_database()"));
    name.exec();
    name.next();
    printLine(stdout,
              QStringLiteral("server ready: roles %1*")
                  .arg(ServerSetup::rolePrefix(name.value(0).toString(), database.url().schema())));
    return Success;
}

/// The new user's password: MARKETDESK_NEW_PASSWORD, else asked twice on the terminal without echo.
std::optional<QString> newPassword()
{
    if (qEnvironmentVariableIsSet("MARKETDESK_NEW_PASSWORD"))
        return qEnvironmentVariable("MARKETDESK_NEW_PASSWORD");
    const auto ask = [](const QString& prompt) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        termios saved {};
        const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (terminal) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        }
        std::string line;
        std::getline(std::cin, line);
        if (terminal) {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved);
            std::fputs("\n", stderr);
        }
        return QString::fromLocal8Bit(line.c_str());
    };
    const QString first = ask(QCoreApplication::translate("main", "Password for the new user: "));
    const QString second = ask(QCoreApplication::translate("main", "The same password again: "));
    if (first != second)
        return std::nullopt;
    return first;
}

/// --add-user NAME --role ROLE [--vendor VENDOR]: "added user NAME" (fixed text).
int addUser(Database& database, const CommandLine& options, const Clock& clock)
{
    const std::optional<QString> password = newPassword();
    if (!password)
        return fail(false,
                    QCoreApplication::translate("main", "The two passwords differ; no user was added."));
    ServerSetup::NewUser user;
    user.header = {CommandId(TimeOrderedUuid::create()), localActor(), clock.nowUtc()};
    user.userId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    user.login = options.addUser;
    user.roleKey = options.role;
    user.vendor = options.vendor;
    user.password = *password;
    if (const QString error = ServerSetup(database).addUser(user); !error.isEmpty())
        return fail(false, error);
    printLine(stdout, QStringLiteral("added user %1").arg(user.login));
    return Success;
}

/// What the keyring holds, read before the app goes on; errors are printed.
std::optional<MarketplaceCredentials> readKeyring(KeychainCredentialStore& keyring)
{
    QEventLoop loop;
    std::optional<MarketplaceCredentials> stored;
    keyring.read([&](const std::optional<MarketplaceCredentials>& read, const QString& error) {
        stored = read;
        if (!error.isEmpty())
            printLine(stderr, error);
        loop.quit();
    });
    loop.exec();
    return stored && stored->isComplete() ? stored : std::nullopt;
}

/// The AccessKey for --sync-marketplace: the environment, else the keyring, else a prompt on the
/// terminal. Nothing when none is given.
std::optional<MarketplaceCredentials> commandLineCredentials()
{
    MarketplaceCredentials credentials {qEnvironmentVariable("MARKETDESK_ACCESS_KEY_ID"),
                                        qEnvironmentVariable("MARKETDESK_ACCESS_KEY_SECRET"),
                                        qEnvironmentVariable("MARKETDESK_SECURITY_TOKEN")};
    if (credentials.isComplete())
        return credentials;
    KeychainCredentialStore keyring;
    if (auto stored = readKeyring(keyring))
        return stored;
    if (!keyring.noKeyring())
        return std::nullopt;
    const auto ask = [](const QString& prompt) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::string line;
        std::getline(std::cin, line);
        return QString::fromLocal8Bit(line.c_str()).trimmed();
    };
    credentials.accessKeyId = ask(QCoreApplication::translate("main", "AccessKey ID: "));
    credentials.accessKeySecret = ask(QCoreApplication::translate("main", "AccessKey secret: "));
    return credentials.isComplete() ? std::optional(credentials) : std::nullopt;
}

/// --sync-marketplace: "pulled: added N, updated M" and "pushes: pending N, failed M" (fixed texts
/// that scripts read, not translated).
int syncMarketplace(Database& database, const Clock& clock, QSettings& preferences)
{
    const std::optional<MarketplaceCredentials> credentials = commandLineCredentials();
    if (!credentials) {
        printLine(stdout,
                  QCoreApplication::translate("main",
                                              "No marketplace is connected: enter the AccessKey "
                                              "in Settings, or set MARKETDESK_ACCESS_KEY_ID and "
                                              "MARKETDESK_ACCESS_KEY_SECRET. Nothing to sync."));
        return Success;
    }
    MarketplaceService service(database);
    MarketplaceConnector connector(service, clock, MarketplaceConnector::Options::load(preferences),
                                   QStringLiteral("marketplace@%1").arg(QSysInfo::machineHostName()));
    connector.reconfigure(connector.options(), credentials);
    QEventLoop loop;
    MarketplaceSync::Report report;
    QObject::connect(&connector, &MarketplaceConnector::pullFinished, &loop,
                     [&report](const MarketplaceSync::Report& finished) { report = finished; });
    QObject::connect(&connector, &MarketplaceConnector::pushesIdle, &loop, &QEventLoop::quit);
    connector.pullNow();
    loop.exec();
    for (const QString& problem : std::as_const(report.problems))
        printLine(stderr, problem);
    printLine(stdout, QStringLiteral("pulled: added %1, updated %2").arg(report.added).arg(report.updated));
    try {
        const MarketplaceService::SyncStatus status
            = service.syncStatus(QString::fromLatin1(AlibabaMarketplace::providerKey));
        printLine(stdout,
                  QStringLiteral("pushes: pending %1, failed %2")
                      .arg(status.pendingPushes)
                      .arg(status.failedPushes));
    } catch (const StorageError& error) {
        return fail(false, error.message());
    }
    if (!report.error.isEmpty())
        return fail(false, report.error);
    if (!connector.lastError().isEmpty())
        printLine(stderr, connector.lastError());
    return Success;
}

int takeScreenshot(MainWindow& window, const QString& file)
{
    window.resize(1400, 860);
    window.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (!window.grab().save(file, "PNG"))
        return fail(false, QCoreApplication::translate("main", "Cannot write the screenshot %1.").arg(file));
    printLine(stdout, QCoreApplication::translate("main", "Saved %1.").arg(file));
    return Success;
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const bool gui = !CommandLine::isHeadless(rawArguments);
    std::unique_ptr<QCoreApplication> app
        = gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MarketDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("MarketDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QSettings preferences;
    const QString language = CommandLine::languageArgument(rawArguments);
    installTranslators(
        *app, language.isEmpty() ? preferences.value(QStringLiteral("language")).toString() : language);

    const CommandLine options = CommandLine::parse(rawArguments);
    if (!options.error.isEmpty()) {
        printLine(stderr, options.error);
        printLine(stderr, QCoreApplication::translate("main", "Run marketdesk --help to see every option."));
        return BadArguments;
    }
    if (options.helpRequested) {
        printLine(stdout, options.helpText);
        return Success;
    }

    const DatabaseLocator::Located located
        = DatabaseLocator::locate(options.database, qEnvironmentVariable("MARKETDESK_DATABASE"), preferences,
                                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!located.url)
        return fail(gui, located.error, BadArguments);

    // In the window: a notice while connecting, the password asked for, a failure offered a way on.
    const bool interactive = gui && options.screenshot.isEmpty();
    const QString savedOverriddenBy = located.overridesSaved ? located.source : QString();
    std::unique_ptr<StartupInteraction> interaction;
    if (interactive)
        interaction = std::make_unique<StartupInteraction>(savedOverriddenBy);
    StartupDatabase::Opened opened
        = StartupDatabase::open(*located.url, located.source, preferences,
                                interaction ? interaction->interaction() : StartupDatabase::Interaction {});
    interaction.reset();
    if (!opened.database) {
        if (!interactive)
            return fail(gui, opened.error);
        printLine(stderr, opened.error); // the window's dialog showed it before the user quit
        return Failure;
    }
    Database& database = *opened.database;

    SystemClock clock;
    HolidayService holidays(database);
    if (const QString error = HolidaySeeder::seedIfEmpty(holidays, clock); !error.isEmpty())
        return fail(gui, error);
    if (options.demoData)
        return writeDemoData(database, *options.demoData);
    const bool skipInvalid = options.skipInvalid;
    if (!options.importInvoiceRequests.isEmpty())
        return importFile(options.importInvoiceRequests, skipInvalid, clock,
                          [&database, skipInvalid](const QByteArray& bytes, const QString& name,
                                                   const CommandHeader& header) {
                              return InvoiceImporter(database).run(ConsoleInvoiceExport::parse(bytes),
                                                                   skipInvalid, name, header);
                          });
    if (!options.importBuyerRecords.isEmpty())
        return importFile(options.importBuyerRecords, skipInvalid, clock,
                          [&database, skipInvalid](const QByteArray& bytes, const QString& name,
                                                   const CommandHeader& header) {
                              return BuyerRecordImporter(database).run(BuyerRecordFile::parse(bytes),
                                                                       skipInvalid, name, header);
                          });
    if (options.runDueJobs)
        return runDueJobs(database, clock);
    if (options.syncMarketplace)
        return syncMarketplace(database, clock, preferences);
    if (options.initServer)
        return initServer(database);
    if (!options.addUser.isEmpty())
        return addUser(database, options, clock);

    QSet<QString> permissions;
    try {
        permissions = PermissionRepository(database).granted();
    } catch (const StorageError& error) {
        return fail(gui, error.message());
    }
    VendorService vendors(database);
    ApplicationService applications(database);
    DepositService deposits(database);
    ViolationService violations(database);
    CatalogueService catalogues(database);
    InvoiceService invoices(database);
    DeliveryService deliveries(database);
    RefundService refunds(database);
    ContractService contracts(database);
    MarketplaceService marketplaceService(database);
    MarketplaceConnector marketplace(marketplaceService, clock,
                                     MarketplaceConnector::Options::load(preferences), localActor());
    // Where no keyring service runs, the secret is kept for this session only and asked again next time.
    KeychainCredentialStore keyring;
    SessionCredentialStore session;
    std::optional<MarketplaceCredentials> credentials;
    if (options.screenshot.isEmpty())
        credentials = readKeyring(keyring);
    CredentialStore& credentialStore = keyring.noKeyring() || !options.screenshot.isEmpty()
        ? static_cast<CredentialStore&>(session)
        : keyring;
    marketplace.reconfigure(marketplace.options(), credentials);
    QObject::connect(&invoices, &InvoiceService::changed, &marketplace, &MarketplaceConnector::pushNow);
    MainWindow window({database, vendors, applications, deposits, violations, catalogues, invoices,
                       deliveries, refunds, contracts, holidays, clock, preferences, localActor(),
                       opened.source, savedOverriddenBy, marketplace, credentialStore,
                       Permissions(permissions)});
    window.setCalendarWarning(HolidaySeeder::missingYearWarning(holidays, QDate::currentDate().year()));
    // CommandLine admits only its known pages, and the main window builds every one of them.
    if (!options.page.isEmpty())
        window.showPage(options.page);
    if (!options.screenshot.isEmpty())
        return takeScreenshot(window, options.screenshot);
    window.startDueJobs(5 * 60 * 1000);
    marketplace.pullNow();
    window.show();
    return app->exec();
}
