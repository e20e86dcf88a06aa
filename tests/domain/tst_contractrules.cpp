#include "builtincalendar.h"
#include "chineseamount.h"
#include "contractrules.h"
#include "contracttext.h"
#include "requestpapercopy.h"
#include "savecontractdraft.h"

#include <QTest>

class TestContractRules : public QObject
{
    Q_OBJECT
private slots:
    void lineAmount_data()
    {
        QTest::addColumn<OrderType>("type");
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("refunded");
        QTest::addColumn<qint64>("expected"); // -1 for "cannot be listed"
        QTest::newRow("new, paid") << OrderType::New << OrderStatus::Paid << 10000LL << 0LL << 10000LL;
        QTest::newRow("renewal, completed, part refunded")
            << OrderType::Renewal << OrderStatus::Completed << 5000LL << 2000LL << 3000LL;
        QTest::newRow("change of spec, refunding")
            << OrderType::ChangeOfSpec << OrderStatus::Refunding << 5000LL << 0LL << -1LL;
        QTest::newRow("new, refunded") << OrderType::New << OrderStatus::Refunded << 5000LL << 5000LL << -1LL;
        QTest::newRow("refund order, paid")
            << OrderType::Refund << OrderStatus::Paid << 40000LL << 0LL << -40000LL;
        QTest::newRow("refund order, refunding")
            << OrderType::Refund << OrderStatus::Refunding << 40000LL << 0LL << -1LL;
    }
    void lineAmount()
    {
        QFETCH(OrderType, type);
        QFETCH(OrderStatus, status);
        QFETCH(qint64, paid);
        QFETCH(qint64, refunded);
        QFETCH(qint64, expected);
        const auto amount
            = ContractRules::lineAmount(type, status, Money::fromFen(paid), Money::fromFen(refunded));
        if (expected == -1)
            QVERIFY(!amount);
        else
            QCOMPARE(amount->fen(), expected);
    }

    void individualBuyers_signTwoSided()
    {
        QCOMPARE(ContractRules::imposedSeal(true), SealMethod::TwoSided);
        QVERIFY(!ContractRules::imposedSeal(false));
    }

    void contractNumber_comesFromDateAndId()
    {
        const QUuid id = QUuid::fromString(QStringLiteral("018f0000-0007-7e19-ab2b-180f8c66e925"));
        // 20:00 UTC on 22 November is already 23 November in China.
        const QDateTime at(QDate(2026, 11, 22), QTime(20, 0), Qt::UTC);
        QCOMPARE(ContractRules::contractNumber(id, at), QStringLiteral("HT20261123-8C66E925"));
        // Time-ordered ids made in the same millisecond differ in their tail only.
        const QUuid sibling = QUuid::fromString(QStringLiteral("018f0000-0007-7e19-ab2b-180f8c66e926"));
        QVERIFY(ContractRules::contractNumber(sibling, at) != ContractRules::contractNumber(id, at));
    }

