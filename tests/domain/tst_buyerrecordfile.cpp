#include "buyerrecordfile.h"
#include "csvdocument.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

namespace {

const QString header
    = QStringLiteral("客户ID,抬头类型,发票抬头,纳税人识别号,开户银行,银行账号,注册地址,注册电话,"
                     "收件人,收件电话,省份,城市,详细地址,邮编,默认地址\n");
const QString enterpriseTitle
    = QStringLiteral("企业,上海星海贸易有限公司,91310000MA1FL0XX2B,招商银行上海分行,"
                     "6225 8800 1234 5678,上海市浦东新区世纪大道100号,021-55556666");
const QString address = QStringLiteral("张三,13900001111,上海市,上海市,浦东新区世纪大道100号,200120,是");
const QString noTitle = QStringLiteral(",,,,,,");
const QString noAddress = QStringLiteral(",,,,,,");

QByteArray file(const QStringList& lines)
{
    return (header + lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace

class TestBuyerRecordFile : public QObject
{
    Q_OBJECT
private slots:
    void goodLines_giveTitlesAndAddresses()
    {
        const auto result = BuyerRecordFile::parse(file({
            QStringLiteral("C1,") + enterpriseTitle + QLatin1Char(',') + address,
            QStringLiteral("C2,,个人,,,,,,") + noAddress,
            QStringLiteral("C3,") + noTitle
                + QStringLiteral(",李雷,010-88886666,北京市,北京市,海淀区中关村1号,100080,"),
        }));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.badLines.size(), 0);
        QCOMPARE(result.rows.size(), 3);
        const auto& first = result.rows.at(0);
        QCOMPARE(first.line, 2);
        QCOMPARE(first.customerNo, QStringLiteral("C1"));
        QVERIFY(first.title && first.address);
        QCOMPARE(first.title->kind, TitleKind::Enterprise);
        QCOMPARE(first.title->taxpayerId, QStringLiteral("91310000MA1FL0XX2B"));
        QCOMPARE(first.address->postcode, QStringLiteral("200120"));
        QVERIFY(first.address->isDefault);
        // 个人 needs no kind; a line may carry a title only or an address only.
        QCOMPARE(result.rows.at(1).title->kind, TitleKind::Personal);
        QVERIFY(!result.rows.at(1).address);
        QVERIFY(!result.rows.at(2).title);
        QVERIFY(!result.rows.at(2).address->isDefault);
    }

    void englishHeaders_andMissingColumns_areRead()
    {
        const auto result = BuyerRecordFile::parse(
            QStringLiteral("customer_id,recipient,phone,province,city,address,postcode\n"
                           "C9,王五,13800001111,广东省,深圳市,南山区科技园1号,518057\n")
                .toUtf8());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().address->city, QStringLiteral("深圳市"));
    }

    void gbkFile_isRead()
    {
        QStringEncoder gbk("GB18030");
        const QByteArray bytes
            = gbk.encode(QString::fromUtf8(file({QStringLiteral("C2,个人,个人,,,,,,") + noAddress})));
        const auto result = BuyerRecordFile::parse(bytes);
        QCOMPARE(result.encoding, QStringLiteral("GB18030"));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().title->title, QStringLiteral("个人"));
    }

    /// One damaged byte in a UTF-8 file costs its line, not every Chinese character of the file
    /// read as GBK; nor is a replacement character written into a buyer's title.
    void damagedUtf8Line_isABadLine_andTheRestIsRead()
    {
        QByteArray bytes = file({QStringLiteral("C2,") + enterpriseTitle + QLatin1Char(',') + noAddress,
                                 QStringLiteral("C3,个人,个人,,,,,,") + noAddress});
        bytes.replace(QStringLiteral("星海").toUtf8(),
                      QByteArray("\xE6\x98") + QStringLiteral("海").toUtf8());
        const auto result = BuyerRecordFile::parse(bytes);
        QCOMPARE(result.badLines.size(), 1);
        QCOMPARE(result.badLines.first().line, 2);
        QCOMPARE(result.badLines.first().reason, *CsvDocument::damageIn({2, {QStringLiteral("\uFFFD")}}));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().title->title, QStringLiteral("个人"));
    }

    void badLine_namesItsColumn_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("column");
        QTest::newRow("no customer") << QStringLiteral(",") + enterpriseTitle + QLatin1Char(',') + address
                                     << QStringLiteral("客户ID");
        QTest::newRow("kind") << QStringLiteral("C1,公司,上海星海,,,,,,") + noAddress
                              << QStringLiteral("抬头类型");
        QTest::newRow("taxpayer ID length")
            << QStringLiteral("C1,企业,上海星海贸易有限公司,91310000MA1FL0XX2,招商银行,6225880012345678,上海,"
                              "021-55556666,")
                + noAddress
            << QStringLiteral("纳税人识别号");
        QTest::newRow("personal title")
            << QStringLiteral("C1,个人,李雷,,,,,,") + noAddress << QStringLiteral("发票抬头");
        QTest::newRow("postcode") << QStringLiteral("C1,") + noTitle
                + QStringLiteral(",张三,13900001111,上海市,上海市,世纪大道100号,2001,")
                                  << QStringLiteral("邮编");
        QTest::newRow("phone") << QStringLiteral("C1,") + noTitle
                + QStringLiteral(",张三,12345,上海市,上海市,世纪大道100号,200120,")
                               << QStringLiteral("收件电话");
        QTest::newRow("default") << QStringLiteral("C1,") + noTitle
                + QStringLiteral(",张三,13900001111,上海市,上海市,世纪大道100号,200120,也许")
                                 << QStringLiteral("默认地址");
        QTest::newRow("nothing") << QStringLiteral("C1,") + noTitle + QLatin1Char(',') + noAddress
                                 << QStringLiteral("neither");
    }

    void badLine_namesItsColumn()
    {
        QFETCH(QString, line);
        QFETCH(QString, column);
        const auto result = BuyerRecordFile::parse(file({line}));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), 0);
        QCOMPARE(result.badLines.size(), 1);
        QCOMPARE(result.badLines.first().line, 2);
        QVERIFY2(result.badLines.first().reason.contains(column), qPrintable(result.badLines.first().reason));
        QCOMPARE(result.badLines.first().fields.first(), line.section(QLatin1Char(','), 0, 0));
    }

    void secondTitleOfABuyer_isABadLine()
    {
        const auto result = BuyerRecordFile::parse(file({
            QStringLiteral("C1,") + enterpriseTitle + QLatin1Char(',') + noAddress,
            QStringLiteral("C1,") + noTitle + QLatin1Char(',') + address,
            QStringLiteral("C1,个人,个人,,,,,,") + noAddress,
        }));
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.badLines.size(), 1);
        QCOMPARE(result.badLines.first().line, 4);
        QVERIFY(result.badLines.first().reason.contains(QStringLiteral("2")));
    }

    void headerWithoutCustomerId_isNotABuyerFile()
    {
        const auto result = BuyerRecordFile::parse(QByteArrayLiteral("name,phone\nx,y\n"));
        QVERIFY(result.error.contains(QStringLiteral("客户ID")));
        QVERIFY(!BuyerRecordFile::parse(QByteArray()).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBuyerRecordFile)
#include "tst_buyerrecordfile.moc"
