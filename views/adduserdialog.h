#pragma once

#include <QDialog>

class Clock;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;

/// Adds a user to the team server: login name, role, the vendor of vendor staff, and the password
/// typed twice. ServerSetup::addUser creates the login role and the users row.
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    AddUserDialog(Database& database, const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    QLineEdit* loginEdit() const { return m_login; }
    QComboBox* roleBox() const { return m_role; }
    QComboBox* vendorBox() const { return m_vendor; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* problemLabel() const { return m_problem; }

public slots:
    void accept() override;

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_actor;
    QLineEdit* m_login = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_vendor = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
};
