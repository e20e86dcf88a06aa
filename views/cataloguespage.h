#pragma once

#include "savecatalogueentry.h"

#include <QWidget>

class CatalogueModel;
class CatalogueService;
class Clock;
class Database;
class QTabWidget;
class QTableView;

/// The administrator's catalogues (SPEC 2.2–2.4, 5.2): markets with their deposits, the entry
/// checklist of each market, the violation types with their points, and the couriers the clerks
/// pick from. Entries are added and changed, and
/// retired by setting them out of use; nothing is deleted.
class CataloguesPage : public QWidget
{
    Q_OBJECT
public:
    CataloguesPage(Database& database, CatalogueService& service, const Clock& clock, const QString& actor,
                   QWidget* parent = nullptr);

    CatalogueModel* model(CatalogueKind kind) const { return m_models.at(int(kind)); }
    QTabWidget* tabs() const { return m_tabs; }
    /// Opens the entry dialog for the current row of the current tab, or for a new entry.
    void edit(bool create);

private:
    void reload();

    Database& m_database;
    CatalogueService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QTabWidget* m_tabs = nullptr;
    QList<CatalogueModel*> m_models;
    QList<QTableView*> m_views;
};
