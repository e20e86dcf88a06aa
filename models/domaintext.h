#pragma once

#include "applicationworkflow.h"
#include "contractworkflow.h"
#include "deliverystate.h"
#include "deliveryworkflow.h"
#include "invoiceenums.h"
#include "invoiceworkflow.h"
#include "marketplaceinvoice.h"
#include "onboardingenums.h"
#include "orderenums.h"
#include "vendorenums.h"
#include "vendorlifecycle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

/// Display names of the domain's stored keys, translated. Keys stay untranslated in the database;
/// only these names reach the screen.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    static QString name(VendorStatus value);
    static QString name(VendorCategory value);
    static QString name(EntityType value);
    static QString name(OrderType value);
    static QString name(OrderStatus value);
    static QString name(DeliveryType value);
    static QString name(DeliveryState value);
    static QString name(InvoiceStatus value);
    static QString name(InvoiceType value);
    static QString name(InvoiceMedium value);
    static QString name(SyncState value);
    static QString name(TitleKind value);
    static QString name(ReturnReason value);
    static QString name(InvoiceAction value);
    static QString name(DeliveryAction value);
    static QString name(DeliveryActor value);
    static QString name(RefundReason value);
    static QString name(RefundStatus value);
    static QString name(ContractKind value);
    static QString name(SealMethod value);
    static QString name(ContractState value);
    static QString name(ContractSubState value);
    static QString name(ContractAction value);
    static QString name(ApplicationStatus value);
    static QString name(ApplicationAction value);
    static QString name(ApplicationFileKind value);
    static QString name(DepositEntryKind value);
    static QString name(SurchargeStatus value);
    static QString name(LeaveReason value);
    static QString name(VendorAction value);
    static QString name(ProductStatus value);

    /// "2 d 5 h left", "overdue 1 d 3 h", "45 min left": the time from `nowMs` to `dueMs`.
    static QString timeLeft(qint64 dueMs, qint64 nowMs);
    /// "3 d 4 h", "2 h 5 min", "7 min": the length of a span of time, whatever its sign.
    static QString duration(qint64 milliseconds);
    /// "2026-11-23 10:00": an instant (epoch ms, UTC) in the user's local time.
    static QString localTime(qint64 ms);

    /// (key, display name) of every value of E, in display order.
    template<typename E> static QList<std::pair<QString, QString>> entries()
    {
        QList<std::pair<QString, QString>> list;
        for (E value : enumValues<E>())
            list.append({enumKey(value), name(value)});
        return list;
    }

    /// The display name of a stored key of E; the key itself when it is unknown.
    template<typename E> static QString nameOfKey(const QString& key)
    {
        const auto value = enumFromKey<E>(key);
        return value ? name(*value) : key;
    }
};
