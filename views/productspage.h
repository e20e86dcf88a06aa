#pragma once

#include "productrepository.h"
#include "productworkflow.h"
#include "queuepage.h"

class Clock;
class Database;
class ProductService;
class QAction;

/// Products and their listing review (SPEC 3.1): tabs by listing status with counts, a filter per
/// column, search in name, vendor and description, the product's checklist progress and the
/// wording check beside the list. Vendor staff enter products and submit them; reviewers list,
/// reject and delist them.
class ProductsPage : public QueuePage
{
    Q_OBJECT
public:
    ProductsPage(Database& database, const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    ProductService& service() const { return *m_service; }
    /// Opens the product form, for a new product or for the selected one.
    void openForm(bool existing);
    /// Submits the selected product for listing review.
    void submit();
    /// Opens the listing review of the selected product.
    void review();
    /// Takes the selected listed product off sale with `reason`; asks for it when empty.
    bool delist(QString reason = {});

protected:
    void showDetail(const QString& id) override;

private:
    void updateActions();
    /// Sends `action` on the selected product; false (with a message) when it was refused.
    bool move(ProductAction action, const QString& reason);

    Database& m_database;
    ProductService* m_service;
    const Clock& m_clock;
    QString m_actor;
    std::optional<ProductRepository::Detail> m_current;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_submit = nullptr;
    QAction* m_review = nullptr;
    QAction* m_delist = nullptr;
};
