#pragma once

#include "formfeedback.h"
#include "invoicerequestrepository.h"

#include <QDialog>

class Clock;
class InvoiceService;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Records a buyer's return request (退票) on the buyer's behalf: the reason from the list, whether
/// the buyer had deducted or booked the invoice (then the red-letter confirmation number), the
/// paper invoice sent back, and an explanation of at most 100 characters.
class ReturnRequestDialog : public QDialog
{
    Q_OBJECT
public:
    /// `repository` reads the request again after a conflict.
    ReturnRequestDialog(const InvoiceRequestRepository::Detail& request, InvoiceRequestRepository& repository,
                        const QStringList& couriers, InvoiceService& service, const Clock& clock,
                        const QString& actor, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    InvoiceRequestRepository::Detail m_request;
    InvoiceRequestRepository& m_repository;
    InvoiceService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QComboBox* m_reason = nullptr;
    QCheckBox* m_booked = nullptr;
    QLineEdit* m_redLetterNo = nullptr;
    QComboBox* m_courier = nullptr;
    QLineEdit* m_trackingNo = nullptr;
    QPlainTextEdit* m_note = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
