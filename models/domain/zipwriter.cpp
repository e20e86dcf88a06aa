#include "zipwriter.h"

#include <QtEndian>

#include <array>

namespace {

void put16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// 1980-01-01 00:00 in MS-DOS date/time form: the archive carries no meaningful file times.
constexpr quint16 dosTime = 0;
constexpr quint16 dosDate = (0 << 9) | (1 << 5) | 1;
constexpr quint16 versionNeeded = 20;
constexpr quint16 deflated = 8;
constexpr quint16 utf8Names = 1 << 11;

} // namespace

quint32 ZipWriter::crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            entries[n] = c;
        }
        return entries;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void ZipWriter::addFile(const QString& name, const QByteArray& content)
{
    // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate data and a 4-byte Adler-32;
    // ZIP wants the raw deflate data only.
    const QByteArray zlib = qCompress(content, 6);
    const QByteArray raw = zlib.mid(6, zlib.size() - 10);
    Entry entry;
    entry.name = name.toUtf8();
    entry.crc = crc32(content);
    entry.compressedSize = quint32(raw.size());
    entry.size = quint32(content.size());
    entry.offset = quint32(m_archive.size());

    put32(m_archive, 0x04034b50);
    put16(m_archive, versionNeeded);
    put16(m_archive, utf8Names);
    put16(m_archive, deflated);
    put16(m_archive, dosTime);
    put16(m_archive, dosDate);
    put32(m_archive, entry.crc);
    put32(m_archive, entry.compressedSize);
    put32(m_archive, entry.size);
    put16(m_archive, quint16(entry.name.size()));
    put16(m_archive, 0);
    m_archive += entry.name;
    m_archive += raw;
    m_entries << entry;
}

QByteArray ZipWriter::finish()
{
    const quint32 directoryOffset = quint32(m_archive.size());
    for (const Entry& entry : std::as_const(m_entries)) {
        put32(m_archive, 0x02014b50);
        put16(m_archive, versionNeeded);
        put16(m_archive, versionNeeded);
        put16(m_archive, utf8Names);
        put16(m_archive, deflated);
        put16(m_archive, dosTime);
        put16(m_archive, dosDate);
        put32(m_archive, entry.crc);
        put32(m_archive, entry.compressedSize);
        put32(m_archive, entry.size);
        put16(m_archive, quint16(entry.name.size()));
        put16(m_archive, 0); // extra field
        put16(m_archive, 0); // comment
        put16(m_archive, 0); // disk
        put16(m_archive, 0); // internal attributes
        put32(m_archive, 0); // external attributes
        put32(m_archive, entry.offset);
        m_archive += entry.name;
    }
    const quint32 directorySize = quint32(m_archive.size()) - directoryOffset;
    put32(m_archive, 0x06054b50);
    put16(m_archive, 0);
    put16(m_archive, 0);
    put16(m_archive, quint16(m_entries.size()));
    put16(m_archive, quint16(m_entries.size()));
    put32(m_archive, directorySize);
    put32(m_archive, directoryOffset);
    put16(m_archive, 0);
    QByteArray archive;
    archive.swap(m_archive);
    m_entries.clear();
    return archive;
}
