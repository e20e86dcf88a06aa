#include "startupinteraction.h"

#include "backgroundtask.h"
#include "connectingnotice.h"
#include "databasefailuredialog.h"
#include "migrator.h"
#include "serverprobe.h"
#include "statementcanceller.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QInputDialog>

#include <mutex>

StartupInteraction::StartupInteraction(const QString& savedOverriddenBy,
                                       std::chrono::milliseconds answerTimeout)
    : m_savedOverriddenBy(savedOverriddenBy)
    , m_answerTimeout(answerTimeout)
    , m_notice(std::make_unique<ConnectingNotice>())
{ }

StartupInteraction::~StartupInteraction() = default;

QString StartupInteraction::reach(const DatabaseUrl& url)
{
    if (url.backend() != DatabaseUrl::Backend::Postgres)
        return {};
    m_notice->showFor(url);
    ServerProbe probe(m_answerTimeout);
    QObject::connect(m_notice.get(), &ConnectingNotice::cancelled, &probe, &ServerProbe::cancel);
    QString error = probe.waitFor(url);
    if (!error.isEmpty())
        m_notice->hide();
    return error;
}

QString StartupInteraction::upgrade(Database& database)
{
    int version = 0;
    try {
        Migrator migrator(database);
        version = migrator.currentVersion();
        if (version >= migrator.latestVersion())
            return {};
    } catch (const StorageError&) {
        return {}; // the check after the upgrade says what is wrong
    }
    m_notice->hide();
    const QString label = version == 0
        ? QCoreApplication::translate("StartupInteraction", "Setting up the new database…")
        : QCoreApplication::translate("StartupInteraction",
                                      "Updating the database for this version of MarketDesk…\n"
                                      "This happens once; on a large database it can take a minute.");
    // Cancel also stops the migration running: one can take a minute. The worker's connection
    // lives only while the work runs, and so does the canceller the window may call meanwhile.
    QString error;
    std::mutex cancellerGuard;
    const StatementCanceller* canceller = nullptr;
    const auto stopRunningMigration = [&cancellerGuard, &canceller] {
        const std::lock_guard lock(cancellerGuard);
        if (canceller)
            canceller->cancel();
    };
    const auto work = [&](const BackgroundTask::Progress& progress) {
        const std::unique_ptr<Database> worker = database.openAnother(&error);
        if (!worker)
            return;
        const StatementCanceller workerCanceller(*worker);
        std::unique_lock lock(cancellerGuard);
        canceller = &workerCanceller;
        lock.unlock();
        // One step alone would sit at 0 % for all its time: then the bar just shows it is busy.
        error = Migrator(*worker)
                    .migrate([&progress](int done, int needed) {
                        return needed > 1 ? progress(done, needed) : progress(0, 0);
                    })
                    .error;
        lock.lock();
        canceller = nullptr;
    };
    BackgroundTask::run(nullptr, label, work, stopRunningMigration);
    return error;
}

StartupDatabase::Interaction StartupInteraction::interaction()
{
    StartupDatabase::Interaction interaction;
    interaction.reach = [this](const DatabaseUrl& url) { return reach(url); };
    interaction.prompt = [this](const DatabaseUrl& url, const QString&) -> std::optional<QString> {
        m_notice->hide();
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, QCoreApplication::translate("StartupInteraction", "MarketDesk"),
            QCoreApplication::translate("StartupInteraction", "Password for %1 on %2:")
                .arg(url.user(), url.host()),
            QLineEdit::Password, {}, &ok);
        if (ok)
            m_notice->showFor(url);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };
    interaction.recover = [this](const DatabaseUrl& failed, const QString& source,
                                 const QString& error) -> std::optional<StartupDatabase::Choice> {
        m_notice->hide();
        DatabaseFailureDialog dialog(failed, source, error, m_savedOverriddenBy);
        if (dialog.exec() != QDialog::Accepted || !dialog.nextUrl())
            return std::nullopt;
        return StartupDatabase::Choice {*dialog.nextUrl(), dialog.password()};
    };
    interaction.upgrade = [this](Database& database) { return upgrade(database); };
    return interaction;
}
