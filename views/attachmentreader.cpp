#include "attachmentreader.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

std::optional<QByteArray> AttachmentReader::read(QWidget* parent, const QString& path, qint64 maximumBytes)
{
    const QString title = parent ? parent->windowTitle() : QString();
    QFile file(path);
    if (QFileInfo(path).size() > maximumBytes) {
        QMessageBox::warning(parent, title,
                             tr("%1 is larger than %2 MB.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(maximumBytes / (1024LL * 1024)));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, title, tr("%1 could not be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}
