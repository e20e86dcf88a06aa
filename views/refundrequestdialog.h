#pragma once

#include "formfeedback.h"
#include "refundpolicy.h"

#include <QDialog>

class Clock;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class RefundService;

/// Records a buyer's refund request for one order on the buyer's behalf. The order's refund policy
/// (SPEC 3) is shown before anything is submitted: a full refund within the guarantee, or a reason
/// from the list and the amount agreed with the vendor outside it.
class RefundRequestDialog : public QDialog
{
    Q_OBJECT
public:
    RefundRequestDialog(const QString& orderId, const QString& orderNo, const RefundPolicy& policy,
                        RefundService& service, const Clock& clock, const QString& actor,
                        QWidget* parent = nullptr);

    QComboBox* reasonBox() const { return m_reason; }
    QLineEdit* amountEdit() const { return m_amount; }
    QPlainTextEdit* textEdit() const { return m_text; }

public slots:
    void accept() override;

private:
    QString m_orderId;
    RefundPolicy m_policy;
    RefundService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_amount = nullptr;
    QPlainTextEdit* m_text = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
