#include "xlsxwriter.h"
#include "zipwriter.h"

#include <QMap>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

namespace {

QByteArray inflateRaw(const QByteArray& raw, quint32 size)
{
    QByteArray out(qsizetype(size), '\0');
    z_stream stream {};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.constData()));
    stream.avail_in = uInt(raw.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

/// Reads the archive back through its central directory, inflating each entry with zlib and
/// checking its CRC with zlib: an implementation independent of the writer.
QMap<QString, QByteArray> unzip(const QByteArray& archive)
{
    QMap<QString, QByteArray> files;
    const auto* data = reinterpret_cast<const uchar*>(archive.constData());
    const qsizetype end = archive.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0)
        return files;
    const int entries = qFromLittleEndian<quint16>(data + end + 10);
    qsizetype at = qFromLittleEndian<quint32>(data + end + 16);
    for (int i = 0; i < entries; ++i) {
        const quint32 crc = qFromLittleEndian<quint32>(data + at + 16);
        const quint32 compressed = qFromLittleEndian<quint32>(data + at + 20);
        const quint32 size = qFromLittleEndian<quint32>(data + at + 24);
        const quint16 nameLength = qFromLittleEndian<quint16>(data + at + 28);
        const quint32 offset = qFromLittleEndian<quint32>(data + at + 42);
        const QString name = QString::fromUtf8(archive.mid(at + 46, nameLength));
        const quint16 localName = qFromLittleEndian<quint16>(data + offset + 26);
        const quint16 localExtra = qFromLittleEndian<quint16>(data + offset + 28);
        const QByteArray raw = archive.mid(offset + 30 + localName + localExtra, compressed);
        const QByteArray content = inflateRaw(raw, size);
        if (::crc32(0, reinterpret_cast<const Bytef*>(content.constData()), uInt(content.size())) == crc)
            files.insert(name, content);
        at += 46 + nameLength;
    }
    return files;
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT
private slots:
    void crc32_matchesTheCheckValue() { QCOMPARE(ZipWriter::crc32("123456789"), 0xCBF43926U); }

    void columnNames()
    {
        QCOMPARE(XlsxWriter::columnName(0), QStringLiteral("A"));
        QCOMPARE(XlsxWriter::columnName(25), QStringLiteral("Z"));
        QCOMPARE(XlsxWriter::columnName(26), QStringLiteral("AA"));
        QCOMPARE(XlsxWriter::columnName(701), QStringLiteral("ZZ"));
    }

    void workbook_holdsTheRows()
    {
        XlsxWriter writer(QStringLiteral("发票申请"));
        writer.addHeader({QStringLiteral("订单ID"), QStringLiteral("发票金额")});
        writer.addRow({QStringLiteral("2001 <&>"), qint64(123450)});
        const QMap<QString, QByteArray> files = unzip(writer.finish());
        QCOMPARE(
            files.keys(),
            (QStringList {QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                          QStringLiteral("xl/_rels/workbook.xml.rels"), QStringLiteral("xl/styles.xml"),
                          QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/worksheets/sheet1.xml")}));
        const QString sheet = QString::fromUtf8(files.value(QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(sheet.contains(
            QStringLiteral("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">订单ID")));
        QVERIFY(sheet.contains(QStringLiteral("2001 &lt;&amp;&gt;")));
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"B2\"><v>123450</v></c>")));
        QVERIFY(files.value(QStringLiteral("xl/workbook.xml")).contains("发票申请"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
