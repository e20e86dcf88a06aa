#pragma once

#include "businessrules.h"
#include "contractrepository.h"
#include "formfeedback.h"

#include <QDialog>

#include <memory>

class Clock;
class ContractService;
class QLineEdit;
class QSpinBox;

/// Requests the paper copies of an effective contract: 1 or 2 copies, once, to an address that
/// cannot change afterwards; the user confirms the address before it is submitted. When the
/// contract changed meanwhile, the request is shown beside it (StepSaver); the dialog is rejected
/// when the user chooses to look at their version instead.
class PaperCopyDialog : public QDialog
{
    Q_OBJECT
public:
    PaperCopyDialog(const ContractRepository::Detail& contract, ContractRepository& repository,
                    ContractService& service, const BusinessRules& rules, const Clock& clock,
                    const QString& actor, QWidget* parent = nullptr);

    QSpinBox* copiesBox() const { return m_copies; }
    QLineEdit* recipientEdit() const { return m_recipient; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* postcodeEdit() const { return m_postcode; }
    /// Whether accept() asks before submitting (off in tests).
    void setConfirmationAsked(bool ask) { m_askConfirmation = ask; }

public slots:
    void accept() override;

private:
    ContractRepository::Detail m_contract;
    ContractRepository& m_repository;
    ContractService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QSpinBox* m_copies = nullptr;
    QLineEdit* m_recipient = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    bool m_askConfirmation = true;
    std::unique_ptr<FormFeedback> m_feedback;
};
