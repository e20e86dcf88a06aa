#include "builtincalendar.h"
#include "invoicedeadline.h"

#include <QTest>

class TestInvoiceDeadline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        m_calendar = BuiltInCalendar::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void after_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("working");
        QTest::addColumn<QDateTime>("due");
        const auto utc
            = [](int y, int m, int d, int h) { return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC); };
        QTest::newRow("7 calendar days run through the holiday")
            << utc(2025, 9, 30, 2) << 7 << false << utc(2025, 10, 7, 2);
        // Tuesday 30 Sep 2025 10:00 in China: 1–8 October are off, 9 and 10 work, Saturday 11 is a
        // make-up working day.
        QTest::newRow("3 working days over National Day")
            << utc(2025, 9, 30, 2) << 3 << true << utc(2025, 10, 11, 2);
        QTest::newRow("make-up Sunday counts") << utc(2025, 9, 26, 2) << 1 << true << utc(2025, 9, 28, 2);
        // 17:00 UTC on 30 September is already 1 October 01:00 in China, a holiday.
        QTest::newRow("day taken in China time") << utc(2025, 9, 30, 17) << 1 << true << utc(2025, 10, 8, 17);
        QTest::newRow("10 working days over a weekend")
            << utc(2026, 11, 20, 1) << 10 << true << utc(2026, 12, 4, 1);
    }

    void after()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, days);
        QFETCH(bool, working);
        QFETCH(QDateTime, due);
        QCOMPARE(InvoiceDeadline::after(start, {days, working}, m_calendar), due);
    }

private:
    WorkingCalendar m_calendar;
};

QTEST_GUILESS_MAIN(TestInvoiceDeadline)
#include "tst_invoicedeadline.moc"
