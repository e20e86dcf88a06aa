#pragma once

#include <QString>
#include <QStringList>

/// A line of an imported file that cannot be taken, and why.
struct ImportBadLine
{
    int line = 0; ///< 1-based line of the file where the record starts
    QString reason; ///< translated, names the column
    QStringList fields; ///< as read, to save the line to a file of rejects
};
