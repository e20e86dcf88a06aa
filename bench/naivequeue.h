#pragma once

#include <QSortFilterProxyModel>
#include <QSqlTableModel>

class QDeadlineTimer;

/// The queue as most Qt applications build it: a QSqlTableModel over the whole table with a
/// QSortFilterProxyModel on top that sorts and filters in memory. It must hold every row before
/// it can sort or filter, which is what the benchmark compares against.
class NaiveQueue
{
public:
    explicit NaiveQueue(const QSqlDatabase& connection);

    /// Selects the table and fetches every row, then sorts by the deadline. False when the
    /// deadline passed before all of that was done (the queue is then not usable for timing).
    bool open(const QDeadlineTimer& deadline);
    int column(const QString& name) const { return m_table.fieldIndex(name); }
    QSortFilterProxyModel& view() { return m_view; }
    QSqlTableModel& table() { return m_table; }
    /// Reads every cell of rows [first, first + count) of the view, as a view painting them would.
    void paint(int first, int count);

private:
    QSqlTableModel m_table;
    QSortFilterProxyModel m_view;
};
