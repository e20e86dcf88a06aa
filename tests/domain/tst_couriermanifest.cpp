#include "couriermanifest.h"

#include <QTest>

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

QList<CourierManifest::Recipient> recipients(const QList<std::pair<QString, QString>>& orderAndPhone)
{
    QList<CourierManifest::Recipient> list;
    for (const auto& [orderNo, phone] : orderAndPhone)
        list << CourierManifest::Recipient {orderNo, phone};
    return list;
}

} // namespace

class TestCourierManifest : public QObject
{
    Q_OBJECT
private slots:
    void columnsAreFoundByName_inAnyOrderAndLanguage()
    {
        const CourierManifest chinese = CourierManifest::parse(
            utf8(QStringLiteral("寄件日期,收件人,收件人电话,客户订单号,运单号,快递公司\n"
                                "2026-11-24,张三,138-1234-5678,2001,SF1234567890123,顺丰速运\n"
                                "\n"
                                "2026-11-24,李四,13900001111,,SF99,\n")));
        QVERIFY2(chinese.error().isEmpty(), qPrintable(chinese.error()));
        QCOMPARE(chinese.parcels().size(), 2);
        const CourierManifest::Parcel& first = chinese.parcels().first();
        QCOMPARE(first.line, 2);
        QCOMPARE(first.trackingNo, QStringLiteral("SF1234567890123"));
        QCOMPARE(first.orderNo, QStringLiteral("2001"));
        QCOMPARE(first.phone, QStringLiteral("138-1234-5678"));
        QCOMPARE(first.courier, QStringLiteral("顺丰速运"));
        QVERIFY(first.problem.isEmpty());
        QCOMPARE(chinese.parcels().at(1).line, 4);
        QVERIFY(chinese.parcels().at(1).problem.contains(QLatin1String("8 to 30")));

        const CourierManifest english
            = CourierManifest::parse("Waybill No.,Recipient Phone\nJD0012345678,13812345678\n");
        QVERIFY2(english.error().isEmpty(), qPrintable(english.error()));
        QCOMPARE(english.parcels().first().trackingNo, QStringLiteral("JD0012345678"));
        QVERIFY(english.parcels().first().courier.isEmpty());
    }

    void aFileWithoutTheColumns_isNotAList()
    {
        QVERIFY(
            CourierManifest::parse("order,phone\n2001,13812345678\n").error().contains(QLatin1String("not")));
        QVERIFY(!CourierManifest::parse(utf8(QStringLiteral("运单号,收件人\nSF1234567890,张三\n")))
                     .error()
                     .isEmpty());
        QVERIFY(!CourierManifest::parse(utf8(QStringLiteral("运单号,订单号\n"))).error().isEmpty());
        QVERIFY(!CourierManifest::parse("").error().isEmpty());
        const CourierManifest neither
            = CourierManifest::parse(utf8(QStringLiteral("运单号,订单号,收件人电话\nSF1234567890,,\n")));
        QVERIFY(neither.error().isEmpty());
        QVERIFY(neither.parcels().first().problem.contains(QLatin1String("neither")));
    }

    void referenceFirst_thenPhone_andSharedParcelsByPhone()
    {
        const CourierManifest manifest = CourierManifest::parse(
            utf8(QStringLiteral("运单号,订单号,收件人电话\n"
                                "SF0000000001,2001,13800000001\n" // line 2: by reference
                                "SF0000000002,,+86 138 0000 0002\n" // line 3: by phone, two requests
                                "SF0000000003,9999,13800000009\n" // line 4: nobody's
                                "SF0000000004,2004,13800000001\n"))); // line 5: by reference
        const CourierManifest::Assignment assignment
            = manifest.assign(recipients({{QStringLiteral("2001"), QStringLiteral("13800000001")},
                                          {QStringLiteral("2002"), QStringLiteral("138-0000-0002")},
                                          {QStringLiteral("2003"), QStringLiteral("13800000002")},
                                          {QStringLiteral("2004"), QStringLiteral("13800000001")},
                                          {QStringLiteral("2005"), QStringLiteral("13800000005")}}));
        QCOMPARE(assignment.matches.size(), 5);
        QCOMPARE(assignment.matches.at(0).trackingNo, QStringLiteral("SF0000000001"));
        QCOMPARE(assignment.matches.at(0).lines, QList<int> {2});
        QCOMPARE(assignment.matches.at(1).trackingNo, QStringLiteral("SF0000000002"));
        QCOMPARE(assignment.matches.at(2).trackingNo, QStringLiteral("SF0000000002"));
        // Same phone as order 2001's parcel, but its own parcel is named by reference.
        QCOMPARE(assignment.matches.at(3).trackingNo, QStringLiteral("SF0000000004"));
        QVERIFY(assignment.matches.at(4).trackingNo.isEmpty());
        QVERIFY(assignment.matches.at(4).problem.contains(QLatin1String("2005")));
        QCOMPARE(assignment.unusedLines, QList<int> {4});
    }

    void disagreeingParcels_areLeftToTheClerk()
    {
        const CourierManifest manifest
            = CourierManifest::parse(utf8(QStringLiteral("运单号,订单号,收件人电话\n"
                                                         "SF0000000001,2001,\n"
                                                         "SF0000000002,2001,\n"
                                                         "SF0000000003,,13800000002\n"
                                                         "SF0000000004,,13800000002\n"
                                                         "SF1,2003,13800000002\n")));
        const CourierManifest::Assignment assignment
            = manifest.assign(recipients({{QStringLiteral("2001"), QString()},
                                          {QStringLiteral("2002"), QStringLiteral("13800000002")},
                                          {QStringLiteral("2003"), QStringLiteral("13800000002")}}));
        QVERIFY(assignment.matches.at(0).trackingNo.isEmpty());
        QVERIFY(assignment.matches.at(0).problem.contains(QLatin1String("2, 3")));
        QVERIFY(assignment.matches.at(1).trackingNo.isEmpty());
        QVERIFY(assignment.matches.at(1).problem.contains(QLatin1String("4, 5")));
        // Its own line is unreadable: the parcels to its phone are no substitute.
        QVERIFY(assignment.matches.at(2).trackingNo.isEmpty());
        QCOMPARE(assignment.matches.at(2).lines, QList<int> {6});
        QVERIFY(assignment.matches.at(2).problem.contains(QLatin1String("Line 6")));
        QCOMPARE(assignment.unusedLines, (QList<int> {2, 3, 4, 5}));
    }
};

QTEST_GUILESS_MAIN(TestCourierManifest)
#include "tst_couriermanifest.moc"
