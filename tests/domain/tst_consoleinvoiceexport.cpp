#include "consoleinvoiceexport.h"

#include <QStringEncoder>
#include <QTest>

namespace {

const QString header
    = QStringLiteral("订单ID,客户ID,联系方式,发票编号,发票金额,发票类型,发票状态,申请时间,开票时间\n");

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

} // namespace

class TestConsoleInvoiceExport : public QObject
{
    Q_OBJECT
private slots:
    void goodFile_readsEveryField()
    {
        const auto result = ConsoleInvoiceExport::parse(utf8(
            header
            + QStringLiteral("200000000001,C1001,13812345678,04471235,\"1,234.50\",增值税专用发票,已邮寄,"
                             "2026-11-20 10:05:00,2026-11-21 09:00:00\n"
                             "200000000002,C1002,138****5678,,88,数电普票,待处理,2026/11/22 08:30,\n")));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.badLines.size(), 0);
        QCOMPARE(result.rows.size(), 2);
        const auto& first = result.rows.at(0);
        QCOMPARE(first.line, 2);
        QCOMPARE(first.orderNo, QStringLiteral("200000000001"));
        QCOMPARE(first.amount, Money::fromFen(123450));
        QCOMPARE(first.type, InvoiceType::VatSpecial);
        QCOMPARE(first.medium, InvoiceMedium::Paper);
        QCOMPARE(first.status, InvoiceStatus::Delivered);
        QCOMPARE(first.appliedAt, QDateTime(QDate(2026, 11, 20), QTime(2, 5), Qt::UTC));
        QCOMPARE(first.invoicedAt, QDateTime(QDate(2026, 11, 21), QTime(1, 0), Qt::UTC));
        const auto& second = result.rows.at(1);
        QCOMPARE(second.medium, InvoiceMedium::Digital);
        QCOMPARE(second.contactPhone, QStringLiteral("138****5678"));
        QVERIFY(second.invoicedAt.isNull());
    }

    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc"); // invalid: refused
        const QDateTime invalid;
        QTest::newRow("full") << "2026-11-20 10:05:00"
                              << QDateTime(QDate(2026, 11, 20), QTime(2, 5), Qt::UTC);
        QTest::newRow("slashes, no seconds")
            << "2026/11/22 08:30" << QDateTime(QDate(2026, 11, 22), QTime(0, 30), Qt::UTC);
        QTest::newRow("one-digit parts")
            << "2026-1-2 7:05:09" << QDateTime(QDate(2026, 1, 1), QTime(23, 5, 9), Qt::UTC);
        QTest::newRow("T and spaces around")
            << " 2026-11-20T10:05:00 " << QDateTime(QDate(2026, 11, 20), QTime(2, 5), Qt::UTC);
        QTest::newRow("date only") << "2026-11-20" << invalid;
        QTest::newRow("February 30th") << "2026-02-30 10:00:00" << invalid;
        QTest::newRow("hour 24") << "2026-11-20 24:00:00" << invalid;
        QTest::newRow("one-digit minute") << "2026-11-20 10:5:00" << invalid;
        QTest::newRow("trailing text") << "2026-11-20 10:05:00 +08" << invalid;
        QTest::newRow("two-digit year") << "26-11-20 10:05:00" << invalid;
        QTest::newRow("full-width digits") << "２026-11-20 10:05:00" << invalid;
        QTest::newRow("empty") << "" << invalid;
    }

    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const std::optional<QDateTime> parsed = ConsoleInvoiceExport::parseTime(text);
        QCOMPARE(parsed.has_value(), utc.isValid());
        if (parsed)
            QCOMPARE(*parsed, utc);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text
            = header
            + QStringLiteral(
                  "200000000003,C1003,13812345678,,50.00,增值税普通发票,处理中,2026-11-22 08:30:00,\n");
        QTest::newRow("UTF-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                                   << QStringLiteral("UTF-8 BOM");
        QStringEncoder gbk("GBK");
        QTest::newRow("GBK") << QByteArray(gbk.encode(text)) << QStringLiteral("GB18030");
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16") << QByteArray(utf16.encode(text)) << QStringLiteral("UTF-16");
        QString crlf = text;
        crlf.replace(u'\n', QStringLiteral("\r\n"));
        QTest::newRow("CRLF") << crlf.toUtf8() << QStringLiteral("UTF-8");
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto result = ConsoleInvoiceExport::parse(bytes);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.badLines.size(), 0);
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().status, InvoiceStatus::Processing);
        QCOMPARE(result.rows.first().amount, Money::fromFen(5000));
    }

    void embeddedNewlines_keepLineNumbers()
    {
        const auto result = ConsoleInvoiceExport::parse(
            utf8(header
                 + QStringLiteral(
                     "200000000004,\"C\n1004\",13812345678,,10,增值税普通发票,待处理,2026-11-22 08:30:00,\n"
                     "200000000005,C1005,13812345678,,x,增值税普通发票,待处理,2026-11-22 08:30:00,\n")));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().customerNo, QStringLiteral("C\n1004"));
        QCOMPARE(result.badLines.size(), 1);
        QCOMPARE(result.badLines.first().line, 4);
        QVERIFY(result.badLines.first().reason.contains(QStringLiteral("发票金额")));
    }

    void badLines_nameTheColumn_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("column");
        QTest::newRow("amount zero") << "2001,C1,13812345678,,0,增值税普通发票,待处理,2026-11-22 08:30:00,"
                                     << "发票金额";
        QTest::newRow("amount separators misplaced")
            << "2001,C1,13812345678,,\"12,34.00\",增值税普通发票,待处理,2026-11-22 08:30:00,"
            << "发票金额";
        QTest::newRow("type") << "2001,C1,13812345678,,10,发票,待处理,2026-11-22 08:30:00,"
                              << "发票类型";
        QTest::newRow("status") << "2001,C1,13812345678,,10,增值税普通发票,好,2026-11-22 08:30:00,"
                                << "发票状态";
        QTest::newRow("applied at") << "2001,C1,13812345678,,10,增值税普通发票,待处理,昨天,"
                                    << "申请时间";
        QTest::newRow("invoice number")
            << "2001,C1,13812345678,123,10,增值税普通发票,已开票,2026-11-22 08:30:00,"
            << "发票编号";
        QTest::newRow("empty order") << ",C1,13812345678,,10,增值税普通发票,待处理,2026-11-22 08:30:00,"
                                     << "订单ID";
        QTest::newRow("phone") << "2001,C1,call me,,10,增值税普通发票,待处理,2026-11-22 08:30:00,"
                               << "联系方式";
    }

    void badLines_nameTheColumn()
    {
        QFETCH(QString, line);
        QFETCH(QString, column);
        const auto result = ConsoleInvoiceExport::parse(utf8(header + line + u'\n'));
        QCOMPARE(result.rows.size(), 0);
        QCOMPARE(result.badLines.size(), 1);
        QCOMPARE(result.badLines.first().line, 2);
        QVERIFY2(result.badLines.first().reason.contains(column), qPrintable(result.badLines.first().reason));
        QCOMPARE(result.badLines.first().fields.size(), 9);
    }

    void duplicateOrderIds_areRejected()
    {
        const QString line
            = QStringLiteral("2001,C1,13812345678,,10,增值税普通发票,待处理,2026-11-22 08:30:00,\n");
        const auto result = ConsoleInvoiceExport::parse(utf8(header + line + line));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.badLines.size(), 1);
        QCOMPARE(result.badLines.first().line, 3);
        QVERIFY(result.badLines.first().reason.contains(QLatin1String("2")));
    }

    void nulBytes_andHugeFields_areBadLines()
    {
        QByteArray bytes = utf8(header);
        bytes += QByteArray("2001,C1,13812345678,,10,", 24) + QByteArray(1, '\0')
            + utf8(QStringLiteral("增值税普通发票,待处理,2026-11-22 08:30:00,\n"));
        bytes += "2002,\"" + QByteArray(qsizetype(10) * 1024 * 1024, 'x')
            + utf8(QStringLiteral("\",13812345678,,10,增值税普通发票,待处理,2026-11-22 08:30:00,\n"));
        bytes += utf8(QStringLiteral("2003,C3,13812345678,,10,增值税普通发票,待处理,2026-11-22 08:30:00,\n"));
        const auto result = ConsoleInvoiceExport::parse(bytes);
        QCOMPARE(result.badLines.size(), 2);
        QVERIFY(result.badLines.at(0).reason.contains(QLatin1String("NUL")));
        QVERIFY(result.badLines.at(1).reason.contains(QStringLiteral("客户ID")));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().orderNo, QStringLiteral("2003"));
    }

    /// A UTF-8 export with a damaged byte (a truncated character) stays UTF-8: read as GBK, every
    /// Chinese header name was lost and the whole file was "not a console export".
    void damagedUtf8_losesOnlyItsLine()
    {
        QByteArray bytes = utf8(header);
        bytes += utf8(QStringLiteral("2001,C1,13812345678,,10,")) + QByteArray("\xE5\xA2")
            + utf8(QStringLiteral("值税普通发票,待处理,2026-11-22 08:30:00,\n"));
        bytes += utf8(QStringLiteral("2002,C2,13812345678,,10,增值税普通发票,待处理,2026-11-22 08:30:00,\n"));
        const auto result = ConsoleInvoiceExport::parse(bytes);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(result.badLines.size(), 1);
        QCOMPARE(result.badLines.first().line, 2);
        QVERIFY2(result.badLines.first().reason.contains(QStringLiteral("encoding")),
                 qPrintable(result.badLines.first().reason));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().orderNo, QStringLiteral("2002"));
    }

    void unclosedQuote_isReportedWithItsLine()
    {
        const auto result = ConsoleInvoiceExport::parse(
            utf8(header
                 + QStringLiteral("2001,\"C1,13812345678,,10,增值税普通发票,待处理,2026-11-22 08:30:00,\n")));
        QCOMPARE(result.badLines.size(), 1);
        QCOMPARE(result.badLines.first().line, 2);
    }

    void wrongHeader_isAFileError()
    {
        QVERIFY(ConsoleInvoiceExport::parse("").error.size() > 0);
        const auto result = ConsoleInvoiceExport::parse(utf8(QStringLiteral("订单ID,客户ID\n1,2\n")));
        QVERIFY(result.error.contains(QStringLiteral("发票金额")));
    }

    void columnOrder_doesNotMatter()
    {
        const auto result = ConsoleInvoiceExport::parse(utf8(QStringLiteral(
            "操作,开票时间,申请时间,发票状态,发票类型,发票金额,发票编号,联系方式,客户ID,订单ID\n"
            "查看,,2026-11-22 08:30:00,待处理,增值税普通发票,\"¥2,000\",,13812345678,C9,2009\n")));
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().orderNo, QStringLiteral("2009"));
        QCOMPARE(result.rows.first().amount, Money::fromYuan(2000));
    }
};

QTEST_GUILESS_MAIN(TestConsoleInvoiceExport)
#include "tst_consoleinvoiceexport.moc"
