#pragma once

#include <QSettings>
#include <QString>

#include <memory>

class Database;
class QTemporaryDir;

/// What a main-window test opens the window on: the demo data and preferences of its own.
class DemoWindowSetup
{
public:
    /// Writes the demo data at scale 2,000 as of 2026-11-23 00:00 UTC; the generator's error, empty
    /// when it succeeded.
    static QString writeDemoData(Database& database);
    /// Empty preferences in a file in `folder`.
    static std::unique_ptr<QSettings> emptyPreferences(const QTemporaryDir& folder);
};
