#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Builds a ZIP archive in memory (PKWARE APPNOTE 6.3: local headers, deflated data, central
/// directory), enough for Office Open XML files. No ZIP64: entries and archive stay below 4 GiB.
class ZipWriter
{
public:
    void addFile(const QString& name, const QByteArray& content);
    /// The whole archive; the writer is empty afterwards.
    QByteArray finish();

    static quint32 crc32(const QByteArray& data);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    QByteArray m_archive;
    QList<Entry> m_entries;
};
