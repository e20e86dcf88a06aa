#pragma once

#include <QString>
#include <QStringList>

/// Splits a migration file into single statements: on ";" outside quotes ('…', "…"), comments
/// (-- …, /* … */), PostgreSQL dollar-quoted bodies ($$ … $$) and SQLite trigger bodies
/// (BEGIN … END). Comments are dropped; empty
/// statements are skipped.
class SqlScript
{
public:
    static QStringList split(const QString& script);
};
