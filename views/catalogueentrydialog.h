#pragma once

#include "cataloguerepository.h"
#include "formfeedback.h"
#include "savecatalogueentry.h"

#include <QDialog>

#include <memory>

class CatalogueService;
class Database;
class Clock;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

/// Adds or changes one entry of an administrator catalogue: a market with its deposit, an entry
/// checklist condition of one market or of every market, a violation type with its points, or a
/// courier.
/// When someone else changed the entry meanwhile, a ConflictDialog shows both versions and the
/// form takes theirs, or theirs plus the user's non-colliding changes, to be saved again.
class CatalogueEntryDialog : public QDialog
{
    Q_OBJECT
public:
    /// `entry` is the row to change, or a new entry (baseVersion 0) of the kind to add;
    /// `database` reads the saved entry after a conflict.
    CatalogueEntryDialog(const SaveCatalogueEntry& entry, const QList<CatalogueRepository::Market>& markets,
                         Database& database, CatalogueService& service, const Clock& clock,
                         const QString& actor, QWidget* parent = nullptr);

    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* textEdit() const { return m_text; }
    QLineEdit* depositEdit() const { return m_deposit; }
    QSpinBox* numberBox() const { return m_number; }
    QComboBox* marketBox() const { return m_market; }
    QCheckBox* activeBox() const { return m_active; }

public slots:
    void accept() override;

private:
    /// The entry's values as the form shows them, for ConflictDialog.
    QHash<QString, QString> valuesOf(const SaveCatalogueEntry& entry) const;
    QHash<QString, QString> formValues() const;
    void fill(const QHash<QString, QString>& values);
    /// Shows both versions and applies the user's choice to the form.
    void resolveConflict();

    SaveCatalogueEntry m_entry;
    Database& m_database;
    CatalogueService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_deposit = nullptr;
    QSpinBox* m_number = nullptr;
    QComboBox* m_market = nullptr;
    QCheckBox* m_active = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
