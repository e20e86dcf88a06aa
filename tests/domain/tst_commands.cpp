#include "importholidays.h"
#include "savesetting.h"
#include "updatevendorcontact.h"

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
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
