#pragma once

#include "formfeedback.h"

#include <QDialog>

class BuyerService;
class Clock;
class QCheckBox;
class QLineEdit;

/// Adds a mailing address for a buyer's paper invoices, each field checked with a message.
class MailingAddressDialog : public QDialog
{
    Q_OBJECT
public:
    MailingAddressDialog(const QString& buyerId, BuyerService& service, const Clock& clock,
                         const QString& actor, QWidget* parent = nullptr);

    QLineEdit* editor(const QString& field) const { return m_editors.value(field); }
    /// The id of the address saved by accept(); empty before.
    QString savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    QString m_buyerId;
    BuyerService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QHash<QString, QLineEdit*> m_editors;
    QCheckBox* m_default = nullptr;
    QString m_savedId;
    std::unique_ptr<FormFeedback> m_feedback;
};
