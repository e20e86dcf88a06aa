#pragma once

#include "formfeedback.h"
#include "invoicerequestrepository.h"

#include <QDialog>

class BuyerService;
class Clock;
class QComboBox;
class QLineEdit;

/// Enters a buyer's invoice title or corrects the valid one: the kind (enterprise, personal,
/// organisation) decides which fields are asked; a personal title is fixed to 个人.
class InvoiceTitleDialog : public QDialog
{
    Q_OBJECT
public:
    /// `current` is the buyer's valid title to correct; without it a new title is entered.
    InvoiceTitleDialog(const QString& buyerId,
                       const std::optional<InvoiceRequestRepository::BuyerTitle>& current,
                       BuyerService& service, const Clock& clock, const QString& actor,
                       QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* editor(const QString& field) const;

public slots:
    void accept() override;

private:
    void kindChanged();

    QString m_buyerId;
    std::optional<InvoiceRequestRepository::BuyerTitle> m_current;
    BuyerService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QComboBox* m_kind = nullptr;
    QHash<QString, QLineEdit*> m_editors;
    std::unique_ptr<FormFeedback> m_feedback;
};
