#pragma once

#include "checklistview.h"
#include "formfeedback.h"
#include "productrepository.h"
#include "productworkflow.h"

#include <QDialog>

#include <memory>

class ChecklistModel;
class Clock;
class ProductService;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

/// The reviewer's listing review of one product (SPEC 3.1): the product with its description, the
/// words the wording check flags marked in it, the listing checklist to tick with notes, and the
/// decision. Listing needs every item ticked and the vendor's deposit paid; rejecting needs the
/// reason the vendor will read.
class ProductReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ProductReviewDialog(const QString& productId, Database& database, ProductService& service,
                        const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    /// The product, the deposit paid against what is due and the security review.
    QLabel* summaryLabel() const { return m_summary; }
    ChecklistModel* checklist() const { return m_table->checklist(); }
    QTextBrowser* descriptionView() const { return m_description; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* listButton() const { return m_list; }
    QPushButton* rejectButton() const { return m_reject; }
    /// Sends the decision; true when it was stored.
    bool decide(ProductAction action);

private:
    void reload();
    /// What the vendor paid against what is due, and the shortfall if any.
    QString depositLine(const ProductRepository::Detail& detail) const;
    static QString securityReviewLine(const ProductRepository::Detail& detail);
    void storeCheck(const QString& itemKey, bool ticked, const QString& note);

    QString m_productId;
    Database& m_database;
    ProductService& m_service;
    const Clock& m_clock;
    QString m_actor;
    std::optional<ProductRepository::Detail> m_detail;
    QLabel* m_summary;
    QTextBrowser* m_description;
    QLabel* m_findings;
    ChecklistView* m_table;
    QLabel* m_progress;
    QPlainTextEdit* m_reason;
    QPushButton* m_list = nullptr;
    QPushButton* m_reject = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
