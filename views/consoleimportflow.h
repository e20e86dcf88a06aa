#pragma once

#include "commandheader.h"

#include <QCoreApplication>

class Database;
class QWidget;

/// Importing the vendor console's invoice list from the queue page: the file is checked in the
/// background; with bad lines the user sees them and chooses between importing nothing and
/// importing the good lines while saving the bad ones (with their reasons) to a CSV file; then the
/// import runs in the background with progress and Cancel.
class ConsoleImportFlow
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleImportFlow)
public:
    /// `bytes` is the content of the file at `path`. Returns true when lines were imported.
    static bool run(QWidget* parent, Database& database, const CommandHeader& header, const QString& path,
                    const QByteArray& bytes);
};
