#include "buyerrecordimporter.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "query.h"

#include <QTest>

namespace {

const QString header
    = QStringLiteral("客户ID,抬头类型,发票抬头,纳税人识别号,开户银行,银行账号,注册地址,注册电话,"
                     "收件人,收件电话,省份,城市,详细地址,邮编,默认地址\n");
/// C880001 (the fixture's enterprise buyer) gets a new title; C880002 (personal) a first address.
const QString goodLines
    = QStringLiteral("C880001,企业,上海星海科技有限公司,91310000MA1FL0XX2B,招商银行上海分行,6225880012345678,"
                     "上海市浦东新区世纪大道200号,021-55556666,,,,,,,\n"
                     "C880002,,,,,,,,李雷,13900002222,北京市,北京市,海淀区中关村1号,100080,是\n");
const QString unknownBuyer = QStringLiteral("C999999,个人,个人,,,,,,,,,,,,\n");

} // namespace

class TestBuyerRecordImporter : public QObject
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

    void goodFile_replacesTheTitle_andAddsTheAddress()
    {
        const ImportOutcome outcome = import(goodLines, false);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.imported, 2);
        QCOMPARE(outcome.rejected, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT title FROM invoice_titles WHERE buyer_id = '%1' AND is_valid")
                            .arg(QLatin1String(InvoiceFixture::buyerId))),
                 QStringLiteral("上海星海科技有限公司"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_titles WHERE buyer_id = '%1'")
                            .arg(QLatin1String(InvoiceFixture::buyerId))),
                 QStringLiteral("2")); // the old title stays, no longer valid
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT recipient FROM mailing_addresses WHERE buyer_id = '%1' AND is_default")
                            .arg(QLatin1String(InvoiceFixture::personalBuyerId))),
                 QStringLiteral("李雷"));
        // Each write is audited as if typed in, plus one row for the file.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity IN ('invoice_title', "
                                       "'mailing_address')")),
                 QStringLiteral("2"));
        QVERIFY(scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE entity = 'buyer_import'"))
                    .contains(QStringLiteral("buyers.csv")));
    }

    void sameFileTwice_changesNothingMore()
    {
        QCOMPARE(import(goodLines, false).imported, 2);
        const QString rows = scalar(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM invoice_titles) + (SELECT COUNT(*) FROM mailing_addresses)"));
        const ImportOutcome again = import(goodLines, false);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.alreadyKnown, 2);
        QCOMPARE(again.rejected, 0);
        QCOMPARE(
            scalar(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM invoice_titles) + (SELECT COUNT(*) FROM mailing_addresses)")),
            rows);
    }

    void unknownBuyer_isABadLine_andNothingIsWritten()
    {
        const QString before = scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_titles"));
        const ImportOutcome outcome = import(goodLines + unknownBuyer, false);
        QCOMPARE(outcome.imported, 0);
        QCOMPARE(outcome.rejected, 1);
        QCOMPARE(outcome.badLines.first().line, 4);
        QVERIFY(outcome.badLines.first().reason.contains(QStringLiteral("C999999")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_titles")), before);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), QStringLiteral("0"));
    }

    void skipInvalid_importsTheGoodLines()
    {
        const ImportOutcome outcome = import(unknownBuyer + goodLines, true);
        QCOMPARE(outcome.imported, 2);
        QCOMPARE(outcome.rejected, 1);
        QCOMPARE(outcome.badLines.first().line, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM mailing_addresses WHERE buyer_id = '%1'")
                            .arg(QLatin1String(InvoiceFixture::personalBuyerId))),
                 QStringLiteral("1"));
    }

    void check_writesNothing()
    {
        const auto parsed = BuyerRecordFile::parse((header + goodLines + unknownBuyer).toUtf8());
        const ImportOutcome outcome = BuyerRecordImporter(db()).check(parsed);
        QCOMPARE(outcome.imported, 2);
        QCOMPARE(outcome.rejected, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM mailing_addresses")), QStringLiteral("1"));
    }

    void cancelling_leavesNothing()
    {
        QString lines;
        for (int i = 0; i < 500; ++i)
            lines += QStringLiteral(
                         "C880002,,,,,,,,李雷%1,13900002222,北京市,北京市,海淀区中关村%1号,100080,\n")
                         .arg(i);
        const auto parsed = BuyerRecordFile::parse((header + lines).toUtf8());
        CommandHeader commandHeader = InvoiceFixture::header();
        const ImportOutcome outcome
            = BuyerRecordImporter(db()).run(parsed, false, QStringLiteral("buyers.csv"), commandHeader,
                                            [](qint64 done, qint64) { return done < 400; });
        QVERIFY(outcome.cancelled);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM mailing_addresses")), QStringLiteral("1"));
    }

private:
    Database& db() { return m_fresh->database(); }
    ImportOutcome import(const QString& lines, bool skipInvalid)
    {
        const auto parsed = BuyerRecordFile::parse((header + lines).toUtf8());
        return BuyerRecordImporter(db()).run(parsed, skipInvalid, QStringLiteral("buyers.csv"),
                                             InvoiceFixture::header());
    }
    QString scalar(const QString& sql)
    {
        Query query(db(), sql);
        query.exec();
        return query.next() ? query.value(0).toString() : QString();
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestBuyerRecordImporter)
#include "tst_buyerrecordimporter.moc"
