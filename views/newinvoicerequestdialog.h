#pragma once

#include "formfeedback.h"
#include "invoicerequestrepository.h"

#include <QDialog>

class BuyerService;
class Clock;
class InvoiceService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

/// Types in a buyer's invoice request: buyer, vendor, the orders, the amount (never above the
/// invoiceable amount, which the dialog shows with how it was computed), type, medium, and the
/// mailing address or e-mail address.
class NewInvoiceRequestDialog : public QDialog
{
    Q_OBJECT
public:
    NewInvoiceRequestDialog(InvoiceRequestRepository& repository, InvoiceService& service,
                            BuyerService& buyers, const Clock& clock, const QString& actor,
                            QWidget* parent = nullptr);

    /// The id of the request saved by accept(); empty before.
    QString createdId() const { return m_createdId; }

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
    QCheckBox* m_cashOnDelivery = nullptr;
    QList<InvoiceableAmount::OrderBalance> m_balances;
    QString m_createdId;
    std::unique_ptr<FormFeedback> m_feedback;
};
