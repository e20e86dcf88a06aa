#pragma once

#include "vendorrepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EditVendorContactDialog;
}
class Clock;
class QLineEdit;
class VendorService;

/// Edits a vendor's contact person, phone and e-mail. Save is enabled only when every field holds
/// text; each field is checked as it is typed; the service's verdict (field errors or a conflict
/// with someone else's change) keeps the dialog open with the reason shown.
class EditVendorContactDialog : public QDialog
{
    Q_OBJECT
public:
    EditVendorContactDialog(const VendorRepository::Detail& vendor, VendorService& service,
                            const Clock& clock, const QString& actor, QWidget* parent = nullptr);
    ~EditVendorContactDialog() override;

    void accept() override;

private:
    void updateState();
    QLineEdit* editorFor(const QString& field) const;

    std::unique_ptr<Ui::EditVendorContactDialog> m_ui;
    VendorRepository::Detail m_vendor;
    VendorService& m_service;
    const Clock& m_clock;
    QString m_actor;
};
