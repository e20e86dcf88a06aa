#pragma once

#include <QWidget>

class Clock;
class Database;
class QLabel;
class QPushButton;
class QTableWidget;

/// The administrator's page of a team server (issue 6): the users with their roles and vendors,
/// adding a user with its own login role as `--add-user` does, and the roles with the permissions
/// each grants, where custom roles are created and changed. On the single-user SQLite file, and on
/// a server not set up with --init-server, it says so instead.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(Database& database, const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QTableWidget* roleTable() const { return m_roles; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* newRoleButton() const { return m_newRole; }
    QPushButton* editRoleButton() const { return m_editRole; }
    /// Reads the users and roles again.
    void reload();
    /// Opens the dialog that adds a user.
    void addUser();
    /// Opens the role dialog for a new role, or for the selected custom role.
    void editRole(bool newRole);

private:
    void reloadRoles();
    void updateRoleButtons();

    Database& m_database;
    const Clock& m_clock;
    QString m_actor;
    bool m_server = false;
    QLabel* m_note = nullptr;
    QPushButton* m_add = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_newRole = nullptr;
    QPushButton* m_editRole = nullptr;
    QTableWidget* m_roles = nullptr;
};
