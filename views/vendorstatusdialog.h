#pragma once

#include "formfeedback.h"
#include "movevendor.h"
#include "vendorrepository.h"

#include <QDialog>

#include <memory>

class Clock;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class VendorService;

/// Changes a vendor's standing (SPEC 2.5): suspend or restore its display with a note, let it exit
/// or expel it with a reason. Leaving lists the service orders to refund in full; expelling says
/// that every product is delisted and the deposit deducted, and asks for confirmation. When the
/// vendor changed meanwhile, the move is shown beside it (StepSaver); the dialog is rejected when
/// the user chooses to look at their version instead.
class VendorStatusDialog : public QDialog
{
    Q_OBJECT
public:
    VendorStatusDialog(const VendorRepository::Detail& vendor, Money balance,
                       const QList<VendorRepository::UnfinishedOrder>& unfinished,
                       VendorRepository& repository, VendorService& service, const Clock& clock,
                       const QString& actor, QWidget* parent = nullptr);

    QComboBox* actionBox() const { return m_action; }
    QComboBox* reasonBox() const { return m_reason; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* consequenceLabel() const { return m_consequence; }
    /// Stores the move without asking for confirmation (the Save button asks first); true when it
    /// was stored.
    bool apply();

public slots:
    void accept() override;

private:
    void actionChanged();
    VendorAction currentAction() const;

    VendorRepository::Detail m_vendor;
    Money m_balance;
    QList<VendorRepository::UnfinishedOrder> m_unfinished;
    VendorRepository& m_repository;
    VendorService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QComboBox* m_action = nullptr;
    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_consequence = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
