#include "alibabainvoicepage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

/// Mapping DescribeInvoiceForIsv's response, shaped as the API documents it, onto MarketDesk's terms.
class TestAlibabaInvoicePage : public QObject
{
    Q_OBJECT

private:
    static QJsonObject documentedResponse()
    {
        return QJsonDocument::fromJson(R"({
  "RequestId": "5B2F3A77-8C0D-4A5E-9F41-2C7B9E0D1A11",
  "Count": "2",
  "PageNumber": "1",
  "Result": [
    {
      "Id": 98765432101234567,
      "Status": 0,
      "Type": 3,
      "MaterialType": 1,
      "Title": "杭州示例科技有限公司",
      "Price": "1288.50",
      "UserNotice": "请尽快开具",
      "CheckNotice": "",
      "CreateTimeStr": "2026-11-20 09:15:30",
      "ReceiptUserInfoDto": {"TaxNumber": "91330100MA2XXXXX1K", "BankName": "招商银行杭州分行",
                             "BankAccount": "571900000010101", "RegAddress": "杭州市西湖区文三路1号",
                             "RegPhone": "0571-88880000"},
      "UserAddressDto": {"Addressee": "王芳", "Phone": "13800001111", "DeliveryAddress": "杭州市西湖区文三路1号",
                         "PostalCode": "310000", "Emails": "finance@example.cn"},
      "EvaluateList": [
        {"OutBizId": "210987654321", "OrderType": 0, "Amount": "1000.00", "BizTimeStr": "2026-11-01 10:00:00",
         "ProductCode": "cmapi00012345", "ProductName": "企业邮箱部署服务"},
        {"OutBizId": "210987654322", "OrderType": 1, "Amount": "288.5", "BizTimeStr": "2026-11-02 10:00:00",
         "ProductCode": "cmapi00012345", "ProductName": "企业邮箱部署服务"}
      ]
    },
    {
      "Id": "98765432101234568",
      "Status": "Success",
      "Type": 2,
      "MaterialType": 0,
      "Title": "个人",
      "Price": "0.07",
      "CreateTimeStr": "2026-11-21 23:59:59",
      "UserAddressDto": {"Addressee": "李雷", "Phone": "13900002222", "DeliveryAddress": "", "PostalCode": "",
                         "Emails": "lilei@example.cn"},
      "EvaluateList": [{"OutBizId": "210987654399", "OrderType": 0, "Amount": "0.07",
                        "BizTimeStr": "2026-11-21 20:00:00", "ProductCode": "p", "ProductName": "n"}]
    }
  ]
})")
            .object();
    }

