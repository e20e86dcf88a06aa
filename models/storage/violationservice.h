#pragma once

#include "recordviolation.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The only writer of violations (SPEC 2.4): the points come from the type at the time of
/// recording and count in the year the violation was processed.
class ViolationService : public QObject
{
    Q_OBJECT
public:
    explicit ViolationService(Database& database, QObject* parent = nullptr);

    /// Records the violation with its evidence in one transaction; emits changed("vendor", …).
    WriteOutcome record(const RecordViolation& command);

signals:
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
