#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoiceimporter.h"
#include "invoicerequestrepository.h"
#include "query.h"
#include "testsql.h"

#include <QFile>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstring>

namespace {

const QString header
    = QStringLiteral("订单ID,客户ID,联系方式,发票编号,发票金额,发票类型,发票状态,申请时间,开票时间\n");

QString line(int orderNo, const QString& amount = QStringLiteral("88.00"),
             const QString& status = QStringLiteral("待处理"))
{
    return QStringLiteral("%1,C77%1,13800001111,,\"%2\",增值税普通发票,%3,2026-11-20 10:00:00,\n")
        .arg(orderNo)
        .arg(amount, status);
}

/// The frames in the write-ahead log of the SQLite file at `path` and how many of them are
/// copied back into the file, read from its wal-index (https://www.sqlite.org/walformat.html:
/// the header's mxFrame at byte 16, the checkpoint information's nBackfill at byte 96, both in
/// the machine's byte order).
std::pair<quint32, quint32> walFrames(const QString& path)
{
    QFile index(path + QStringLiteral("-shm"));
    if (!index.open(QIODevice::ReadOnly))
        return {0, 0};
    const QByteArray header = index.read(100);
    if (header.size() < 100)
        return {0, 0};
    quint32 frames = 0;
    quint32 copied = 0;
    std::memcpy(&frames, header.constData() + 16, sizeof frames);
    std::memcpy(&copied, header.constData() + 96, sizeof copied);
    return {frames, copied};
}

} // namespace

class TestInvoiceImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        InvoiceFixture::write(db());
    }
    void cleanup() { m_fresh.reset(); }

    void goodFile_isImported_andLinkedToKnownOrders()
    {
        const auto parsed = ConsoleInvoiceExport::parse(
            (header + line(1001, QStringLiteral("60.00")) + line(9001, QStringLiteral("1,234.00"))).toUtf8());
        const auto outcome = InvoiceImporter(db()).run(parsed, false, QStringLiteral("export.csv"),
                                                       InvoiceFixture::header());
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.imported, 2);
        QCOMPARE(outcome.rejected, 0);
        QCOMPARE(count(), 2);
        // The known order's invoiceable amount shrinks by the imported request.
        QCOMPARE(
            InvoiceRequestRepository(db()).balancesOf({InvoiceFixture::orderId(1001)}).value(0).invoiceable(),
            Money::fromFen(4000));
        Query linked(db(),
                     QStringLiteral("SELECT order_id, vendor_id, due_at, action_due_at FROM invoice_requests "
                                    "WHERE order_no = '9001'"));
        linked.exec();
        QVERIFY(linked.next());
        QVERIFY(linked.value(0).isNull());
        QVERIFY(linked.value(1).isNull());
        QCOMPARE(linked.value(2).toLongLong(),
                 QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(linked.value(3), linked.value(2));
        Query audit(db(), QStringLiteral("SELECT after_json FROM audit_log WHERE entity = 'invoice_import'"));
        audit.exec();
        QVERIFY(audit.next());
        QVERIFY(audit.value(0).toString().contains(QLatin1String("export.csv")));
    }

    void badLines_importNothing_unlessSkipped()
    {
        const QByteArray file
            = (header + line(9001) + line(9002, QStringLiteral("abc")) + line(9003)).toUtf8();
        const auto parsed = ConsoleInvoiceExport::parse(file);
        const auto strict
            = InvoiceImporter(db()).run(parsed, false, QStringLiteral("f.csv"), InvoiceFixture::header());
        QCOMPARE(strict.imported, 0);
        QCOMPARE(strict.rejected, 1);
        QCOMPARE(strict.badLines.first().line, 3);
        QCOMPARE(count(), 0);
        const auto lenient
            = InvoiceImporter(db()).run(parsed, true, QStringLiteral("f.csv"), InvoiceFixture::header());
        QCOMPARE(lenient.imported, 2);
        QCOMPARE(lenient.rejected, 1);
        QCOMPARE(count(), 2);
    }

    void ordersAlreadyInTheQueue_areLeftOut_andDoNotHoldBackTheNewOnes()
    {
        const auto first = ConsoleInvoiceExport::parse((header + line(9001)).toUtf8());
        QCOMPARE(InvoiceImporter(db())
                     .run(first, false, QStringLiteral("a.csv"), InvoiceFixture::header())
                     .imported,
                 1);
        const auto again = ConsoleInvoiceExport::parse((header + line(9002) + line(9001)).toUtf8());
        const auto checked = InvoiceImporter(db()).check(again);
        QCOMPARE(checked.imported, 1);
        QCOMPARE(checked.alreadyKnown, 1);
        QCOMPARE(checked.rejected, 0);
        const auto outcome
            = InvoiceImporter(db()).run(again, false, QStringLiteral("b.csv"), InvoiceFixture::header());
        QCOMPARE(outcome.imported, 1);
        QCOMPARE(outcome.alreadyKnown, 1);
        QVERIFY(outcome.badLines.isEmpty());
        QCOMPARE(count(), 2);
        QCOMPARE(TestSql::scalar(
                     db(), QStringLiteral("SELECT COUNT(*) FROM invoice_requests WHERE order_no = '9001'")),
                 QStringLiteral("1"));
    }

    void cancelling_leavesNothing()
    {
        QString text = header;
        for (int i = 0; i < 5000; ++i)
            text += line(100000 + i);
        const auto parsed = ConsoleInvoiceExport::parse(text.toUtf8());
        QCOMPARE(parsed.rows.size(), 5000);
        int calls = 0;
        const auto outcome
            = InvoiceImporter(db()).run(parsed, false, QStringLiteral("big.csv"), InvoiceFixture::header(),
                                        [&calls](qint64 done, qint64 total) {
                                            ++calls;
                                            return done < total / 2;
                                        });
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.imported, 0);
        QVERIFY(calls >= 2);
        QCOMPARE(count(), 0);
        const auto full
            = InvoiceImporter(db()).run(parsed, false, QStringLiteral("big.csv"), InvoiceFixture::header(),
                                        [](qint64, qint64) { return true; });
        QCOMPARE(full.imported, 5000);
        QCOMPARE(count(), 5000);
    }

    /// A reader that still uses a snapshot from before the import's commit stops that commit's
    /// checkpoint; the import waits for it and copies the whole log back itself, or the next
    /// commit on any connection (often the window's) would.
    void import_leavesNoLogForTheNextCommit()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QStringLiteral("sqlite"))
            return; // PostgreSQL checkpoints in a server process of its own
        const DatabaseUrl url = m_fresh->url();
        std::atomic<bool> reading = false;
        std::unique_ptr<QThread> reader(QThread::create([&url, &reading] {
            Database connection(url);
            if (!connection.open({}).isEmpty())
                return;
            Query::execute(connection, QStringLiteral("BEGIN"));
            Query::execute(connection, QStringLiteral("SELECT COUNT(*) FROM invoice_requests"));
            reading = true;
            QThread::msleep(1500);
            Query::execute(connection, QStringLiteral("COMMIT"));
        }));
        reader->start();
        QTRY_VERIFY(reading);
        QString text = header;
        for (int i = 0; i < 200; ++i)
            text += line(200000 + i);
        const auto outcome = InvoiceImporter(db()).run(ConsoleInvoiceExport::parse(text.toUtf8()), false,
                                                       QStringLiteral("a.csv"), InvoiceFixture::header());
        QCOMPARE(outcome.imported, 200);
        const auto [frames, copied] = walFrames(url.path());
        QVERIFY(frames > 0);
        QCOMPARE(copied, frames);
        reader->wait();
    }

    void wrongFile_isAnErrorAndWritesNothing()
    {
        const auto parsed = ConsoleInvoiceExport::parse("a,b\n1,2\n");
        const auto outcome
            = InvoiceImporter(db()).run(parsed, true, QStringLiteral("x.csv"), InvoiceFixture::header());
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(count(), 0);
    }

private:
    Database& db() { return m_fresh->database(); }
    int count()
    {
        Query query(db(), QStringLiteral("SELECT COUNT(*) FROM invoice_requests"));
        query.exec();
        query.next();
        return query.value(0).toInt();
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestInvoiceImporter)
#include "tst_invoiceimporter.moc"
