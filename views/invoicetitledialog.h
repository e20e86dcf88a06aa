#pragma once

#include "formfeedback.h"
#include "invoicerequestrepository.h"

#include <QDialog>

class BuyerService;
class Clock;
class QComboBox;
class QLineEdit;

/// Enters a buyer's invoice title or corrects the valid one: the kind (enterprise, personal,
/// organisation) decides which fields are asked; a personal title is fixed to 个人. When someone
/// else corrected the title meanwhile, a ConflictDialog shows both versions and the form takes
/// theirs, or theirs plus the user's non-colliding changes, to be saved again.
class InvoiceTitleDialog : public QDialog
{
    Q_OBJECT
public:
    /// `current` is the buyer's valid title to correct; without it a new title is entered.
    /// `repository` reads the saved title after a conflict.
    InvoiceTitleDialog(const QString& buyerId,
                       const std::optional<InvoiceRequestRepository::BuyerTitle>& current,
                       InvoiceRequestRepository& repository, BuyerService& service, const Clock& clock,
                       const QString& actor, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* editor(const QString& field) const;

public slots:
    void accept() override;

private:
    void kindChanged();
    /// The form's values as ConflictDialog compares them: the kind by its name.
    QHash<QString, QString> formValues() const;
    static QHash<QString, QString> valuesOf(const InvoiceRequestRepository::BuyerTitle& title);
    void fill(const QHash<QString, QString>& values);
    /// Shows both versions and applies the user's choice to the form.
    void resolveConflict();

    QString m_buyerId;
    std::optional<InvoiceRequestRepository::BuyerTitle> m_current;
    InvoiceRequestRepository& m_repository;
    BuyerService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QComboBox* m_kind = nullptr;
    QHash<QString, QLineEdit*> m_editors;
    std::unique_ptr<FormFeedback> m_feedback;
};
