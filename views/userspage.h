#pragma once

#include <QWidget>

class Clock;
class Database;
class QLabel;
class QPushButton;
class QTableWidget;

/// The administrator's page of a team server (issue 6): the users with their roles and vendors,
/// and adding a user with its own login role, as `--add-user` does. On the single-user SQLite
/// file, and on a server not set up with --init-server, it says so instead.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(Database& database, const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    /// Reads the users again.
    void reload();
    /// Opens the dialog that adds a user.
    void addUser();

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_actor;
    QLabel* m_note = nullptr;
    QPushButton* m_add = nullptr;
    QTableWidget* m_table = nullptr;
};
