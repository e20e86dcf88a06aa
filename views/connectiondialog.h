#pragma once

#include "databaseurl.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConnectionDialog;
}

/// Edits the database URL. "Test" connects and reads the schema version; "Save" tests first and
/// closes only when the connection works.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const DatabaseUrl& current, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    /// The URL the fields describe; nothing when a field is missing.
    std::optional<DatabaseUrl> url() const;
    /// Connects to url(); returns true and shows the schema version, or shows why not.
    bool testConnection();
    /// The password typed for the last test; empty when the server asked for none.
    QString password() const { return m_password; }

    void accept() override;

private:
    void browse();
    /// Waits, with the dialog painting and Cancel working, until the server of `url` answers;
    /// returns why it did not (translated), or nothing.
    QString waitForServer(const DatabaseUrl& url);
    void setEditable(bool editable);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QString m_password;
    QPushButton* m_test = nullptr;
};
