#pragma once

#include "formfeedback.h"
#include "invoicerequestrepository.h"

#include <QDialog>

class Clock;
class InvoiceService;
class QComboBox;
class QLineEdit;
class QPushButton;

/// SPEC 5.2: everything the clerk needs to see about one request, and the invoice number with the
/// courier and tracking number (paper) or the e-mail address and invoice file (electronic, 数电).
/// Saving issues the request; when someone else changed it meanwhile, StepSaver shows both.
class IssueInvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    /// `repository` reads the request again after a conflict.
    IssueInvoiceDialog(const InvoiceRequestRepository::Detail& request, InvoiceRequestRepository& repository,
                       const QStringList& couriers, InvoiceService& service, const Clock& clock,
                       const QString& actor, QWidget* parent = nullptr);

    QLineEdit* invoiceNumberEdit() const { return m_invoiceNo; }
    QComboBox* courierBox() const { return m_courier; }
    QLineEdit* trackingNumberEdit() const { return m_trackingNo; }
    QLineEdit* emailEdit() const { return m_email; }
    /// Sets the invoice file as if chosen in the file dialog.
    void setInvoiceFile(const QString& fileName, const QByteArray& content);

public slots:
    void accept() override;

private:
    void chooseFile();

    InvoiceRequestRepository::Detail m_request;
    InvoiceRequestRepository& m_repository;
    InvoiceService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QLineEdit* m_invoiceNo = nullptr;
    QComboBox* m_courier = nullptr;
    QLineEdit* m_trackingNo = nullptr;
    QLineEdit* m_email = nullptr;
    QPushButton* m_fileButton = nullptr;
    QString m_fileName;
    QByteArray m_fileContent;
    std::unique_ptr<FormFeedback> m_feedback;
};
