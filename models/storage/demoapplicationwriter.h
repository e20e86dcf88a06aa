#pragma once

#include <QtGlobal>

#include <functional>

class Database;
class DemoRandom;

/// The partner applications of the demo data set: every status in turn, each asking for the
/// software market so the reviewer sees its checklist.
class DemoApplicationWriter
{
public:
    /// Writes `count` applications created in the 60 days before `anchorMs`; `written` is told
    /// after each. Throws StorageError.
    static void write(Database& database, DemoRandom& random, qint64 anchorMs, qint64 count,
                      const std::function<void()>& written);
};
