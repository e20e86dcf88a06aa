#include "naivequeue.h"

#include <QDeadlineTimer>

NaiveQueue::NaiveQueue(const QSqlDatabase& connection)
    : m_table(nullptr, connection)
{
    m_table.setTable(QStringLiteral("invoice_requests"));
    m_table.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m_view.setSourceModel(&m_table);
    m_view.setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view.setSortCaseSensitivity(Qt::CaseSensitive);
}

bool NaiveQueue::open(const QDeadlineTimer& deadline)
{
    m_view.setDynamicSortFilter(false);
    // PostgreSQL's driver reads the whole result in select(), so the deadline is looked at after
    // every step that may take long, not only between fetches.
    if (!m_table.select() || deadline.hasExpired())
        return false;
    while (m_table.canFetchMore()) {
        if (deadline.hasExpired())
            return false;
        m_table.fetchMore();
    }
    m_view.sort(column(QStringLiteral("action_due_at")), Qt::AscendingOrder);
    return !deadline.hasExpired();
}

void NaiveQueue::paint(int first, int count)
{
    const int last = std::min(first + count, m_view.rowCount());
    for (int row = first; row < last; ++row) {
        for (int column = 0; column < m_view.columnCount(); ++column)
            m_view.index(row, column).data();
    }
}
