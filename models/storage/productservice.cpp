#include "productservice.h"

#include "commandjournal.h"
#include "database.h"
#include "depositrepository.h"
#include "productrepository.h"
#include "query.h"
#include "rowupdate.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace {

QJsonObject toJson(const RowUpdate::Columns& columns)
{
    QJsonObject object;
    for (const auto& [column, value] : columns)
        object.insert(column, QJsonValue::fromVariant(value));
    return object;
}

void lockProduct(Database& database, const QString& productId)
{
    Query(database, QStringLiteral("SELECT id FROM products WHERE id = :id") + database.dialect().lockRows())
        .bind(QStringLiteral(":id"), productId)
        .exec();
}

} // namespace

ProductService::ProductService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

WriteOutcome ProductService::save(const SaveProduct& command)
{
    const qint64 at = command.header.at.toMSecsSinceEpoch();
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        std::optional<ProductRepository::Detail> current;
        if (command.baseVersion > 0) {
            lockProduct(m_database, command.productId);
            current = ProductRepository(m_database).detail(command.productId);
            if (!current)
                return WriteOutcome::failed(tr("The product no longer exists."));
            if (current->version != command.baseVersion)
                return WriteOutcome::conflict(
                    tr("%1 was changed by someone else. Reopen it.").arg(current->name));
            if (!ProductWorkflow::isEditable(current->status))
                return WriteOutcome::failed(
                    tr("%1 is under review; it can be changed once it is listed or rejected.")
                        .arg(current->name));
        }
        if (const FieldErrors errors = command.validate(); !errors.isEmpty())
            return WriteOutcome::invalid(errors);
        const QString vendorId = current ? current->vendorId : command.vendorId;
        const auto markets = ProductRepository(m_database).marketsOf(vendorId);
        if (std::none_of(markets.begin(), markets.end(), [&](const ProductRepository::Choice& market) {
                return market.first == command.marketId;
            }))
            return WriteOutcome::invalid(
                {{QStringLiteral("market"), tr("The vendor was not admitted to this market.")}});

        RowUpdate::Columns columns {{QStringLiteral("market_id"), command.marketId},
                                    {QStringLiteral("name"), command.productName.trimmed()},
                                    {QStringLiteral("delivery_type"), enumKey(command.deliveryType)},
                                    {QStringLiteral("price_fen"), command.price.fen()},
                                    {QStringLiteral("warranty_days"), command.warrantyDays},
                                    {QStringLiteral("description"), command.description.trimmed()}};
        const bool backToReview = current && current->status == ProductStatus::Listed
            && (ProductWorkflow::needsSecurityReview(current->deliveryType)
                || ProductWorkflow::needsSecurityReview(command.deliveryType));
        if (!current) {
            columns.append({QStringLiteral("id"), command.productId});
            columns.append({QStringLiteral("vendor_id"), command.vendorId});
            columns.append({QStringLiteral("status"), enumKey(ProductStatus::Draft)});
            columns.append({QStringLiteral("created_at"), at});
            columns.append({QStringLiteral("updated_at"), at});
            RowUpdate::insert(m_database, QStringLiteral("products"), columns);
        } else {
            QString extra;
            if (backToReview) {
                columns.append({QStringLiteral("status"), enumKey(ProductStatus::UnderReview)});
                columns.append({QStringLiteral("submitted_at"), at});
                extra = QStringLiteral("security_reviewed_at = NULL");
                Query(m_database,
                      QStringLiteral("DELETE FROM product_checks WHERE product_id = :id "
                                     "AND item_key = :item"))
                    .bind(QStringLiteral(":id"), command.productId)
                    .bind(QStringLiteral(":item"), enumKey(ListingCheck::SecurityReview))
                    .exec();
            }
            if (!RowUpdate::apply(m_database, QStringLiteral("products"), command.productId,
                                  command.baseVersion, at, columns, extra))
                return WriteOutcome::conflict(tr("The product was changed by someone else. Reopen it."));
        }
        QJsonObject after = toJson(columns);
        after.remove(QStringLiteral("id"));
        journal.audit(SaveProduct::name, command.header, QStringLiteral("product"), command.productId,
                      current ? QStringLiteral("update") : QStringLiteral("create"),
                      current
                          ? QJsonObject {{QStringLiteral("status"), enumKey(current->status)},
                                         {QStringLiteral("name"), current->name},
                                         {QStringLiteral("price_fen"), QString::number(current->price.fen())},
                                         {QStringLiteral("description"), current->description}}
                          : QJsonObject(),
                      after);
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("product"), {command.productId});
    return outcome;
}

