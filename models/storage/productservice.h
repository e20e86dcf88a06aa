#pragma once

#include "checkproductitem.h"
#include "reviewproduct.h"
#include "saveproduct.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The only writer of products and their listing review (SPEC 3.1). Each method is one
/// transaction with its audit rows and emits changed("product", …) after the commit.
class ProductService : public QObject
{
    Q_OBJECT
public:
    explicit ProductService(Database& database, QObject* parent = nullptr);

    /// Creates a draft or changes a product that is not under review. A listed software or tool
    /// product that is changed goes back under review and loses its security review (SPEC 3.1).
    WriteOutcome save(const SaveProduct& command);
    /// Ticks or unticks one listing checklist item of a product under review; the security review
    /// item also sets when the product passed it.
    WriteOutcome checkItem(const CheckProductItem& command);
    /// Submits, lists (every item ticked and the vendor's deposit paid in full), rejects or delists.
    WriteOutcome review(const ReviewProduct& command);

signals:
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
