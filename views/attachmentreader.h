#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

/// Reads a file the user chose to attach, refusing one above the size its command takes before
/// reading a byte of it (a video picked by mistake must not be read into memory first). Says why
/// in a warning over `parent` when it refuses or cannot read.
class AttachmentReader
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentReader)
public:
    static std::optional<QByteArray> read(QWidget* parent, const QString& path, qint64 maximumBytes);
};
