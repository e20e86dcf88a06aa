#include "buyerservice.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "query.h"

#include <QTest>
#include <QUuid>

class TestBuyerService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        InvoiceFixture::write(m_fresh->database());
    }
    void cleanup() { m_fresh.reset(); }

    void enterpriseTitle_needsEveryField()
    {
        SaveInvoiceTitle command = title(TitleKind::Enterprise, QStringLiteral("杭州新图科技有限公司"));
        command.taxpayerId = QStringLiteral("9133");
        command.account = QStringLiteral("12");
        QStringList fields;
        for (const FieldError& error : BuyerService(m_fresh->database()).saveTitle(command).fieldErrors)
            fields << error.field;
        QCOMPARE(
            fields,
            (QStringList {QStringLiteral("taxpayer_id"), QStringLiteral("bank"), QStringLiteral("account"),
                          QStringLiteral("registered_address"), QStringLiteral("registered_phone")}));
        SaveInvoiceTitle personal = title(TitleKind::Personal, QStringLiteral("李雷"));
        QCOMPARE(personal.validate().value(0).field, QStringLiteral("title"));
        personal.title = QStringLiteral("个人");
        QVERIFY(personal.validate().isEmpty());
        SaveInvoiceTitle school = title(TitleKind::Organisation, QStringLiteral("杭州市第二中学"));
        QVERIFY(school.validate().isEmpty());
        school.taxpayerId = QStringLiteral("x");
        QCOMPARE(school.validate().value(0).field, QStringLiteral("taxpayer_id"));
    }

    void newTitle_becomesTheOneValidTitle()
    {
        BuyerService service(m_fresh->database());
        SaveInvoiceTitle command = title(TitleKind::Enterprise, QStringLiteral("杭州新图科技有限公司"));
        command.taxpayerId = QStringLiteral("91330100MA27XXXX1F");
        command.bank = QStringLiteral("中国银行杭州分行");
        command.account = QStringLiteral("6222 0000 1111 2222");
        command.registeredAddress = QStringLiteral("杭州市西湖区文三路1号");
        command.registeredPhone = QStringLiteral("0571-88886666");
        QCOMPARE(service.saveTitle(command).kind, WriteOutcome::Kind::Done);
        InvoiceRequestRepository repository(m_fresh->database());
        const auto valid = repository.validTitle(QLatin1String(InvoiceFixture::buyerId));
        QVERIFY(valid);
        QCOMPARE(valid->id, command.titleId);
        QCOMPARE(valid->account, QStringLiteral("6222000011112222"));
        Query count(m_fresh->database(),
                    QStringLiteral("SELECT COUNT(*) FROM invoice_titles WHERE buyer_id = :buyer"));
        count.bind(QStringLiteral(":buyer"), QLatin1String(InvoiceFixture::buyerId)).exec();
        count.next();
        QCOMPARE(count.value(0).toInt(), 2);

        SaveInvoiceTitle fix = command;
        fix.header = InvoiceFixture::header(5);
        fix.baseVersion = 1;
        fix.bank = QStringLiteral("中国银行浙江省分行");
        QCOMPARE(service.saveTitle(fix).kind, WriteOutcome::Kind::Done);
        QCOMPARE(repository.validTitle(QLatin1String(InvoiceFixture::buyerId))->bank, fix.bank);
        fix.header = InvoiceFixture::header(6);
        QCOMPARE(service.saveTitle(fix).kind, WriteOutcome::Kind::Conflict);
    }

    void addresses_manyPerBuyer_oneDefault()
    {
        BuyerService service(m_fresh->database());
        SaveMailingAddress command;
        command.header = InvoiceFixture::header();
        command.buyerId = QLatin1String(InvoiceFixture::buyerId);
        command.addressId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        command.recipient = QStringLiteral("王五");
        command.phone = QStringLiteral("1390000");
        command.postcode = QStringLiteral("2000");
        QStringList fields;
        for (const FieldError& error : service.saveAddress(command).fieldErrors)
            fields << error.field;
        QCOMPARE(fields,
                 (QStringList {QStringLiteral("phone"), QStringLiteral("province"), QStringLiteral("city"),
                               QStringLiteral("address"), QStringLiteral("postcode")}));
        command.phone = QStringLiteral("13900003333");
        command.province = QStringLiteral("广东省");
        command.city = QStringLiteral("深圳市");
        command.address = QStringLiteral("南山区科技园路1号");
        command.postcode = QStringLiteral("518057");
        command.isDefault = true;
        QCOMPARE(service.saveAddress(command).kind, WriteOutcome::Kind::Done);
        const auto addresses
            = InvoiceRequestRepository(m_fresh->database()).addresses(QLatin1String(InvoiceFixture::buyerId));
        QCOMPARE(addresses.size(), 2);
        QCOMPARE(addresses.first().id, command.addressId); // the default comes first
        QVERIFY(!addresses.last().isDefault);
        command.header = InvoiceFixture::header(3);
        command.baseVersion = 1;
        command.recipient = QStringLiteral("王小五");
        QCOMPARE(service.saveAddress(command).kind, WriteOutcome::Kind::Done);
        command.header = InvoiceFixture::header(4);
        QCOMPARE(service.saveAddress(command).kind, WriteOutcome::Kind::Conflict);
    }

private:
    static SaveInvoiceTitle title(TitleKind kind, const QString& text)
    {
        SaveInvoiceTitle command;
        command.header = InvoiceFixture::header();
        command.buyerId = QLatin1String(InvoiceFixture::buyerId);
        command.titleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        command.kind = kind;
        command.title = text;
        return command;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestBuyerService)
#include "tst_buyerservice.moc"
