#pragma once

#include <QHash>
#include <QString>
#include <QUuid>

/// A UUID that knows which entity it names, so a VendorId cannot be passed where an OrderId is
/// expected. Stored as the lower-case 36-character text form (no braces) on every backend.
template<typename Tag> class TypedId
{
public:
    TypedId() = default;
    explicit TypedId(const QUuid& uuid)
        : m_uuid(uuid)
    { }
    /// Accepts the stored text form; an unreadable text gives a null id.
    static TypedId fromString(const QString& text) { return TypedId(QUuid::fromString(text)); }

    bool isNull() const { return m_uuid.isNull(); }
    QUuid uuid() const { return m_uuid; }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }

    friend bool operator==(const TypedId& a, const TypedId& b) { return a.m_uuid == b.m_uuid; }
    friend bool operator!=(const TypedId& a, const TypedId& b) { return !(a == b); }
    friend size_t qHash(const TypedId& id, size_t seed = 0) { return qHash(id.m_uuid, seed); }

private:
    QUuid m_uuid;
};

using VendorId = TypedId<struct VendorTag>;
using OrderId = TypedId<struct OrderTag>;
using ProductId = TypedId<struct ProductTag>;
using BuyerId = TypedId<struct BuyerTag>;
using MarketId = TypedId<struct MarketTag>;
using CommandId = TypedId<struct CommandTag>;
using AuditId = TypedId<struct AuditTag>;
