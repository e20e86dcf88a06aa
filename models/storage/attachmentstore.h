#pragma once

#include "commandheader.h"

#include <QByteArray>
#include <QList>
#include <QString>

class Database;

/// The attachments table: files kept with an application, a violation, a delivery step, an invoice.
/// Methods throw StorageError; writes run inside the caller's transaction.
class AttachmentStore
{
public:
    struct File
    {
        QString id;
        QString fileKind; ///< e.g. business_licence; "other" when the owner does not sort its files
        QString fileName;
        qint64 sizeBytes = 0;
        qint64 createdAtMs = 0;
    };

    explicit AttachmentStore(Database& database)
        : m_database(database)
    { }

    /// Keeps `content` with the owner. The id derives from the command and `discriminator`, so a
    /// replayed command writes the same row again instead of a second one.
    void add(const CommandHeader& header, const QString& discriminator, const QString& ownerKind,
             const QString& ownerId, const QString& fileName, const QByteArray& content,
             const QString& fileKind = QStringLiteral("other"));
    QList<File> list(const QString& ownerKind, const QString& ownerId);
    /// The content of one file; empty when it does not exist.
    QByteArray content(const QString& fileId);

private:
    Database& m_database;
};