    void paperCopyDue_countsWorkingDaysOnTheHolidayCalendar_data()
    {
        QTest::addColumn<QDateTime>("requested");
        QTest::addColumn<QDateTime>("due");
        // Times in UTC; China is 8 hours ahead.
        QTest::newRow("ordinary week") << QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC)
                                       << QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
        // Tuesday 29 September: the 30th, then National Day 1–7 October off, then 8, 9 and the
        // make-up Saturday 10 October, then Monday 12.
        QTest::newRow("across National Day") << QDateTime(QDate(2026, 9, 29), QTime(2, 0), Qt::UTC)
                                             << QDateTime(QDate(2026, 10, 12), QTime(2, 0), Qt::UTC);
        // 17:00 UTC on Friday is Saturday 01:00 in China: Monday to Friday count, due Friday 01:00
        // in China, which is Thursday 17:00 UTC.
        QTest::newRow("Friday night UTC") << QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC)
                                          << QDateTime(QDate(2026, 11, 26), QTime(17, 0), Qt::UTC);
    }
    void paperCopyDue_countsWorkingDaysOnTheHolidayCalendar()
    {
        QFETCH(QDateTime, requested);
        QFETCH(QDateTime, due);
        QString error;
        const WorkingCalendar calendar = BuiltInCalendar::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ContractRules::paperCopyDue(requested, 5, calendar), due);
    }

    void paperCopyRequest_allowsOneOrTwoCopies()
    {
        RequestPaperCopy command;
        command.recipient = QStringLiteral("张三");
        command.phone = QStringLiteral("13900001111");
        command.address = QStringLiteral("上海市浦东新区世纪大道100号");
        command.postcode = QStringLiteral("200120");
        for (int copies : {0, 1, 2, 3}) {
            command.copies = copies;
            QCOMPARE(command.validate().isEmpty(), copies == 1 || copies == 2);
        }
        command.copies = 1;
        command.postcode = QStringLiteral("2001");
        QCOMPARE(command.validate().value(0).field, QStringLiteral("postcode"));
    }

    void capitals_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0LL << QStringLiteral("零元整");
        QTest::newRow("jiao only") << 50LL << QStringLiteral("伍角整");
        QTest::newRow("fen only") << 7LL << QStringLiteral("柒分");
        QTest::newRow("100.07") << 10007LL << QStringLiteral("壹佰元零柒分");
        QTest::newRow("1234.50") << 123450LL << QStringLiteral("壹仟贰佰叁拾肆元伍角整");
        QTest::newRow("1010") << 101000LL << QStringLiteral("壹仟零壹拾元整");
        QTest::newRow("10005") << 1000500LL << QStringLiteral("壹万零伍元整");
        QTest::newRow("100000") << 10000000LL << QStringLiteral("壹拾万元整");
        QTest::newRow("100100") << 10010000LL << QStringLiteral("壹拾万零壹佰元整");
        QTest::newRow("100000005.55") << 10000000555LL << QStringLiteral("壹亿零伍元伍角伍分");
        QTest::newRow("20000000") << 2000000000LL << QStringLiteral("贰仟万元整");
        QTest::newRow("negative") << -40000LL << QStringLiteral("负肆佰元整");
    }
    void capitals()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, expected);
        QCOMPARE(ChineseAmount::capitals(Money::fromFen(fen)), expected);
    }

    void text_fillsEveryPlaceholderAndEscapes_data()
    {
        QTest::addColumn<ContractKind>("kind");
        for (ContractKind kind : enumValues<ContractKind>())
            QTest::newRow(qPrintable(enumKey(kind))) << kind;
    }
    void text_fillsEveryPlaceholderAndEscapes()
    {
        QFETCH(ContractKind, kind);
        ContractDocument document;
        document.contractNo = QStringLiteral("HT20261123-0A1B2C3D");
        document.kind = kind;
        document.seal = SealMethod::TwoSided;
        document.partyA = {QStringLiteral("星海 <贸易> & 公司"), QStringLiteral("上海"),
                           QStringLiteral("张三"), QStringLiteral("13900001111"), QStringLiteral("a@b.cn")};
        document.partyB.name = QStringLiteral("杭州云栈科技有限公司");
        document.validFrom = QDate(2026, 12, 1);
        document.validUntil = QDate(2027, 11, 30);
        document.frameworkNo = QStringLiteral("HT20261101-00000001");
        document.filingProject = QStringLiteral("数据中心上云项目");
        document.lines = {{QStringLiteral("1003"), QStringLiteral("云数据库备份"), QStringLiteral("新购"),
                           Money::fromFen(30000)},
                          {QStringLiteral("1006"), QStringLiteral("云数据库备份"), QStringLiteral("退款"),
                           Money::fromFen(-20000)}};
        const QString text = ContractText::render(document);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(QStringLiteral("{{")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("HT20261123-0A1B2C3D")));
        QVERIFY(text.contains(QStringLiteral("星海 &lt;贸易&gt; &amp; 公司")));
        QVERIFY(text.contains(QStringLiteral("2027年11月30日")));
        QVERIFY(text.contains(QStringLiteral("双方电子签章")));
        if (kind == ContractKind::Framework) {
            QVERIFY(!text.contains(QStringLiteral("1003")));
        } else {
            QVERIFY(text.contains(QStringLiteral("HT20261101-00000001")));
            QVERIFY(text.contains(QStringLiteral("¥100.00")));
            QVERIFY(text.contains(QStringLiteral("壹佰元整")));
        }
        QCOMPARE(text.contains(QStringLiteral("数据中心上云项目")), kind == ContractKind::Filing);
    }

    void draft_roundTripsThroughJson()
    {
        SaveContractDraft draft;
        draft.contractId = QStringLiteral("c1");
        draft.kind = ContractKind::Filing;
        draft.seal = SealMethod::TwoSided;
        draft.orderIds = {QStringLiteral("o1"), QStringLiteral("o2")};
        draft.partyA.name = QStringLiteral("星海");
        draft.validFrom = QDate(2026, 12, 1);
        draft.validUntil = QDate(2026, 11, 30);
        draft.step = ContractSubState::ConfirmingText;
        const SaveContractDraft back = SaveContractDraft::fromJson(draft.toJson());
        QCOMPARE(back.orderIds, draft.orderIds);
        QCOMPARE(back.kind, draft.kind);
        QCOMPARE(back.partyA, draft.partyA);
        QCOMPARE(back.validUntil, draft.validUntil);
        QCOMPARE(back.step, draft.step);
        const FieldErrors errors = draft.validate();
        const auto has = [&errors](const char* field) {
            return std::any_of(errors.cbegin(), errors.cend(), [field](const FieldError& error) {
                return error.field == QLatin1String(field);
            });
        };
        QVERIFY(has("validUntil"));
        QVERIFY(has("filingProject"));
        QVERIFY(has("partyPhone"));
        QVERIFY(has("buyer"));
        QVERIFY(!has("orders"));

        // Half done while filling in: only what is there is checked.
        draft.step = ContractSubState::FillingIn;
        draft.buyerId = QStringLiteral("b1");
        draft.vendorId = QStringLiteral("v1");
        draft.validUntil = QDate();
        draft.filingProject.clear();
        QVERIFY(draft.validate().isEmpty());
        draft.partyA.phone = QStringLiteral("12");
        QCOMPARE(draft.validate().value(0).field, QStringLiteral("partyPhone"));
    }
};

QTEST_APPLESS_MAIN(TestContractRules)
#include "tst_contractrules.moc"
