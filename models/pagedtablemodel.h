#pragma once

#include "pagedquery.h"
#include "statuscounter.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

class Clock;
class QTimer;

/// A queue list over any amount of data: rows arrive a page at a time through canFetchMore() /
/// fetchMore() (keyset pages of PagedQuery), sorting and filtering run in SQL, and the status
/// tab counts are kept beside the rows: read at once when the database keeps them (the unfiltered
/// list of a TableSpec with a countsTable), otherwise counted on a worker thread (StatusCounter)
/// and announced by countsChanged() when they arrive. A list with deadlines (watchDeadlines())
/// also counts its overdue rows per status on the worker. Subclasses give header texts and enum
/// display names.
///
/// Errors from the database never throw out of the model: they are announced by errorOccurred().
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the row's id (QString)
        RawValueRole, ///< the stored value: key, fen, epoch ms or text
    };

    PagedTableModel(Database& database, const TableSpec& spec, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Reads `text` as the filter of `column` and reloads. Returns the translated reason when the
    /// text cannot be read (the column is then unfiltered), else an empty string.
    QString setFilterText(int column, const QString& text);
    QString filterText(int column) const { return m_filterTexts.value(column); }
    /// Shows only rows where one of the spec's search expressions contains `text`, and reloads.
    void setSearchText(const QString& text);
    QString searchText() const { return m_request.search; }
    /// Sets filters (one text per column), search, status and sort without reading anything, for
    /// restoring a saved view before the first reload(). Returns the reasons of unreadable filters
    /// by column.
    QMap<int, QString> configure(const QStringList& filterTexts, const QString& search,
                                 const QString& statusKey, int sortColumn, Qt::SortOrder order);
    /// Shows only rows with this status key; empty for all.
    void setStatus(const QString& statusKey);
    QString status() const { return m_request.status; }
    int sortColumn() const { return m_request.sortColumn; }
    Qt::SortOrder sortOrder() const
    {
        return m_request.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }

    /// Rows per status key under the current filters, and their total; empty while counting.
    const QHash<QString, qint64>& statusCounts() const { return m_counts; }
    qint64 totalCount() const;
    /// The counts of the current filters are still being counted.
    bool countsPending() const { return m_countsPending; }
    /// The worker is busy: it counts for the list (its tab counts or its overdue rows), or a
    /// count the list no longer wants runs on until its cancel has stopped it, sharing the
    /// database's cores with the list's own queries meanwhile.
    bool countingInBackground() const;
    /// Why the last count failed; empty when it succeeded. Not an errorOccurred(): the rows are
    /// there, only their numbers are not, and the next count (at the next change of the list or
    /// of its rows) tries again.
    const QString& countError() const { return m_countError; }
    /// Rows per status key, under the current filters, whose deadline (TableSpec::deadlineColumn)
    /// has passed; empty for a list without deadlines and until first counted. countsChanged()
    /// announces them too.
    const QHash<QString, qint64>& overdueCounts() const { return m_overdue; }
    qint64 overdueTotal() const;
    /// (key, display name) of the statuses, in tab order.
    virtual QList<std::pair<QString, QString>> statusEntries() const = 0;

    /// The text a cell of `column` shows for the stored `value` (enum names, local times, money).
    QString displayText(int column, const QVariant& value) const;
    const TableSpec& spec() const { return m_query.spec(); }

    QString idAt(int row) const;
    /// The extra values (TableSpec::extraExpressions) of a loaded row.
    QVariantList extrasAt(int row) const;
    /// The current filters, search, status and sort, e.g. to export the same rows.
    const PagedQuery::Request& request() const { return m_request; }
    /// The row showing `id`, or -1 when it is not loaded.
    int rowOfId(const QString& id) const { return m_rowOfId.value(id, -1); }
    /// Re-reads the given rows in place (after a service changed them) and the counts.
    void refreshRows(const QStringList& ids);
    /// Reloads from the first page, keeping filters, sort and status.
    void reload();
    /// Reloads because the data changed (too much elsewhere to name the rows, or a reconnection):
    /// the counts too start over, even one of the same list under way, which may have read the
    /// data before the change.
    void reread();

signals:
    void countsChanged();
    /// A read failed; emitted from the event loop once the read is over, so receivers may reload.
    void errorOccurred(const QString& message);

protected:
    virtual QString headerText(int column) const = 0;
    /// (key, display name) of an Enum column's values; used to show and to filter it.
    virtual QList<std::pair<QString, QString>> enumEntries(int column) const = 0;
    /// Called before the first reload(): the spec's deadline column shows the time left by
    /// `clock` (red once it has passed, the moment itself as the tool tip), and the overdue rows
    /// are counted with the counts (overdueCounts()); both again each minute from that reload().
    void watchDeadlines(const Clock& clock);
    /// Called before the first reload(): the clock durations in the filters of Deadline and
    /// Since columns count from (watchDeadlines() sets it too); the system's without it.
    void setClock(const Clock& clock) { m_clock = &clock; }

private:
    /// The display, tool tip and foreground of a deadline (epoch ms, nothingDueMs when none).
    QVariant deadlineData(int column, const QVariant& value, int role) const;
    /// Every minute: the time left has changed, and maybe what is overdue.
    void deadlineTick();
    /// Brings the counts up to the current filters, at once or through the worker.
    void recount();
    /// The filters or the search changed: the overdue rows are counted again.
    void filtersChanged();
    /// Puts the filter of `column` into the request; returns the reason when unreadable.
    QString readFilter(int column, const QString& text);
    /// Reads the filter of `column` as of now (to the minute, so that reading it again within
    /// the minute gives the same conditions).
    ColumnFilter parseFilter(int column, const QString& text, QString* error) const;
    /// Durations in the filters count from now, which moves on: reads those filters again.
    void refreshDurationFilters();
    void appendPage();
    void reportError(const QString& message);

    PagedQuery m_query;
    PagedQuery::Request m_request;
    QMap<int, QString> m_filterTexts;
    QList<PagedQuery::Row> m_rows;
    QHash<QString, int> m_rowOfId;
    QHash<QString, qint64> m_counts;
    QHash<QString, qint64> m_overdue;
    /// The overdue counts of the unfiltered list until rows change or the minute ends: the list
    /// goes back to it at every cleared search, and counting it reads much of the table.
    std::optional<QHash<QString, qint64>> m_wholeListOverdue;
    StatusCounter* m_counter = nullptr;
    quint64 m_countTicket = 0;
    bool m_countsPending = false; ///< the worker counts the rows for m_countTicket
    QString m_countError;
    const Clock* m_deadlineClock = nullptr;
    const Clock* m_clock = nullptr;
    QTimer* m_deadlineTimer = nullptr; ///< each minute, from the first reload()
    bool m_overdueWanted = false; ///< to be counted (again) at the next recount()
    bool m_overdueCounting = false; ///< the worker counts the overdue rows for m_countTicket
    /// The filters and search of the worker's job for m_countTicket.
    QMap<int, ColumnFilter> m_jobFilters;
    QString m_jobSearch;
    bool m_atEnd = true;
    bool m_fetching = false;
};
