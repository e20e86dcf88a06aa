#include "startupinteraction.h"

#include "connectingnotice.h"
#include "databasefailuredialog.h"
#include "serverprobe.h"

#include <QCoreApplication>
#include <QInputDialog>

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
    return interaction;
}
