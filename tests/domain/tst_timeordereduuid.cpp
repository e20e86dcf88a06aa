#include "invoicerequestnumber.h"
#include "timeordereduuid.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QThread>

namespace {

QString text(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

qint64 millisOf(const QUuid& id)
{
    return qint64((quint64(id.data1) << 16) | id.data2);
}

} // namespace

class TestTimeOrderedUuid : public QObject
{
    Q_OBJECT
private slots:
    void fromParts_laysOutVersion7()
    {
        QCOMPARE(text(TimeOrderedUuid::fromParts(0x018F12345678ULL, 0xABC, ~0ULL)),
                 QStringLiteral("018f1234-5678-7abc-bfff-ffffffffffff"));
        QCOMPARE(text(TimeOrderedUuid::fromParts(0x1018F12345678ULL, 0xFABC, 0)),
                 QStringLiteral("018f1234-5678-7abc-8000-000000000000"));
    }

    void create_carriesTheClockVersionAndVariant()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QUuid id = TimeOrderedUuid::create();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(id.data3 >> 12, 7);
        QCOMPARE(id.variant(), QUuid::DCE);
        QVERIFY2(millisOf(id) >= before && millisOf(id) <= after + 1, qPrintable(text(id)));
    }

    void create_risesWithEveryCall()
    {
        // Far more IDs than one millisecond's 4,096 sequence numbers.
        QString previous;
        for (int made = 0; made < 20000; ++made) {
            const QString id = text(TimeOrderedUuid::create());
            QVERIFY2(id > previous, qPrintable(previous + QStringLiteral(" then ") + id));
            previous = id;
        }
    }

    void create_neverRepeatsAcrossThreads()
    {
        QList<QUuid> first;
        QList<QUuid> second;
        const auto make = [](QList<QUuid>& ids) {
            for (int made = 0; made < 20000; ++made)
                ids.append(TimeOrderedUuid::create());
        };
        QThread* other = QThread::create(make, std::ref(second));
        other->start();
        make(first);
        other->wait();
        delete other;
        QSet<QUuid> all(first.cbegin(), first.cend());
        all.unite(QSet<QUuid>(second.cbegin(), second.cend()));
        QCOMPARE(all.size(), 40000);
    }

    void requestNumbers_takeTheRandomDigits()
    {
        // IDs made in one millisecond share their first 16 digits; their request numbers must not.
        const QDateTime appliedAt(QDate(2026, 11, 24), QTime(1, 0), Qt::UTC);
        const QString first = text(TimeOrderedUuid::fromParts(0x019AB0000000ULL, 1, 0x0123456789ABCDEFULL));
        const QString second = text(TimeOrderedUuid::fromParts(0x019AB0000000ULL, 2, 0x0FEDCBA987654321ULL));
        QCOMPARE(InvoiceRequestNumber::make(appliedAt, first), QStringLiteral("FP20261124-8123456789ABCDEF"));
        QCOMPARE(InvoiceRequestNumber::make(appliedAt, second),
                 QStringLiteral("FP20261124-8FEDCBA987654321"));
    }
};

QTEST_GUILESS_MAIN(TestTimeOrderedUuid)
#include "tst_timeordereduuid.moc"
