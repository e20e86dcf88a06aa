#include "batchissuedialog.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "invoiceservice.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

enum Column { InvoiceNo = 4, Courier = 5, TrackingNo = 6, Email = 7, File = 8, Outcome = 9 };

void writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& content)
{
    QFile file(folder.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

/// The batch issue dialog on a real database: paper requests take consecutive numbers and their
/// tracking numbers, electronic and 数电 requests their e-mail and the file found in a folder, and
/// nothing is issued until every line is ready.
class TestBatchIssueDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(MARKETDESK_EN_QM)));
        QCoreApplication::installTranslator(&m_english);
    }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        InvoiceFixture::write(m_fresh->database());
    }
    void cleanup() { m_fresh.reset(); }

    void mixedSelection_issuesPaperAndElectronicTogether()
    {
        InvoiceService service(m_fresh->database());
        const QList<BatchIssueDialog::Line> lines
            = created(service, {InvoiceMedium::Paper, InvoiceMedium::Electronic, InvoiceMedium::Digital});
        FixedClock clock(InvoiceFixture::now().addSecs(3600));
        BatchIssueDialog dialog(BatchIssueDialog::Mode::ConsecutiveNumbers, lines,
                                {QStringLiteral("顺丰速运")}, service, clock, QStringLiteral("clerk1"));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("folder")));
        QTableWidget* table = dialog.table();
        QCOMPARE(table->item(1, Email)->text(), QStringLiteral("finance@xinghai.example.cn"));

        dialog.firstNumberEdit()->setText(QStringLiteral("04471235"));
        QCOMPARE(table->item(2, InvoiceNo)->text(), QStringLiteral("04471237"));
        QVERIFY(table->item(1, Outcome)->text().contains(QLatin1String("folder")));
        table->item(0, TrackingNo)->setText(QStringLiteral("SF1234567890"));
        QVERIFY(!dialog.applyButton()->isEnabled());

        QTemporaryDir folder;
        writeFile(folder, QStringLiteral("dzfp_04471236_星海.pdf"), "%PDF-1.7 one");
        writeFile(folder, QStringLiteral("dzfp_04471236_星海.xml"), "<xml/>");
        writeFile(folder, QStringLiteral("104471237.pdf"), "%PDF-1.7 wrong");
        dialog.setInvoiceFolder(folder.path());
        QCOMPARE(table->item(1, File)->text(), QStringLiteral("dzfp_04471236_星海.pdf"));
        QVERIFY(table->item(2, File)->text().isEmpty());
        QVERIFY(table->item(2, Outcome)->text().contains(QLatin1String("04471237")));
        QVERIFY(!dialog.applyButton()->isEnabled());

        // Saved into the folder while the dialog is open: matched without choosing it again.
        writeFile(folder, QStringLiteral("04471237.ofd"), "OFD two");
        QTRY_COMPARE(table->item(2, File)->text(), QStringLiteral("04471237.ofd"));
        table->item(2, Email)->setText(QStringLiteral("not an address"));
        QVERIFY(!dialog.applyButton()->isEnabled());
        table->item(2, Email)->setText(QStringLiteral("tax@xinghai.example.cn"));
        QVERIFY2(dialog.applyButton()->isEnabled(), qPrintable(table->item(2, Outcome)->text()));

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        InvoiceRequestRepository repository(m_fresh->database());
        QCOMPARE(repository.detail(lines.at(0).request->id)->status, InvoiceStatus::Mailing);
        QCOMPARE(repository.invoiceFile(lines.at(1).request->id),
                 std::make_pair(QStringLiteral("dzfp_04471236_星海.pdf"), QByteArray("%PDF-1.7 one")));
        const auto digital = repository.detail(lines.at(2).request->id);
        QCOMPARE(digital->status, InvoiceStatus::Issued);
        QCOMPARE(digital->email, QStringLiteral("tax@xinghai.example.cn"));
        QCOMPARE(repository.invoiceFile(lines.at(2).request->id).second, QByteArray("OFD two"));
    }

    void sharedOrOversizedFiles_blockTheBatch()
    {
        InvoiceService service(m_fresh->database());
        const QList<BatchIssueDialog::Line> lines
            = created(service, {InvoiceMedium::Electronic, InvoiceMedium::Electronic});
        FixedClock clock(InvoiceFixture::now().addSecs(3600));
        BatchIssueDialog dialog(BatchIssueDialog::Mode::ConsecutiveNumbers, lines, {}, service, clock,
                                QStringLiteral("clerk1"));
        dialog.firstNumberEdit()->setText(QStringLiteral("04471235"));
        QTemporaryDir folder;
        writeFile(folder, QStringLiteral("04471235+04471236.pdf"), "%PDF-1.7 both");
        dialog.setInvoiceFolder(folder.path());
        QTableWidget* table = dialog.table();
        QVERIFY(table->item(0, Outcome)->text().contains(QLatin1String("04471235+04471236.pdf")));
        QVERIFY(table->item(1, Outcome)->text().contains(QLatin1String("04471235+04471236.pdf")));
        QVERIFY(!dialog.applyButton()->isEnabled());

        QVERIFY(QFile::remove(folder.filePath(QStringLiteral("04471235+04471236.pdf"))));
        writeFile(folder, QStringLiteral("04471235.pdf"), "%PDF-1.7");
        QFile large(folder.filePath(QStringLiteral("04471236.pdf")));
        QVERIFY(large.open(QIODevice::WriteOnly));
        QVERIFY(large.resize(MoveInvoiceRequest::maximumFileSize + 1));
        large.close();
        dialog.setInvoiceFolder(folder.path());
        QCOMPARE(table->item(0, Outcome)->text(), QStringLiteral("Ready"));
        QVERIFY(table->item(1, Outcome)->text().contains(QLatin1String("20 MB")));
        QVERIFY(!dialog.applyButton()->isEnabled());
        InvoiceRequestRepository repository(m_fresh->database());
        QCOMPARE(repository.detail(lines.at(0).request->id)->status, InvoiceStatus::Pending);
    }

    void courierList_fillsTrackingNumbersByReferenceOrPhone()
    {
        InvoiceService service(m_fresh->database());
        InvoiceRequestRepository repository(m_fresh->database());
        QList<BatchIssueDialog::Line> lines;
        for (const auto& [orderNo, amountFen] : {std::pair {1001, 1000}, {1003, 30000}, {1004, 20000}}) {
            const CreateInvoiceRequest command = InvoiceFixture::request({orderNo}, amountFen);
            QCOMPARE(service.create(command).kind, WriteOutcome::Kind::Done);
            BatchIssueDialog::Line line;
            line.request = repository.detail(command.requestId);
            line.orderNo = line.request->orderNo;
            lines << line;
        }
        FixedClock clock(InvoiceFixture::now().addSecs(3600));
        BatchIssueDialog dialog(BatchIssueDialog::Mode::ConsecutiveNumbers, lines,
                                {QStringLiteral("中通快递")}, service, clock, QStringLiteral("clerk1"));
        dialog.firstNumberEdit()->setText(QStringLiteral("04471235"));
        QTableWidget* table = dialog.table();
        QVERIFY(!dialog.courierReport()->isVisible());

        QTemporaryDir folder;
        writeFile(folder, QStringLiteral("not-a-list.csv"), "a,b\n1,2\n");
        dialog.readCourierList(folder.filePath(QStringLiteral("not-a-list.csv")));
        QVERIFY(dialog.courierReport()->text().contains(QLatin1String("not a courier's list")));
        QVERIFY(table->item(0, TrackingNo)->text().isEmpty());

        // Order 1003's parcel by its reference; 1001 and 1004 share the parcel to the buyer's phone.
        writeFile(folder, QStringLiteral("sf.csv"),
                  QStringLiteral("寄件日期,运单号,客户订单号,收件人电话,快递公司\n"
                                 "2026-11-24,SF1000000001,1003,13900001111,顺丰速运\n"
                                 "2026-11-24,SF1000000002,,139-0000-1111,\n"
                                 "2026-11-24,SF1000000003,2999,13900009999,\n"
                                 "2026-11-24,SF1,,13900001111,\n")
                      .toUtf8());
        dialog.readCourierList(folder.filePath(QStringLiteral("sf.csv")));
        const QString report = dialog.courierReport()->text();
        QVERIFY2(report.startsWith(QLatin1String("sf.csv: 3 of 3 paper requests")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("Line 5: A tracking number has 8 to 30")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("1 line names no request of this batch: 4.")),
                 qPrintable(report));
        QCOMPARE(table->item(0, TrackingNo)->text(), QStringLiteral("SF1000000002"));
        QCOMPARE(table->item(0, Courier)->text(), QStringLiteral("中通快递"));
        QCOMPARE(table->item(1, TrackingNo)->text(), QStringLiteral("SF1000000001"));
        QCOMPARE(table->item(1, Courier)->text(), QStringLiteral("顺丰速运"));
        QCOMPARE(table->item(2, TrackingNo)->text(), QStringLiteral("SF1000000002"));
        // Numbering after reading the list keeps what the list said.
        dialog.firstNumberEdit()->setText(QStringLiteral("04471240"));
        QCOMPARE(table->item(1, Courier)->text(), QStringLiteral("顺丰速运"));
        QVERIFY2(dialog.applyButton()->isEnabled(), qPrintable(table->item(0, Outcome)->text()));

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto statement = repository.detail(lines.at(1).request->id);
        QCOMPARE(statement->status, InvoiceStatus::Mailing);
        QCOMPARE(statement->invoiceNo, QStringLiteral("04471241"));
        QCOMPARE(statement->trackingNo, QStringLiteral("SF1000000001"));
        QCOMPARE(statement->courier, QStringLiteral("顺丰速运"));
        QCOMPARE(repository.detail(lines.at(2).request->id)->trackingNo, QStringLiteral("SF1000000002"));
    }

private:
    /// One ¥10.00 request on order 1001 per medium, as the page hands them to the dialog.
    QList<BatchIssueDialog::Line> created(InvoiceService& service, const QList<InvoiceMedium>& media)
    {
        InvoiceRequestRepository repository(m_fresh->database());
        QList<BatchIssueDialog::Line> lines;
        for (InvoiceMedium medium : media) {
            CreateInvoiceRequest command = InvoiceFixture::request({1001}, 1000);
            command.medium = medium;
            if (medium != InvoiceMedium::Paper)
                command.email = QStringLiteral("finance@xinghai.example.cn");
            const WriteOutcome outcome = service.create(command);
            if (outcome.kind != WriteOutcome::Kind::Done)
                qWarning() << outcome.message;
            BatchIssueDialog::Line line;
            line.request = repository.detail(command.requestId);
            line.orderNo = line.request->orderNo;
            lines << line;
        }
        return lines;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    QTranslator m_english;
};

QTEST_MAIN(TestBatchIssueDialog)
#include "tst_batchissuedialog.moc"
