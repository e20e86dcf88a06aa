#pragma once

#include "savecatalogueentry.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The only writer of the markets, entry checklists and violation types (SPEC 2.2–2.4), for
/// administrators. Each save is one transaction with its audit row.
class CatalogueService : public QObject
{
    Q_OBJECT
public:
    explicit CatalogueService(Database& database, QObject* parent = nullptr);

    WriteOutcome save(const SaveCatalogueEntry& command);

signals:
    /// `entity` is the command's kind key ("market", "condition", "violation_type").
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
