#include "pagedtablemodel.h"

#include "clock.h"
#include "domaintext.h"
#include "duetime.h"
#include "money.h"
#include "storageerror.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTimer>

#include <numeric>

PagedTableModel::PagedTableModel(Database& database, const TableSpec& spec, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(database, spec)
    , m_counter(new StatusCounter(database, spec, this))
{
    m_request.sortColumn = spec.defaultSortColumn;
    m_request.descending = spec.defaultDescending;
    connect(m_counter, &StatusCounter::counted, this,
            [this](quint64 ticket, const QList<QHash<QString, qint64>>& counts, const QString& error) {
                if (ticket != m_countTicket)
                    return; // counts of filters the user has already changed
                // In the order recount() asked for them: the rows, then the overdue rows.
                qsizetype next = 0;
                if (m_countsPending) {
                    m_countsPending = false;
                    m_counts = counts.value(next++);
                }
                if (m_overdueCounting) {
                    m_overdueCounting = false;
                    m_overdue = counts.value(next);
                    if (m_jobFilters.isEmpty() && m_jobSearch.isEmpty())
                        m_wholeListOverdue = m_overdue;
                }
                if (!error.isEmpty())
                    m_countError = error;
                emit countsChanged();
            });
}

void PagedTableModel::watchDeadlines(const Clock& clock)
{
    m_deadlineClock = &clock;
    setClock(clock);
    m_overdueWanted = true;
    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setInterval(60 * 1000);
    connect(m_deadlineTimer, &QTimer::timeout, this, &PagedTableModel::deadlineTick);
}

void PagedTableModel::deadlineTick()
{
    if (const int column = m_query.spec().deadlineColumn; column >= 0 && !m_rows.isEmpty())
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
    m_wholeListOverdue.reset();
    m_overdueWanted = true;
    recount();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_query.spec().columns.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PagedQuery::Row& row = m_rows.at(index.row());
    const QVariant& value = row.values.at(index.column());
    if (m_deadlineClock && index.column() == m_query.spec().deadlineColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole))
        return deadlineData(index.column(), value, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(index.column(), value);
    case Qt::TextAlignmentRole: {
        const ColumnKind kind = m_query.spec().columns.at(index.column()).kind;
        return kind == ColumnKind::Money || kind == ColumnKind::Integer
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case IdRole:
        return row.id;
    case RawValueRole:
        return value;
    default:
        return {};
    }
}

QVariant PagedTableModel::deadlineData(int column, const QVariant& value, int role) const
{
    const qint64 due = value.toLongLong();
    if (due == nothingDueMs)
        return {};
    const qint64 nowMs = m_deadlineClock->nowUtc().toMSecsSinceEpoch();
    if (role == Qt::ForegroundRole)
        return due < nowMs ? QVariant(QBrush(QColor(0xC6, 0x28, 0x28))) : QVariant();
    if (role == Qt::ToolTipRole)
        return tr("Due %1").arg(displayText(column, value));
    return DomainText::timeLeft(due, nowMs);
}

QString PagedTableModel::displayText(int column, const QVariant& value) const
{
    if (value.isNull())
        return {};
    switch (m_query.spec().columns.at(column).kind) {
    case ColumnKind::Money:
        return Money::fromFen(value.toLongLong()).format(QLocale());
    case ColumnKind::DateTime:
    case ColumnKind::Deadline:
    case ColumnKind::Since:
        // Lists store 0 for "no time yet" where keyset paging needs a value in every row.
        if (value.toLongLong() <= 0)
            return {};
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong())
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ColumnKind::Enum: {
        QString key = value.toString();
        for (const auto& [entryKey, name] : enumEntries(column)) {
            if (entryKey == key)
                return name;
        }
        return key;
    }
    case ColumnKind::Integer:
        return QLocale().toString(value.toLongLong());
    case ColumnKind::Text:
        break;
    }
    return value.toString();
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return headerText(section);
    return {};
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        appendPage();
}

