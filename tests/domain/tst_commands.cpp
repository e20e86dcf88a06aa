#include "checkapplicationitem.h"
#include "decideapplication.h"
#include "decidesurcharge.h"
#include "importholidays.h"
#include "issueinvoicebatch.h"
#include "movevendor.h"
#include "recorddepositentry.h"
#include "recordreceiptmailing.h"
#include "recordviolation.h"
#include "saveapplication.h"
#include "savecatalogueentry.h"
#include "saverole.h"
#include "savesetting.h"
#include "updatevendorcontact.h"

#include <QJsonDocument>
#include <QTest>

namespace {

CommandHeader header()
{
    return {CommandId(QUuid::fromString(QStringLiteral("0b7d4d2e-8f7e-4d87-9d7e-3c51a0f3c9aa"))),
            QStringLiteral("王芳"), QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC)};
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void updateVendorContact_roundTripsThroughJson()
    {
        UpdateVendorContact command;
        command.header = header();
        command.vendor = VendorId(QUuid::createUuid());
        command.baseVersion = 3;
        command.contactPerson = QStringLiteral("李娜");
        command.phone = QStringLiteral("13812345678");
        command.email = QStringLiteral("li@example.cn");
        const QJsonObject json = command.toJson();
        QCOMPARE(json.value(QStringLiteral("command")).toString(), QStringLiteral("vendor.update_contact"));
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-23T09:30:00.000Z"));
        const UpdateVendorContact back = UpdateVendorContact::fromJson(json);
        QCOMPARE(back.header.id, command.header.id);
        QCOMPARE(back.header.actor, command.header.actor);
        QCOMPARE(back.header.at, command.header.at);
        QCOMPARE(back.vendor, command.vendor);
        QCOMPARE(back.baseVersion, 3);
        QCOMPARE(back.contactPerson, command.contactPerson);
        QCOMPARE(back.phone, command.phone);
        QCOMPARE(back.email, command.email);
    }

    void onboardingCommands_roundTripThroughJson()
    {
        // Every field survives: the JSON read back and written again is the JSON written. Files are
        // in the JSON by name and size only, so the files here are empty.
        const auto same = [](const auto& command) {
            using Command = std::decay_t<decltype(command)>;
            return Command::fromJson(command.toJson()).toJson() == command.toJson();
        };
        SaveApplication application;
        application.header = header();
        application.applicationId = QStringLiteral("a1");
        application.baseVersion = 2;
        application.submit = true;
        application.companyName = QStringLiteral("杭州云栈科技有限公司");
        application.contactPerson = QStringLiteral("王磊");
        application.phone = QStringLiteral("13812345678");
        application.email = QStringLiteral("wang@example.cn");
        application.category = VendorCategory::Service;
        application.entityType = EntityType::Individual;
        application.province = QStringLiteral("浙江省");
        application.city = QStringLiteral("杭州市");
        application.mainBusiness = QStringLiteral("运维");
        application.acceptsEntryAgreement = application.acceptsPlatformAgreement = true;
        application.marketIds = {QStringLiteral("m1"), QStringLiteral("m2")};
        application.serviceStaffCount = 16;
        application.serviceHours = QStringLiteral("5×8");
        application.warrantyPeriod = QStringLiteral("1 年");
        application.files = {{ApplicationFileKind::IdCard, QStringLiteral("id.png"), {}}};
        QVERIFY(same(application));
        QVERIFY(same(DecideApplication {header(), QStringLiteral("a1"), 3, ApplicationAction::Approve,
                                        QStringLiteral("放行"), VendorId(QUuid::createUuid())}));
        QVERIFY(same(CheckApplicationItem {header(), QStringLiteral("a1"), QStringLiteral("c1"), true,
                                           QStringLiteral("已核验")}));
        RecordDepositEntry entry;
        entry.header = header();
        entry.entryId = QStringLiteral("e1");
        entry.vendorId = VendorId(QUuid::createUuid());
        entry.kind = DepositEntryKind::Deduction;
        entry.amount = Money::fromFen(123456);
        entry.reason = QStringLiteral("违规扣除");
        entry.violationId = QStringLiteral("v1");
        QVERIFY(same(entry));
        QVERIFY(same(DecideSurcharge {header(), QStringLiteral("s1"), 1, true}));
        QVERIFY(same(RecordReceiptMailing {header(), QStringLiteral("e1"), QStringLiteral("顺丰速运"),
                                           QStringLiteral("SF1234567890")}));
        QVERIFY(same(MoveVendor {header(), VendorId(QUuid::createUuid()), 4, VendorAction::Expel,
                                 LeaveReason::Points, QStringLiteral("全年 24 分")}));
        RecordViolation violation;
        violation.header = header();
        violation.violationId = QStringLiteral("v1");
        violation.vendorId = VendorId(QUuid::createUuid());
        violation.violationTypeId = QStringLiteral("t1");
        violation.occurredOn = QDate(2026, 11, 20);
        violation.description = QStringLiteral("站外交易");
        violation.evidence = {{QStringLiteral("chat.png"), {}}};
        QVERIFY(same(violation));
        SaveCatalogueEntry market;
        market.header = header();
        market.entryId = QStringLiteral("m9");
        market.baseVersion = 1;
        market.key = QStringLiteral("iot");
        market.text = QStringLiteral("物联网市场");
        market.deposit = Money::fromYuan(15000);
        market.position = 7;
        market.active = false;
        QVERIFY(same(market));
    }

