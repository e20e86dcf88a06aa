#pragma once

#include "formfeedback.h"
#include "recordmaterialchange.h"

#include <QDialog>

#include <memory>

class Clock;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class VendorService;

/// Records a vendor's material change (SPEC 2.5): what changed, from what to what, the day it took
/// effect and, if the vendor reported it, the day of the report. The dialog says when the report
/// is due and whether it came in time; a new company name is said to rename the vendor.
class MaterialChangeDialog : public QDialog
{
    Q_OBJECT
public:
    MaterialChangeDialog(const VendorId& vendor, const QString& vendorName, VendorService& service,
                         const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QDateEdit* effectiveEdit() const { return m_effective; }
    QCheckBox* reportedBox() const { return m_reported; }
    QDateEdit* reportedEdit() const { return m_reportedOn; }
    QLineEdit* beforeEdit() const { return m_before; }
    QLineEdit* afterEdit() const { return m_after; }
    QLabel* deadlineLabel() const { return m_deadline; }

public slots:
    void accept() override;

private:
    void kindChosen();
    void updateDeadline();

    VendorId m_vendor;
    QString m_vendorName;
    VendorService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QComboBox* m_kind;
    QDateEdit* m_effective;
    QLineEdit* m_before;
    QLineEdit* m_after;
    QCheckBox* m_reported;
    QDateEdit* m_reportedOn;
    QPlainTextEdit* m_note;
    QLabel* m_deadline;
    std::unique_ptr<FormFeedback> m_feedback;
};