void PagedTableModel::appendPage()
{
    // Views and testers may ask for more rows while rows are being inserted; one page at a time.
    if (m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    PagedQuery::Page page;
    try {
        page = m_query.fetch(m_request);
    } catch (const StorageError& error) {
        m_atEnd = true;
        reportError(error.userMessage());
        return;
    }
    m_atEnd = page.atEnd;
    if (page.last)
        m_request.after = page.last;
    if (page.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    for (PagedQuery::Row& row : page.rows) {
        m_rowOfId.insert(row.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void PagedTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_request.after.reset();
    // Nothing to fetch until the reset is over: views ask canFetchMore() from their reset handlers.
    m_atEnd = true;
    endResetModel();
    m_atEnd = false;
    refreshDurationFilters();
    appendPage();
    // A list never shown (its page never opened) does not read anything each minute.
    if (m_deadlineTimer && !m_deadlineTimer->isActive())
        m_deadlineTimer->start();
    recount();
}

void PagedTableModel::reread()
{
    m_wholeListOverdue.reset();
    m_overdueWanted = true; // which also stops recount() from keeping the job under way
    reload();
}

bool PagedTableModel::countingInBackground() const
{
    return m_countsPending || m_overdueCounting || m_counter->isCounting();
}

void PagedTableModel::recount()
{
    const bool rowsOnWorker = !m_query.countsAreKept(m_request);
    // Back on the whole list (a search cleared), its overdue rows of this minute are known.
    if (m_overdueWanted && m_wholeListOverdue && m_request.filters.isEmpty() && m_request.search.isEmpty()) {
        m_overdue = *m_wholeListOverdue;
        m_overdueWanted = false;
        m_overdueCounting = false; // one of other filters under way is not wanted any more
    }
    // An overdue count still under way is counted again unless its job goes on (below).
    const bool overdueOnWorker = m_deadlineClock && (m_overdueWanted || m_overdueCounting);
    m_countError.clear();
    if (!rowsOnWorker) {
        try {
            m_counts = m_query.countByStatus(m_request);
        } catch (const StorageError& error) {
            m_counts.clear();
            m_countError = error.userMessage();
        }
    }
    // Only the tab or the sort changed while the worker counts: what it counts is still what is
    // wanted, so it goes on rather than starting over (a restart at each click could never end).
    const bool jobStillRight = (m_countsPending || m_overdueCounting) && !m_overdueWanted
        && m_countsPending == rowsOnWorker && m_overdueCounting == overdueOnWorker
        && m_jobFilters == m_request.filters && m_jobSearch == m_request.search;
    if (!jobStillRight) {
        ++m_countTicket;
        QList<PagedQuery::Request> onWorker;
        m_countsPending = rowsOnWorker;
        if (rowsOnWorker) {
            m_counts.clear();
            onWorker << m_request;
        }
        m_overdueCounting = overdueOnWorker;
        if (overdueOnWorker) {
            m_overdueWanted = false;
            PagedQuery::Request overdue;
            overdue.filters = m_request.filters;
            overdue.search = m_request.search;
            overdue.dueBefore = m_deadlineClock->nowUtc().toMSecsSinceEpoch();
            onWorker << overdue;
        }
        m_jobFilters = m_request.filters;
        m_jobSearch = m_request.search;
        if (onWorker.isEmpty())
            m_counter->cancel();
        else
            m_counter->count(onWorker, m_countTicket);
    }
    emit countsChanged();
}

void PagedTableModel::filtersChanged()
{
    // The overdue counts of other filters would mislead until the new ones come.
    m_overdue.clear();
    m_overdueWanted = true;
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || !m_query.spec().columns.at(column).sortable)
        return;
    m_request.sortColumn = column;
    m_request.descending = order == Qt::DescendingOrder;
    reload();
}

QString PagedTableModel::setFilterText(int column, const QString& text)
{
    if (column < 0 || column >= columnCount())
        return {};
    QString error = readFilter(column, text);
    reload();
    return error;
}

QString PagedTableModel::readFilter(int column, const QString& text)
{
    QString error;
    const ColumnKind kind = m_query.spec().columns.at(column).kind;
    ColumnFilter filter;
    if (kind == ColumnKind::Enum && !text.trimmed().isEmpty()) {
        // An enum column matches the display names (and keys) the user can see.
        const QString needle = text.trimmed();
        QStringList keys;
        for (const auto& [key, name] : enumEntries(column)) {
            if (name.contains(needle, Qt::CaseInsensitive) || key.contains(needle, Qt::CaseInsensitive))
                keys << key;
        }
        filter = ColumnFilter::anyOf(keys);
    } else {
        filter = parseFilter(column, text, &error);
    }
    m_filterTexts.insert(column, text);
    filtersChanged();
    if (filter.isEmpty())
        m_request.filters.remove(column);
    else
        m_request.filters.insert(column, filter);
    return error;
}

ColumnFilter PagedTableModel::parseFilter(int column, const QString& text, QString* error) const
{
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    constexpr qint64 minuteMs = 60LL * 1000;
    const QDateTime minute
        = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch() / minuteMs * minuteMs, Qt::UTC);
    return ColumnFilter::parse(text, m_query.spec().columns.at(column).kind, error, minute);
}

void PagedTableModel::refreshDurationFilters()
{
    bool changed = false;
    for (auto [column, text] : m_filterTexts.asKeyValueRange()) {
        const ColumnKind kind = m_query.spec().columns.at(column).kind;
        if (kind != ColumnKind::Deadline && kind != ColumnKind::Since)
            continue;
        const ColumnFilter filter = parseFilter(column, text, nullptr);
        if (!filter.isEmpty() && filter != m_request.filters.value(column)) {
            m_request.filters.insert(column, filter);
            changed = true;
        }
    }
    if (changed)
        filtersChanged();
}

void PagedTableModel::setSearchText(const QString& text)
{
    if (text.trimmed() == m_request.search)
        return;
    m_request.search = text.trimmed();
    filtersChanged();
    reload();
}

QMap<int, QString> PagedTableModel::configure(const QStringList& filterTexts, const QString& search,
                                              const QString& statusKey, int sortColumn, Qt::SortOrder order)
{
    QMap<int, QString> errors;
    for (int column = 0; column < filterTexts.size() && column < columnCount(); ++column) {
        if (const QString error = readFilter(column, filterTexts.at(column)); !error.isEmpty())
            errors.insert(column, error);
    }
    m_request.search = search.trimmed();
    filtersChanged();
    m_request.status = statusKey;
    if (sortColumn >= 0 && sortColumn < columnCount() && m_query.spec().columns.at(sortColumn).sortable) {
        m_request.sortColumn = sortColumn;
        m_request.descending = order == Qt::DescendingOrder;
    }
    return errors;
}

void PagedTableModel::setStatus(const QString& statusKey)
{
    if (statusKey == m_request.status)
        return;
    m_request.status = statusKey;
    reload();
}

qint64 PagedTableModel::totalCount() const
{
    return std::accumulate(m_counts.cbegin(), m_counts.cend(), qint64(0));
}

qint64 PagedTableModel::overdueTotal() const
{
    return std::accumulate(m_overdue.cbegin(), m_overdue.cend(), qint64(0));
}

QString PagedTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QVariantList PagedTableModel::extrasAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).extras : QVariantList();
}

void PagedTableModel::refreshRows(const QStringList& ids)
{
    QList<PagedQuery::Row> fresh;
    try {
        fresh = m_query.fetchRows(ids);
    } catch (const StorageError& error) {
        reportError(error.userMessage());
        return;
    }
    for (PagedQuery::Row& row : fresh) {
        const int index = rowOfId(row.id);
        if (index < 0)
            continue;
        m_rows[index] = std::move(row);
        emit dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
    }
    m_wholeListOverdue.reset();
    m_overdueWanted = true;
    recount();
}

void PagedTableModel::reportError(const QString& message)
{
    // Announced once the read is over: a receiver that opens a dialog runs a nested event loop,
    // and a reload from it (after a reconnection, say) would find this read still under way.
    QMetaObject::invokeMethod(
        this, [this, message] { emit errorOccurred(message); }, Qt::QueuedConnection);
}
