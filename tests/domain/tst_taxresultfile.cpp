#include "taxresultfile.h"

#include <QTest>

class TestTaxResultFile : public QObject
{
    Q_OBJECT
private slots:
    void readsLines_skippingAHeader()
    {
        const auto result = TaxResultFile::parse(QStringLiteral("订单ID,发票编号,物流公司,快递编号\n"
                                                                "2001,04471235,顺丰速运,SF1234567890\n"
                                                                "2002,12345678901234567890,,\n")
                                                     .toUtf8());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.lines.size(), 2);
        QCOMPARE(result.lines.at(0).line, 2);
        QCOMPARE(result.lines.at(0).courier, QStringLiteral("顺丰速运"));
        QVERIFY(result.lines.at(0).problem.isEmpty());
        QVERIFY(result.lines.at(1).problem.isEmpty());
    }

    void problems_perLine()
    {
        const auto result = TaxResultFile::parse(QByteArray("2001,0447,SF,SF1234567890\n"
                                                            "2002,04471236,SF,\n"
                                                            "2003,04471237,SF,SF12\n"
                                                            "2004,04471238,SF,SF1234567890\n"
                                                            "2004,04471239,SF,SF1234567891\n"
                                                            "2005,04471238,SF,SF1234567892\n"
                                                            ",04471240,SF,SF1234567893\n"));
        QCOMPARE(result.lines.size(), 7);
        QVERIFY(!result.lines.at(0).problem.isEmpty()); // short number
        QVERIFY(!result.lines.at(1).problem.isEmpty()); // courier without tracking number
        QVERIFY(!result.lines.at(2).problem.isEmpty()); // short tracking number
        QVERIFY(result.lines.at(3).problem.isEmpty());
        QVERIFY(result.lines.at(4).problem.contains(QLatin1String("2004"))); // order twice
        QVERIFY(result.lines.at(5).problem.contains(QLatin1String("04471238"))); // number twice
        QVERIFY(!result.lines.at(6).problem.isEmpty()); // no order
    }

    void emptyFile_isAnError() { QVERIFY(!TaxResultFile::parse("").error.isEmpty()); }
};

QTEST_GUILESS_MAIN(TestTaxResultFile)
#include "tst_taxresultfile.moc"
