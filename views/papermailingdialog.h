#pragma once

#include "formfeedback.h"
#include "stepsaver.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;

/// Records that paper was mailed — the paper copies of a contract, a deposit receipt: the courier
/// (a list of common couriers or free text) and the tracking number. The owner's `send` checks
/// and stores them, through a StepSaver where the record has versions; its field errors name
/// "courier" and "trackingNo".
class PaperMailingDialog : public QDialog
{
    Q_OBJECT
public:
    using Send = std::function<StepSaver::Result(const QString& courier, const QString& trackingNo)>;

    PaperMailingDialog(const QString& title, const QString& recipient, const QStringList& couriers, Send send,
                       QWidget* parent = nullptr);

    QComboBox* courierBox() const { return m_courier; }
    QLineEdit* trackingNumberEdit() const { return m_trackingNo; }

public slots:
    void accept() override;

private:
    Send m_send;
    QComboBox* m_courier = nullptr;
    QLineEdit* m_trackingNo = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
