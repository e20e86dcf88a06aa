#pragma once

#include "formfeedback.h"
#include "formrecovery.h"
#include "invoicerequestrepository.h"

#include <QDialog>

class BuyerService;
class Clock;
class DatabaseUrl;
class InvoiceService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

/// Types in a buyer's invoice request: buyer, vendor, the orders, the amount (never above the
/// invoiceable amount, which the dialog shows with how it was computed), type, medium, and the
/// mailing address or e-mail address. What is typed is kept on disk until it is saved
/// (FormRecovery); opening the dialog after a crash offers to restore it.
class NewInvoiceRequestDialog : public QDialog
{
    Q_OBJECT
public:
    NewInvoiceRequestDialog(InvoiceRequestRepository& repository, InvoiceService& service,
                            BuyerService& buyers, const DatabaseUrl& database, const Clock& clock,
                            const QString& actor, QWidget* parent = nullptr);

    /// The id of the request saved by accept(); empty before.
    QString createdId() const { return m_createdId; }
    /// Shown while an unsaved form from an earlier session can be restored; nullptr when none.
    QWidget* recoveryBar() const { return m_recoveryBar; }

public slots:
    void accept() override;

private:
    void findBuyers();
    void buyerChosen();
    void vendorChosen();
    void updateAmount();
    void editTitle();
    void addAddress();
    QList<InvoiceableAmount::OrderBalance> checkedOrders() const;
    QJsonObject formValues() const;
    /// Refills the form from formValues() kept earlier, choosing buyer, vendor and orders again
    /// as far as they still exist.
    void restore(const QJsonObject& values);
    void remember();

    InvoiceRequestRepository& m_repository;
    InvoiceService& m_service;
    BuyerService& m_buyers;
    const Clock& m_clock;
    QString m_actor;
    QLineEdit* m_buyerSearch = nullptr;
    QComboBox* m_buyer = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_vendor = nullptr;
    QListWidget* m_orders = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_explanation = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_medium = nullptr;
    QComboBox* m_address = nullptr;
    QLineEdit* m_email = nullptr;
    const Money m_cashOnDeliveryLimit;
    QCheckBox* m_cashOnDelivery = nullptr;
    QList<InvoiceableAmount::OrderBalance> m_balances;
    QString m_createdId;
    std::unique_ptr<FormFeedback> m_feedback;
    FormRecovery m_recovery;
    QWidget* m_recoveryBar = nullptr;
};