WriteOutcome ProductService::checkItem(const CheckProductItem& command)
{
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        Query status(m_database,
                     QStringLiteral("SELECT status FROM products WHERE id = :id")
                         + m_database.dialect().lockRows());
        status.bind(QStringLiteral(":id"), command.productId).exec();
        if (!status.next())
            return WriteOutcome::failed(tr("The product no longer exists."));
        if (status.value(0).toString() != enumKey(ProductStatus::UnderReview))
            return WriteOutcome::failed(tr("Checklist items are ticked while the product is under review."));
        const qint64 at = command.header.at.toMSecsSinceEpoch();
        const QString itemKey = enumKey(command.item);
        Query(m_database,
              QStringLiteral("DELETE FROM product_checks WHERE product_id = :id AND item_key = :item"))
            .bind(QStringLiteral(":id"), command.productId)
            .bind(QStringLiteral(":item"), itemKey)
            .exec();
        RowUpdate::insert(m_database, QStringLiteral("product_checks"),
                          {{QStringLiteral("product_id"), command.productId},
                           {QStringLiteral("item_key"), itemKey},
                           {QStringLiteral("ticked"), command.ticked},
                           {QStringLiteral("note"), command.note.trimmed()},
                           {QStringLiteral("checked_by"), command.header.actor},
                           {QStringLiteral("checked_at"), at}});
        if (command.item == ListingCheck::SecurityReview) {
            Query update(m_database,
                         QStringLiteral("UPDATE products SET security_reviewed_at = :at WHERE id = :id"));
            update.bind(QStringLiteral(":at"),
                        command.ticked ? QVariant(at) : QVariant(QMetaType::fromType<qint64>()));
            update.bind(QStringLiteral(":id"), command.productId).exec();
        }
        journal.audit(CheckProductItem::name, command.header, QStringLiteral("product"), command.productId,
                      command.ticked ? QStringLiteral("tick") : QStringLiteral("untick"), {},
                      {{QStringLiteral("item"), itemKey}, {QStringLiteral("note"), command.note.trimmed()}});
        return WriteOutcome::done();
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("product"), {command.productId});
    return outcome;
}

WriteOutcome ProductService::review(const ReviewProduct& command)
{
    const qint64 at = command.header.at.toMSecsSinceEpoch();
    WriteOutcome outcome = CommandJournal::applyOnce(m_database, command, [&](CommandJournal& journal) {
        lockProduct(m_database, command.productId);
        const auto current = ProductRepository(m_database).detail(command.productId);
        if (!current)
            return WriteOutcome::failed(tr("The product no longer exists."));
        if (current->version != command.baseVersion)
            return WriteOutcome::conflict(
                tr("%1 was changed by someone else. Look at it again.").arg(current->name));
        const auto to = ProductWorkflow::target(command.action, current->status);
        if (!to)
            return WriteOutcome::conflict(
                tr("%1 has moved on meanwhile; look at it again.").arg(current->name));
        if (const FieldErrors errors = command.validate(current->untickedCount()); !errors.isEmpty())
            return WriteOutcome::invalid(errors);
        if (command.action == ProductAction::Approve) {
            const auto ledger = DepositRepository(m_database).ledger(VendorId::fromString(current->vendorId));
            const Money shortfall = DepositLedger::shortfall(ledger.due(command.header.at), ledger.balance());
            if (shortfall > Money())
                return WriteOutcome::invalid(
                    {{QStringLiteral("checklist"),
                      tr("The deposit of %1 is %2 short; a product is listed only once it is paid in full.")
                          .arg(current->vendorName, shortfall.format(QLocale()))}});
        }

        const QString reason = command.reason.trimmed();
        RowUpdate::Columns columns {{QStringLiteral("status"), enumKey(*to)}};
        switch (command.action) {
        case ProductAction::Submit:
            columns.append({QStringLiteral("submitted_at"), at});
            break;
        case ProductAction::Approve:
            columns.append({QStringLiteral("listed_at"), at});
            columns.append({QStringLiteral("reject_reason"), QString()});
            break;
        case ProductAction::Reject:
            columns.append({QStringLiteral("reject_reason"), reason});
            break;
        case ProductAction::Delist:
            columns.append({QStringLiteral("delisted_at"), at});
            columns.append({QStringLiteral("delist_reason"), reason});
            columns.append({QStringLiteral("delist_reason_code"), command.reasonCode});
            break;
        }
        if (!RowUpdate::apply(m_database, QStringLiteral("products"), command.productId, command.baseVersion,
                              at, columns))
            return WriteOutcome::conflict(tr("The product was changed by someone else. Look at it again."));
        journal.audit(ReviewProduct::name, command.header, QStringLiteral("product"), command.productId,
                      enumKey(command.action), {{QStringLiteral("status"), enumKey(current->status)}},
                      toJson(columns));
        return WriteOutcome::done(command.baseVersion + 1);
    });
    if (outcome.kind == WriteOutcome::Kind::Done)
        emit changed(QStringLiteral("product"), {command.productId});
    return outcome;
}
