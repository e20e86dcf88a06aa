#pragma once

#include "vendorrepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EditVendorContactDialog;
}
class Clock;
class Database;
class QLineEdit;
class VendorService;

/// Edits a vendor's contact person, phone and e-mail. Save is enabled only when every field holds
/// text; each field is checked as it is typed; field errors keep the dialog open with the reason
/// shown. When someone else saved the vendor meanwhile, a ConflictDialog shows both versions and
/// the form takes theirs, or theirs plus the user's non-colliding changes, to be saved again.
class EditVendorContactDialog : public QDialog
{
    Q_OBJECT
public:
    EditVendorContactDialog(const VendorRepository::Detail& vendor, Database& database,
                            VendorService& service, const Clock& clock, const QString& actor,
                            QWidget* parent = nullptr);
    ~EditVendorContactDialog() override;

    void accept() override;
    QLineEdit* editorFor(const QString& field) const;

private:
    /// Shows both versions and applies the user's choice to the form.
    void resolveConflict();
    QHash<QString, QString> formValues() const;
    void fill(const QHash<QString, QString>& values);

    void updateState();

    std::unique_ptr<Ui::EditVendorContactDialog> m_ui;
    VendorRepository::Detail m_vendor;
    Database& m_database;
    VendorService& m_service;
    const Clock& m_clock;
    QString m_actor;
};
