#pragma once

#include "applicationrepository.h"

#include <QAbstractTableModel>

/// The entry checklist of one application (SPEC 2.2): one row per condition of its markets, the
/// tick as a check box and the reviewer's note as editable text. Edits are not stored here: the
/// model emits itemEdited() and the owner turns it into a command, then calls setChecks() again.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Market, Condition, Ticked, Note, CheckedBy, ColumnCount };

    explicit ChecklistModel(QObject* parent = nullptr);

    void setChecks(const QList<ApplicationRepository::Check>& checks, bool editable);
    const ApplicationRepository::Check& check(int row) const { return m_checks.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// The reviewer ticked, unticked or annotated the condition `conditionId`.
    void itemEdited(const QString& conditionId, bool ticked, const QString& note);

private:
    QList<ApplicationRepository::Check> m_checks;
    bool m_editable = false;
};
