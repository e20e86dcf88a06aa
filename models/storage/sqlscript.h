#pragma once

#include <QString>
#include <QStringList>

/// Splits a migration file into single statements: on ";" outside quotes ('…', "…"), comments
/// (-- …, /* … */) and PostgreSQL dollar-quoted bodies ($$ … $$). Comments are dropped; empty
/// statements are skipped.
class SqlScript
{
public:
    static QStringList split(const QString& script);
};
