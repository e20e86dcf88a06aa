#pragma once

#include "formfeedback.h"
#include "money.h"
#include "onboardingenums.h"
#include "typedid.h"

#include <QDialog>

#include <memory>

class Clock;
class DepositService;
class QComboBox;
class QLineEdit;

/// Records one line of a vendor's deposit ledger (SPEC 2.3): a payment or top-up with its receipt
/// number, an amount taken from a settlement, a deduction with its reason, or the refund of the
/// balance after the vendor left.
class DepositEntryDialog : public QDialog
{
    Q_OBJECT
public:
    /// `violations` are (id, label) of the vendor's violations a deduction may punish.
    DepositEntryDialog(const VendorId& vendor, const QString& vendorName, Money balance, Money due,
                       const QList<std::pair<QString, QString>>& violations, DepositService& service,
                       const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* receiptEdit() const { return m_receipt; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QComboBox* violationBox() const { return m_violation; }

public slots:
    void accept() override;

private:
    void kindChanged();

    VendorId m_vendor;
    Money m_balance;
    Money m_due;
    DepositService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_receipt = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_violation = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