private slots:
    void readsTheDocumentedResponse()
    {
        const AlibabaInvoicePage page = AlibabaInvoicePage::parse(documentedResponse());
        QCOMPARE(page.count, 2);
        QCOMPARE(page.pageNumber, 1);
        QVERIFY2(page.problems.isEmpty(), qPrintable(page.problems.join(u'\n')));
        QCOMPARE(page.invoices.size(), 2);

        const MarketplaceInvoice& first = page.invoices.first();
        QCOMPARE(first.marketplaceId, QStringLiteral("98765432101234567"));
        QVERIFY(first.pending);
        QCOMPARE(first.marketplaceType, 3);
        QCOMPARE(first.type, InvoiceType::VatSpecial);
        QCOMPARE(first.medium, InvoiceMedium::Digital);
        QCOMPARE(first.amount.fen(), 128850);
        QCOMPARE(first.appliedAt, QDateTime(QDate(2026, 11, 20), QTime(1, 15, 30), Qt::UTC));
        QCOMPARE(first.titleKind(), TitleKind::Enterprise);
        QCOMPARE(first.taxpayerId, QStringLiteral("91330100MA2XXXXX1K"));
        QCOMPARE(first.bankAccount, QStringLiteral("571900000010101"));
        QCOMPARE(first.recipient, QStringLiteral("王芳"));
        QCOMPARE(first.postcode, QStringLiteral("310000"));
        QCOMPARE(first.email, QStringLiteral("finance@example.cn"));
        QCOMPARE(first.userNotice, QStringLiteral("请尽快开具"));
        QCOMPARE(first.orders.size(), 2);
        QCOMPARE(first.orders.at(0).orderNo, QStringLiteral("210987654321"));
        QVERIFY(!first.orders.at(0).isBill);
        QVERIFY(first.orders.at(1).isBill);
        QCOMPARE(first.orders.at(1).amount.fen(), 28850);

        const MarketplaceInvoice& second = page.invoices.at(1);
        QVERIFY2(!second.pending, "\"Success\" means done");
        QCOMPARE(second.type, InvoiceType::VatNormal);
        QCOMPARE(second.medium, InvoiceMedium::Digital);
        QCOMPARE(second.titleKind(), TitleKind::Personal);
        QCOMPARE(second.amount.fen(), 7);
        QCOMPARE(second.appliedAt, QDateTime(QDate(2026, 11, 21), QTime(15, 59, 59), Qt::UTC));
    }

    void mapsStatusAndPaperOrElectronic()
    {
        QJsonObject response = documentedResponse();
        QJsonArray results = response.value(QStringLiteral("Result")).toArray();
        QJsonObject item = results.at(0).toObject();
        item.insert(QStringLiteral("Status"), QStringLiteral("1"));
        item.insert(QStringLiteral("Type"), 0);
        item.insert(QStringLiteral("MaterialType"), QStringLiteral("1"));
        results.replace(0, item);
        item.insert(QStringLiteral("Id"), QStringLiteral("2"));
        item.insert(QStringLiteral("MaterialType"), 0);
        results.replace(1, item);
        response.insert(QStringLiteral("Result"), results);
        const AlibabaInvoicePage page = AlibabaInvoicePage::parse(response);
        QCOMPARE(page.invoices.size(), 2);
        QVERIFY(!page.invoices.at(0).pending);
        QCOMPARE(page.invoices.at(0).medium, InvoiceMedium::Electronic);
        QCOMPARE(page.invoices.at(0).type, InvoiceType::VatNormal);
        QCOMPARE(page.invoices.at(1).medium, InvoiceMedium::Paper);
    }

    void amountsAreExactFen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("two decimals") << "1288.50" << qint64(128850);
        QTest::newRow("one decimal") << "0.1" << qint64(10);
        QTest::newRow("whole") << "300" << qint64(30000);
        QTest::newRow("binary-unfriendly") << "0.29" << qint64(29);
        QTest::newRow("large") << "9999999999.99" << qint64(999999999999);
        QTest::newRow("three decimals") << "1.005" << qint64(-1);
        QTest::newRow("negative") << "-5.00" << qint64(-1);
        QTest::newRow("exponent") << "1e3" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void amountsAreExactFen()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto amount = AlibabaInvoicePage::parseYuan(text);
        QCOMPARE(amount ? amount->fen() : -1, fen);
    }

    void badItemsAreNamedAndTheOthersKept()
    {
        QJsonObject response = documentedResponse();
        QJsonArray results = response.value(QStringLiteral("Result")).toArray();
        QJsonObject item = results.at(0).toObject();
        item.insert(QStringLiteral("Price"), QStringLiteral("12,00"));
        results.replace(0, item);
        QJsonObject unknown = results.at(1).toObject();
        unknown.insert(QStringLiteral("Status"), QStringLiteral("Weird"));
        results.append(unknown);
        response.insert(QStringLiteral("Result"), results);
        const AlibabaInvoicePage page = AlibabaInvoicePage::parse(response);
        QCOMPARE(page.invoices.size(), 1);
        QCOMPARE(page.problems.size(), 2);
        QVERIFY(page.problems.at(0).contains(QStringLiteral("98765432101234567")));
        QVERIFY(page.problems.at(0).contains(QStringLiteral("12,00")));
        QVERIFY(page.problems.at(1).contains(QStringLiteral("Weird")));
    }

    void timesRoundTripInChinaTime()
    {
        const QDateTime utc(QDate(2026, 1, 1), QTime(16, 30, 0), Qt::UTC);
        QCOMPARE(AlibabaInvoicePage::formatTime(utc), QStringLiteral("2026-01-02 00:30:00"));
        QCOMPARE(AlibabaInvoicePage::parseTime(QStringLiteral("2026-01-02 00:30:00")), utc);
        QVERIFY(!AlibabaInvoicePage::parseTime(QStringLiteral("2026/01/02")).isValid());
    }
};

QTEST_APPLESS_MAIN(TestAlibabaInvoicePage)
#include "tst_alibabainvoicepage.moc"
