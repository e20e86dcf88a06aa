#pragma once

#include "databaseurl.h"

#include <QDialog>

#include <optional>

class QPushButton;

/// Shown at start when the database cannot be opened or set up (a team server restarting, a
/// network not up yet, a file moved): says which database and why, and lets the user try it again,
/// choose another connection (ConnectionDialog, which tests it first) or quit. Accepted with the
/// database to try next; rejected to quit.
class DatabaseFailureDialog : public QDialog
{
    Q_OBJECT
public:
    /// `source` names where the URL came from ("the saved settings"); `savedOverriddenBy` the
    /// option or variable that chooses the database at every start, so that another connection
    /// saved now waits for a start without it (empty when there is none).
    DatabaseFailureDialog(const DatabaseUrl& failed, const QString& source, const QString& error,
                          const QString& savedOverriddenBy = QString(), QWidget* parent = nullptr);

    /// The database to try next once accepted: the same one, or the one the user chose.
    std::optional<DatabaseUrl> nextUrl() const { return m_next; }
    /// The password typed while testing the chosen connection; empty when none was asked.
    QString password() const { return m_password; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* quitButton() const { return m_quit; }

private:
    void changeConnection();

    DatabaseUrl m_failed;
    std::optional<DatabaseUrl> m_next;
    QString m_password;
    QPushButton* m_retry;
    QPushButton* m_change;
    QPushButton* m_quit;
};
