#include "invoiceableamount.h"

#include <QTest>

using Balance = InvoiceableAmount::OrderBalance;

static Balance order(const char* id, qint64 paid, qint64 refunded = 0, qint64 requested = 0,
                     const char* period = "")
{
    Balance balance;
    balance.orderId = QLatin1String(id);
    balance.orderNo = QLatin1String(id);
    balance.paid = Money::fromFen(paid);
    balance.voucher = Money::fromFen(500);
    balance.refunded = Money::fromFen(refunded);
    balance.requested = Money::fromFen(requested);
    balance.statementPeriod = QLatin1String(period);
    return balance;
}

class TestInvoiceableAmount : public QObject
{
    Q_OBJECT
private slots:
    void invoiceable_subtractsRefundsAndRequests()
    {
        QCOMPARE(order("a", 10000).invoiceable(), Money::fromFen(10000));
        QCOMPARE(order("a", 10000, 2500).invoiceable(), Money::fromFen(7500));
        QCOMPARE(order("a", 10000, 2500, 7000).invoiceable(), Money::fromFen(500));
        QCOMPARE(order("a", 10000, 10000, 0).invoiceable(), Money());
        // More requested than left after a late refund: nothing, never negative.
        QCOMPARE(order("a", 10000, 5000, 8000).invoiceable(), Money());
        QCOMPARE(InvoiceableAmount::total({order("a", 10000, 2500), order("b", 300)}), Money::fromFen(7800));
    }

    void allocate_fillsOrdersInTurn()
    {
        const auto allocation = InvoiceableAmount::allocate({order("a", 10000, 0, 4000), order("b", 5000)},
                                                            Money::fromFen(8000));
        QVERIFY2(allocation.error.isEmpty(), qPrintable(allocation.error));
        QCOMPARE(allocation.parts.size(), 2);
        QCOMPARE(allocation.parts.at(0).amount, Money::fromFen(6000));
        QCOMPARE(allocation.parts.at(1).amount, Money::fromFen(2000));
    }

    void allocate_refusesMoreThanInvoiceable()
    {
        const auto allocation = InvoiceableAmount::allocate({order("a", 10000, 3000)}, Money::fromFen(7001));
        QVERIFY(!allocation.error.isEmpty());
        QVERIFY(allocation.parts.isEmpty());
        QVERIFY(InvoiceableAmount::allocate({order("a", 10000)}, Money()).error.size() > 0);
        QVERIFY(InvoiceableAmount::allocate({}, Money::fromFen(1)).error.size() > 0);
    }

    void statements_mergeButNeverSplit()
    {
        const QList<Balance> two {order("s1", 30000, 0, 0, "2026-09"), order("s2", 20000, 0, 0, "2026-10")};
        const auto merged = InvoiceableAmount::allocate(two, Money::fromFen(50000));
        QVERIFY2(merged.error.isEmpty(), qPrintable(merged.error));
        QCOMPARE(merged.parts.size(), 2);

        const auto split = InvoiceableAmount::allocate(two, Money::fromFen(40000));
        QVERIFY(split.error.contains(QLatin1String("s2")));

        const auto again
            = InvoiceableAmount::allocate({order("s1", 30000, 0, 10000, "2026-09")}, Money::fromFen(20000));
        QVERIFY(again.error.contains(QLatin1String("s1")));
    }

    void statementsGoFirst_thenOrders()
    {
        const auto allocation = InvoiceableAmount::allocate(
            {order("a", 10000), order("s", 3000, 0, 0, "2026-10")}, Money::fromFen(5000));
        QVERIFY2(allocation.error.isEmpty(), qPrintable(allocation.error));
        QCOMPARE(allocation.parts.at(0).orderId, QStringLiteral("s"));
        QCOMPARE(allocation.parts.at(0).amount, Money::fromFen(3000));
        QCOMPARE(allocation.parts.at(1).amount, Money::fromFen(2000));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceableAmount)
#include "tst_invoiceableamount.moc"
