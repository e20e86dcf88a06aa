#include "attachmentstore.h"

#include "database.h"
#include "query.h"

#include <QMimeDatabase>
#include <QUuid>

void AttachmentStore::add(const CommandHeader& header, const QString& discriminator, const QString& ownerKind,
                          const QString& ownerId, const QString& fileName, const QByteArray& content,
                          const QString& fileKind)
{
    // OFD, the fixed-layout format of Chinese electronic invoices, is unknown to shared-mime-info.
    const QString mimeType = fileName.endsWith(QStringLiteral(".ofd"), Qt::CaseInsensitive)
        ? QStringLiteral("application/ofd")
        : QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
    Query(
        m_database,
        QStringLiteral("INSERT INTO attachments (id, owner_kind, owner_id, file_kind, file_name, mime_type, "
                       "size_bytes, content, created_at, created_by) VALUES (:id, :kind, :owner, :file_kind, "
                       ":name, :mime, :size, :content, :at, :by)"))
        .bind(QStringLiteral(":id"),
              QUuid::createUuidV5(header.id.uuid(), discriminator).toString(QUuid::WithoutBraces))
        .bind(QStringLiteral(":kind"), ownerKind)
        .bind(QStringLiteral(":owner"), ownerId)
        .bind(QStringLiteral(":file_kind"), fileKind)
        .bind(QStringLiteral(":name"), fileName.trimmed())
        .bind(QStringLiteral(":mime"), mimeType)
        .bind(QStringLiteral(":size"), qint64(content.size()))
        .bind(QStringLiteral(":content"), content)
        .bind(QStringLiteral(":at"), header.at.toMSecsSinceEpoch())
        .bind(QStringLiteral(":by"), header.actor)
        .exec();
}

QList<AttachmentStore::File> AttachmentStore::list(const QString& ownerKind, const QString& ownerId)
{
    Query query(
        m_database,
        QStringLiteral("SELECT id, file_kind, file_name, size_bytes, created_at FROM attachments "
                       "WHERE owner_kind = :kind AND owner_id = :owner ORDER BY created_at, file_name, id"));
    query.bind(QStringLiteral(":kind"), ownerKind).bind(QStringLiteral(":owner"), ownerId).exec();
    QList<File> files;
    while (query.next())
        files.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toLongLong(), query.value(4).toLongLong()});
    return files;
}

QByteArray AttachmentStore::content(const QString& fileId)
{
    Query query(m_database, QStringLiteral("SELECT content FROM attachments WHERE id = :id"));
    query.bind(QStringLiteral(":id"), fileId).exec();
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}