    void saveSetting_roundTripsThroughJson()
    {
        SaveSetting command {header(), QStringLiteral("invoice.sla_days"), QStringLiteral("10"), 2};
        const SaveSetting back = SaveSetting::fromJson(command.toJson());
        QCOMPARE(back.key, command.key);
        QCOMPARE(back.value, command.value);
        QCOMPARE(back.baseVersion, 2);
        QCOMPARE(back.header.id, command.header.id);
    }

    void importHolidays_roundTripsThroughJson()
    {
        ImportHolidays command {header(), {2027}, {{QDate(2027, 1, 1), QStringLiteral("元旦"), true}}};
        const ImportHolidays back = ImportHolidays::fromJson(command.toJson());
        QCOMPARE(back.years, command.years);
        QCOMPARE(back.days, command.days);
    }

    void issueInvoiceBatch_roundTripsThroughJson_withoutTheFile()
    {
        IssueInvoiceBatch command {header(),
                                   {{QStringLiteral("r1"),
                                     1,
                                     QStringLiteral("04471235"),
                                     QStringLiteral("顺丰速运"),
                                     QStringLiteral("SF1234567890"),
                                     {},
                                     {},
                                     {}},
                                    {QStringLiteral("r2"),
                                     3,
                                     QStringLiteral("04471236"),
                                     {},
                                     {},
                                     QStringLiteral("finance@xinghai.example.cn"),
                                     QStringLiteral("04471236.pdf"),
                                     QByteArray("%PDF-1.7")}}};
        const QJsonObject json = command.toJson();
        QVERIFY(!QJsonDocument(json).toJson().contains("%PDF"));
        const IssueInvoiceBatch back = IssueInvoiceBatch::fromJson(json);
        QCOMPARE(back.items.size(), 2);
        QCOMPARE(back.items.at(0).courier, QStringLiteral("顺丰速运"));
        QCOMPARE(back.items.at(1).baseVersion, 3);
        QCOMPARE(back.items.at(1).email, command.items.at(1).email);
        QCOMPARE(back.items.at(1).fileName, QStringLiteral("04471236.pdf"));
        QVERIFY(back.items.at(1).fileContent.isEmpty());
    }

    void saveRole_validatesKeyNameAndPermissions_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<QStringList>("fields");
        const QStringList list {QStringLiteral("invoice.list")};
        QTest::newRow("valid") << QStringLiteral("auditor_2") << QStringLiteral("稽核") << list
                               << QStringList();
        QTest::newRow("upper case") << QStringLiteral("Auditor") << QStringLiteral("稽核") << list
                                    << QStringList {QStringLiteral("key")};
        QTest::newRow("starts with a digit") << QStringLiteral("2auditor") << QStringLiteral("稽核") << list
                                             << QStringList {QStringLiteral("key")};
        QTest::newRow("too long") << QString(25, u'a') << QStringLiteral("稽核") << list
                                  << QStringList {QStringLiteral("key")};
        QTest::newRow("built-in") << QStringLiteral("clerk") << QStringLiteral("稽核") << list
                                  << QStringList {QStringLiteral("key")};
        QTest::newRow("the users' group") << QStringLiteral("user") << QStringLiteral("稽核") << list
                                          << QStringList {QStringLiteral("key")};
        QTest::newRow("no name, no permission")
            << QStringLiteral("auditor") << QStringLiteral(" ") << QStringList()
            << QStringList {QStringLiteral("name"), QStringLiteral("permissions")};
    }

    void saveRole_validatesKeyNameAndPermissions()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QFETCH(QStringList, permissions);
        QFETCH(QStringList, fields);
        const SaveRole role {header(), key, name, permissions};
        QStringList found;
        for (const FieldError& error : role.validate())
            found << error.field;
        QCOMPARE(found, fields);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
