#pragma once

#include "startupdatabase.h"

#include <chrono>
#include <memory>

class ConnectingNotice;

/// The window's part in opening the database at start: a notice naming a team server while
/// MarketDesk connects to it, waiting for the server to answer (ServerProbe) with the event loop
/// running and a Cancel button; the password asked for; the schema brought up to date on a worker
/// with progress and Cancel; a failure offered a way on (DatabaseFailureDialog).
class StartupInteraction
{
public:
    /// `savedOverriddenBy`: the option or variable that chose the database, which a connection
    /// saved in the failure dialog does not beat at later starts; empty when none did.
    explicit StartupInteraction(const QString& savedOverriddenBy = QString(),
                                std::chrono::milliseconds answerTimeout = Database::connectTimeout);
    ~StartupInteraction();
    StartupInteraction(const StartupInteraction&) = delete;
    StartupInteraction& operator=(const StartupInteraction&) = delete;

    /// For StartupDatabase::open; valid while this object lives.
    StartupDatabase::Interaction interaction();
    /// Waits until `url`'s server accepts connections; returns why not (translated), or nothing.
    QString reach(const DatabaseUrl& url);
    /// Applies the migrations `database` lacks on a worker connection while a progress dialog
    /// (shown after 300 ms) keeps the event loop running: a large database can take seconds.
    /// Cancel stops before the next migration. Returns why it stopped (translated), or nothing.
    QString upgrade(Database& database);
    ConnectingNotice* notice() const { return m_notice.get(); }

private:
    QString m_savedOverriddenBy;
    std::chrono::milliseconds m_answerTimeout;
    std::unique_ptr<ConnectingNotice> m_notice;
};
