#include "materialchangerule.h"
#include "recordmaterialchange.h"
#include "reportmaterialchange.h"

#include <QTest>

namespace {
QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

RecordMaterialChange renaming()
{
    RecordMaterialChange command;
    command.header = {CommandId(QUuid::createUuid()), QStringLiteral("reviewer1"), utc(2026, 11, 24, 2)};
    command.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.vendorId = VendorId::fromString(QUuid::createUuid().toString(QUuid::WithoutBraces));
    command.kind = MaterialChangeKind::CompanyName;
    command.effectiveOn = QDate(2026, 11, 1);
    command.reportedOn = QDate(2026, 11, 20);
    command.before = QStringLiteral("杭州云栈科技有限公司");
    command.after = QStringLiteral("杭州云栈数智科技有限公司");
    command.note = QStringLiteral("营业执照已换发");
    return command;
}

QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    return fields;
}
} // namespace

/// SPEC 2.5: material changes are reported within 30 days of taking effect, on China's calendar.
class TestMaterialChangeRules : public QObject
{
    Q_OBJECT
private slots:
    void reportIsDueBy2400ChinaTimeOfTheThirtiethDay()
    {
        // Effective 1 Nov: the 30th day after is 1 Dec, which ends at 16:00 UTC.
        QCOMPARE(MaterialChangeRule::reportDeadline(QDate(2026, 11, 1)), utc(2026, 12, 1, 16));
        QCOMPARE(MaterialChangeRule::startOfChinaDay(QDate(2026, 11, 1)), utc(2026, 10, 31, 16));
        // 23:30 UTC on 30 Nov is already 1 Dec in China.
        QCOMPARE(MaterialChangeRule::chinaDate(utc(2026, 11, 30, 23, 30)), QDate(2026, 12, 1));
    }

    void state_data()
    {
        QTest::addColumn<QDate>("reportedOn");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("expected");
        using State = MaterialChangeRule::ReportState;
        QTest::newRow("awaited, a minute left") << QDate() << utc(2026, 12, 1, 15, 59) << int(State::Due);
        QTest::newRow("awaited, passed") << QDate() << utc(2026, 12, 1, 16) << int(State::Overdue);
        QTest::newRow("reported on the last day")
            << QDate(2026, 12, 1) << utc(2027, 1, 5, 0) << int(State::InTime);
        QTest::newRow("reported before it took effect")
            << QDate(2026, 10, 20) << utc(2026, 11, 2, 0) << int(State::InTime);
        QTest::newRow("reported a day late") << QDate(2026, 12, 2) << utc(2026, 12, 2, 0) << int(State::Late);
    }

    void state()
    {
        QFETCH(QDate, reportedOn);
        QFETCH(QDateTime, now);
        QFETCH(int, expected);
        QCOMPARE(int(MaterialChangeRule::state(QDate(2026, 11, 1), reportedOn, now)), expected);
    }

    void recordValidation_namesEachField()
    {
        QVERIFY(renaming().validate().isEmpty());
        RecordMaterialChange unchanged = renaming();
        unchanged.after = QStringLiteral(" 杭州云栈科技有限公司 ");
        QCOMPARE(fieldsOf(unchanged.validate()), QStringList {QStringLiteral("after")});
        RecordMaterialChange empty = renaming();
        empty.after = QStringLiteral("  ");
        empty.effectiveOn = QDate();
        QCOMPARE(fieldsOf(empty.validate()),
                 (QStringList {QStringLiteral("effective_on"), QStringLiteral("after")}));
        RecordMaterialChange future = renaming();
        future.reportedOn = QDate(2026, 11, 25); // the command is at 10:00 on 24 Nov, China time
        QCOMPARE(fieldsOf(future.validate()), QStringList {QStringLiteral("reported_on")});
        RecordMaterialChange awaited = renaming();
        awaited.reportedOn = QDate();
        QVERIFY(awaited.validate().isEmpty());
        RecordMaterialChange tooLong = renaming();
        tooLong.before = QString(RecordMaterialChange::maximumValueLength + 1, QLatin1Char('x'));
        tooLong.note = QString(RecordMaterialChange::maximumNoteLength + 1, QLatin1Char('x'));
        QCOMPARE(fieldsOf(tooLong.validate()),
                 (QStringList {QStringLiteral("before"), QStringLiteral("note")}));

        ReportMaterialChange report {
            {CommandId(QUuid::createUuid()), QStringLiteral("reviewer1"), utc(2026, 11, 24, 2)},
            QStringLiteral("c1"),
            1,
            QDate(2026, 11, 24)};
        QVERIFY(report.validate().isEmpty());
        report.reportedOn = QDate(2026, 11, 25);
        QCOMPARE(fieldsOf(report.validate()), QStringList {QStringLiteral("reported_on")});
        report.reportedOn = QDate();
        QCOMPARE(fieldsOf(report.validate()), QStringList {QStringLiteral("reported_on")});
    }

    void commandsRoundTripThroughJson()
    {
        const RecordMaterialChange command = renaming();
        const RecordMaterialChange back = RecordMaterialChange::fromJson(command.toJson());
        QCOMPARE(back.toJson(), command.toJson());
        QCOMPARE(back.kind, MaterialChangeKind::CompanyName);
        QCOMPARE(back.effectiveOn, QDate(2026, 11, 1));
        QCOMPARE(back.reportedOn, QDate(2026, 11, 20));
        QCOMPARE(back.after, QStringLiteral("杭州云栈数智科技有限公司"));
        RecordMaterialChange awaited = renaming();
        awaited.reportedOn = QDate();
        QVERIFY(!RecordMaterialChange::fromJson(awaited.toJson()).reportedOn.isValid());

        const ReportMaterialChange report {
            {CommandId(QUuid::createUuid()), QStringLiteral("reviewer1"), utc(2026, 11, 24, 2)},
            QStringLiteral("c1"),
            3,
            QDate(2026, 11, 24)};
        const ReportMaterialChange reportBack = ReportMaterialChange::fromJson(report.toJson());
        QCOMPARE(reportBack.baseVersion, 3);
        QCOMPARE(reportBack.reportedOn, QDate(2026, 11, 24));
        QCOMPARE(reportBack.toJson(), report.toJson());
    }
};

QTEST_GUILESS_MAIN(TestMaterialChangeRules)
#include "tst_materialchangerules.moc"
