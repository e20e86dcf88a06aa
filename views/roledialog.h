#pragma once

#include <QDialog>

#include <memory>

class Clock;
class Database;
class FormFeedback;
class QLabel;
class QLineEdit;
class QListWidget;

/// Creates a custom role or changes one: its key (fixed once created, because it names the
/// role's group role on the server), its name and the permissions it grants, one check box each.
/// ServerSetup::saveRole writes it.
class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    /// An empty `roleKey` creates a new role.
    RoleDialog(Database& database, const Clock& clock, const QString& actor, const QString& roleKey,
               QWidget* parent = nullptr);
    ~RoleDialog() override;

    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* permissionList() const { return m_permissions; }
    QLabel* problemLabel() const { return m_problem; }

public slots:
    void accept() override;

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_actor;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_name = nullptr;
    QListWidget* m_permissions = nullptr;
    QLabel* m_problem = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
