#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// SPEC 5.3: how much of an order may still be invoiced, and how a requested amount is spread over
/// the orders of one request.
class InvoiceableAmount
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceableAmount)
public:
    /// One order as the request dialog sees it.
    struct OrderBalance
    {
        QString orderId;
        QString orderNo;
        Money paid; ///< cash paid to the vendor; vouchers and coupons are not part of it
        Money voucher; ///< shown for the explanation only: never invoiceable
        Money refunded;
        Money requested; ///< held by requests that are not cancelled, refunded or voided
        QString statementPeriod; ///< yyyy-MM for a monthly statement, else empty

        bool isStatement() const { return !statementPeriod.isEmpty(); }
        /// paid − refunded − requested, never below zero.
        Money invoiceable() const;
    };

    struct Part
    {
        QString orderId;
        Money amount;
    };
    struct Allocation
    {
        QList<Part> parts;
        QString error; ///< translated; empty when the amount can be requested
    };

    static Money total(const QList<OrderBalance>& orders);
    /// Spreads `amount` over `orders`: monthly statements first, each in full (a statement is never
    /// split over several requests, and one already partly requested cannot be requested again),
    /// then the other orders in the given order. Fails when the amount is not positive or exceeds
    /// the invoiceable total.
    static Allocation allocate(const QList<OrderBalance>& orders, Money amount);
};
