#pragma once

#include <QByteArray>
#include <QString>

/// A file a command brings to be kept with its record (evidence, a scan, a report).
struct AttachedFile
{
    QString fileName;
    QByteArray content;
};
