#pragma once

#include "contractrepository.h"
#include "formfeedback.h"

#include <QDialog>

#include <memory>

class Clock;
class ContractService;
class QComboBox;
class QLineEdit;

/// Records that the paper copies of a contract were mailed: the courier and the tracking number.
class PaperMailingDialog : public QDialog
{
    Q_OBJECT
public:
    PaperMailingDialog(const ContractRepository::Detail& contract, const QStringList& couriers,
                       ContractService& service, const Clock& clock, const QString& actor,
                       QWidget* parent = nullptr);

    QComboBox* courierBox() const { return m_courier; }
    QLineEdit* trackingNumberEdit() const { return m_trackingNo; }

public slots:
    void accept() override;

private:
    ContractRepository::Detail m_contract;
    ContractService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QComboBox* m_courier = nullptr;
    QLineEdit* m_trackingNo = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
