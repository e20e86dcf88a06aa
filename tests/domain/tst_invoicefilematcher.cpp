#include "invoicefilematcher.h"

#include <QTest>

class TestInvoiceFileMatcher : public QObject
{
    Q_OBJECT
private slots:
    void match_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("expected"); // empty: a problem is expected

        QTest::newRow("invoice number") << QStringList {QStringLiteral("dzfp_04471235_星海科技.pdf")}
                                        << QStringLiteral("dzfp_04471235_星海科技.pdf");
        QTest::newRow("after Chinese text")
            << QStringList {QStringLiteral("发票04471235.ofd")} << QStringLiteral("发票04471235.ofd");
        QTest::newRow("only inside a longer number")
            << QStringList {QStringLiteral("104471235.pdf"), QStringLiteral("044712350.pdf")} << QString();
        QTest::newRow("order ID when no number matches")
            << QStringList {QStringLiteral("order-2001.xml"), QStringLiteral("order-20011.pdf")}
            << QStringLiteral("order-2001.xml");
        QTest::newRow("invoice number before order ID")
            << QStringList {QStringLiteral("2001.pdf"), QStringLiteral("04471235.xml")}
            << QStringLiteral("04471235.xml");
        QTest::newRow("PDF before OFD before XML")
            << QStringList {QStringLiteral("04471235.xml"), QStringLiteral("04471235.OFD"),
                            QStringLiteral("04471235.pdf")}
            << QStringLiteral("04471235.pdf");
        QTest::newRow("OFD before XML")
            << QStringList {QStringLiteral("04471235.xml"), QStringLiteral("04471235.ofd")}
            << QStringLiteral("04471235.ofd");
        QTest::newRow("two names for one invoice")
            << QStringList {QStringLiteral("04471235.pdf"), QStringLiteral("04471235 (1).pdf")} << QString();
        QTest::newRow("other formats ignored")
            << QStringList {QStringLiteral("04471235.png"), QStringLiteral("04471235.pdf.tmp")} << QString();
        QTest::newRow("empty folder") << QStringList {} << QString();
    }

    void match()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        const InvoiceFileMatcher matcher(files);
        const InvoiceFileMatcher::Match found
            = matcher.match(QStringLiteral("04471235"), QStringLiteral("2001"));
        QCOMPARE(found.fileName, expected);
        QCOMPARE(found.problem.isEmpty(), !expected.isEmpty());
    }

    void problems_nameWhatWasSought()
    {
        const InvoiceFileMatcher none({QStringLiteral("other.pdf")});
        const QString problem = none.match(QStringLiteral("04471235"), QStringLiteral("2001")).problem;
        QVERIFY(problem.contains(QLatin1String("04471235")));
        QVERIFY(problem.contains(QLatin1String("2001")));
        const InvoiceFileMatcher two({QStringLiteral("a_2001.pdf"), QStringLiteral("b_2001.pdf")});
        QVERIFY(two.match(QStringLiteral("04471235"), QStringLiteral("2001"))
                    .problem.contains(QLatin1String("b_2001.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceFileMatcher)
#include "tst_invoicefilematcher.moc"
