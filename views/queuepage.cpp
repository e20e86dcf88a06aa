#include "queuepage.h"

#include "clock.h"
#include "detailpane.h"
#include "domaintext.h"
#include "editpresence.h"
#include "emptylistnotice.h"
#include "filterheader.h"
#include "pagedtablemodel.h"
#include "rowmenu.h"
#include "storageerror.h"

#include <QAction>
#include <QColor>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

QueuePage::QueuePage(const QString& pageKey, PagedTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_pageKey(pageKey)
    , m_model(model)
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_tabs(new QTabBar(this))
    , m_view(new QTableView(this))
    , m_header(new FilterHeader(m_view))
    , m_rowMenu(new RowMenu(m_view))
    , m_detail(new DetailPane(this))
    , m_splitter(new QSplitter(this))
    , m_footer(new QLabel(this))
{
    m_model->setParent(this);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);

    m_view->setHorizontalHeader(m_header);
    m_view->setModel(m_model);
    setFocusProxy(m_view); // focusing the page puts the arrow keys on its list
    m_header->setColumnCount(m_model->columnCount());
    m_header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    // Sorting goes to the model (SQL) directly; QTableView's own sorting would re-sort on setup.
    connect(m_header, &QHeaderView::sortIndicatorChanged, m_model, &PagedTableModel::sort);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_header->setStretchLastSection(true);
    m_header->setDefaultSectionSize(140);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 320});
    m_splitter->setChildrenCollapsible(false);
    m_detail->showMessage(tr("Select a row to see its details."));

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->hide();
    auto* topRow = new QHBoxLayout;
    topRow->addWidget(m_toolBar, 1);
    topRow->addWidget(m_search);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(topRow);
    layout->addWidget(m_tabs);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_footer);

    auto* findAction = new QAction(tr("Filter the first column"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        if (QLineEdit* editor = m_header->editor(m_header->logicalIndex(0)))
            editor->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(findAction);
    // Ctrl+PgDown / Ctrl+PgUp step through the status tabs, as in browsers and office programs.
    const auto addTabStep = [this](const QString& text, const QKeySequence& key, int step) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, step] {
            if (m_tabs->count() > 0)
                m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + m_tabs->count()) % m_tabs->count());
        });
        addAction(action);
    };
    addTabStep(tr("Next tab"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1);
    addTabStep(tr("Previous tab"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1);

    connect(m_header, &FilterHeader::filterChanged, this, &QueuePage::applyFilter);
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, m_header,
            &FilterHeader::adjustPositions);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            m_model->setStatus(m_tabs->tabData(index).toString());
    });
    m_emptyNotice = new EmptyListNotice(m_view);
    m_emptyText = tr("Nothing here yet.");
    connect(m_model, &PagedTableModel::countsChanged, this, [this] {
        rebuildTabs();
        updateEmptyNotice();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        updateFooter();
        updateEmptyNotice();
        if (first != 0)
            return;
        if (!m_columnsFitted) {
            m_columnsFitted = true;
            fitColumnsToContents();
        }
        if (m_currentRowToRestore) {
            m_currentRowToRestore = false;
            restoreCurrentRow();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePage::updateEmptyNotice);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_currentIdBeforeReset = selectedId();
        m_currentColumnBeforeReset = std::max(0, m_view->currentIndex().column());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_listUnread = false;
        if (m_listError)
            m_listError->close();
        m_detail->showMessage(tr("Select a row to see its details."));
        updateFooter();
        updateEmptyNotice();
        m_currentRowToRestore = true; // once the first page of the new list is in
    });
    connect(m_model, &PagedTableModel::errorOccurred, this, [this](const QString& message) {
        m_listUnread = true;
        updateEmptyNotice();
        showListError(message);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showRecord(m_model->idAt(current.row()));
                else
                    m_detail->showMessage(tr("Select a row to see its details."));
            });
}

void QueuePage::enableSearch(const QString& placeholder)
{
    m_search->setPlaceholderText(placeholder);
    m_search->show();
    auto* pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(pause, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, pause] {
        pause->stop();
        m_model->setSearchText(m_search->text());
    });
    m_search->installEventFilter(this);
    auto* searchAction = new QAction(tr("Search"), this);
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    searchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(searchAction);
}

bool QueuePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key == Qt::Key_Down || key == Qt::Key_Escape) {
            m_view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString QueuePage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

QStringList QueuePage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

void QueuePage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->reload();
}

/// Each column as wide as its title and its widest value among the rows read, within bounds: an
/// 18-character credit code or an order number with its refund flag reads whole, while a long
/// company name does not take the width of the list.
void QueuePage::fitColumnsToContents()
{
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int last = m_model->columnCount() - 1; // the last column stretches to the list's edge
    for (int column = 0; column < last; ++column) {
        const int wanted = std::max(static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column),
                                    m_header->sectionSizeHint(column));
        m_header->resizeSection(column, std::clamp(wanted + 2 * digit, 8 * digit, 30 * digit));
    }
}

/// After the list was read again (another tab, search, filter or sort, or rows changed elsewhere):
/// the record that was current if it is still among the rows read, else the first row, so that the
/// arrow keys and Enter work at once and the detail pane shows what is current.
void QueuePage::restoreCurrentRow()
{
    const int row = std::max(0, m_model->rowOfId(m_currentIdBeforeReset));
    m_view->setCurrentIndex(
        m_model->index(row, std::min(m_currentColumnBeforeReset, m_model->columnCount() - 1)));
}

void QueuePage::addDetailTab(QWidget* widget, const QString& title)
{
    if (!m_detailTabs) {
        m_detailTabs = new QTabWidget;
        m_detailTabs->setDocumentMode(true);
        const int index = m_splitter->indexOf(m_detail);
        m_splitter->replaceWidget(index, m_detailTabs);
        m_detailTabs->addTab(m_detail, tr("Details"));
        m_splitter->setStretchFactor(1, 1);
    }
    m_detailTabs->addTab(widget, title);
}

void QueuePage::refreshDetail()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        showRecord(id);
}

void QueuePage::showEditors(Database& database, const Clock& clock, const QString& entity,
                            const QString& actor)
{
    m_editorWatch = EditorWatch {&database, &clock, entity, actor};
}

void QueuePage::showRecord(const QString& id)
{
    showDetail(id);
    if (!m_editorWatch)
        return;
    QStringList editors;
    try {
        for (const EditPresence::Editor& editor :
             EditPresence(*m_editorWatch->database)
                 .others(m_editorWatch->entity, id, m_editorWatch->actor, m_editorWatch->clock->nowUtc()))
            editors << tr("%1 (since %2)")
                           .arg(editor.holder, DomainText::localTime(editor.since.toMSecsSinceEpoch()));
    } catch (const StorageError& error) {
        // Out of reach, the server is named by the status bar and the record's own read already.
        m_detail->setNotice(
            error.isLostConnection()
                ? QString()
                : tr("Who else is editing this record could not be read: %1").arg(error.message()));
        return;
    }
    m_detail->setNotice(editors.isEmpty() ? QString()
                                          : tr("Being edited by %1").arg(editors.join(QStringLiteral(", "))));
}

void QueuePage::refreshChanged(const QStringList& ids)
{
    if (!m_activated)
        return;
    if (ids.isEmpty()) {
        m_model->reread();
        return;
    }
    m_model->refreshRows(ids);
    if (ids.contains(selectedId()))
        refreshDetail();
}

void QueuePage::showListError(const QString& message)
{
    // Not a box of its own event loop: the list is read again meanwhile (after a reconnection,
    // say), and a box left open over a list that was read would say what is no longer true.
    if (!m_listError) {
        m_listError = new QMessageBox(QMessageBox::Warning, tr("Database error"), {}, QMessageBox::Ok, this);
        m_listError->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_listError->setText(tr("The list could not be read.\n\n%1").arg(message));
    m_listError->open();
}

void QueuePage::applyFilter(int column, const QString& text)
{
    m_header->setFilterError(column, m_model->setFilterText(column, text));
}

void QueuePage::rebuildTabs()
{
    const QSignalBlocker blocker(m_tabs);
    const QLocale locale;
    const QString selected = m_model->status();
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    // While the worker counts, the tabs say so rather than show the counts of the previous filters;
    // counts that could not be read are unknown, not zero.
    const bool pending = m_model->countsPending();
    const bool failed = !m_model->countError().isEmpty();
    const auto countText = [&locale, pending, failed](qint64 count) {
        return pending ? QStringLiteral("…") : failed ? QStringLiteral("?") : locale.toString(count);
    };
    // Overdue rows are a badge in their tab, in red: "Pending (1,520 · 320 overdue)".
    const auto addTab = [this, &countText](const QString& name, qint64 count, qint64 overdue,
                                           const QString& key) {
        const int index = m_tabs->addTab(
            overdue > 0 ? tr("%1 (%2 · %3 overdue)").arg(name, countText(count), QLocale().toString(overdue))
                        : tr("%1 (%2)").arg(name, countText(count)));
        m_tabs->setTabData(index, key);
        if (overdue > 0)
            m_tabs->setTabTextColor(index, QColor(0xC6, 0x28, 0x28));
        return index;
    };
    addTab(tr("All"), m_model->totalCount(), m_model->overdueTotal(), QString());
    int current = 0;
    for (const auto& [key, name] : m_model->statusEntries()) {
        const int index
            = addTab(name, m_model->statusCounts().value(key), m_model->overdueCounts().value(key), key);
        if (key == selected)
            current = index;
    }
    m_tabs->setCurrentIndex(current);
    // A tab bar that had no tabs when first laid out keeps a zero height unless told to grow.
    m_tabs->setMinimumHeight(m_tabs->sizeHint().height());
    updateFooter();
}

void QueuePage::setEmptyText(const QString& text)
{
    m_emptyText = text;
    updateEmptyNotice();
}

void QueuePage::updateEmptyNotice()
{
    QString text;
    if (m_model->rowCount() == 0) {
        if (m_listUnread)
            text = tr("The list could not be read.");
        else if (!m_model->searchText().isEmpty() || !m_model->request().filters.isEmpty())
            text = tr("Nothing matches the search or the column filters.");
        else if (!m_model->status().isEmpty()
                 && (m_model->countsPending() || !m_model->countError().isEmpty()
                     || m_model->totalCount() > 0))
            text = tr("Nothing in this tab.");
        else
            text = m_emptyText;
    }
    m_emptyNotice->showText(text);
}

void QueuePage::updateFooter()
{
    if (m_model->countsPending()) {
        m_footer->setText(tr("Showing %Ln row(s); counting…", nullptr, m_model->rowCount()));
        return;
    }
    if (!m_model->countError().isEmpty()) {
        m_footer->setText(
            tr("Showing %Ln row(s); the counts could not be read: %1", nullptr, m_model->rowCount())
                .arg(m_model->countError()));
        return;
    }
    // The plural follows the total; a queue stays far below 2^31 rows.
    const auto total = int(m_model->status().isEmpty() ? m_model->totalCount()
                                                       : m_model->statusCounts().value(m_model->status()));
    m_footer->setText(
        tr("Showing %1 of %Ln row(s)", nullptr, total).arg(QLocale().toString(m_model->rowCount())));
}

void QueuePage::saveState(QSettings& settings) const
{
    settings.beginGroup(m_pageKey);
    settings.setValue(QStringLiteral("header"), m_header->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("status"), m_model->status());
    settings.setValue(QStringLiteral("search"), m_model->searchText());
    QStringList filters;
    for (int column = 0; column < m_model->columnCount(); ++column)
        filters << m_model->filterText(column);
    settings.setValue(QStringLiteral("filters"), filters);
    settings.endGroup();
}

void QueuePage::restoreState(QSettings& settings)
{
    settings.beginGroup(m_pageKey);
    {
        const QSignalBlocker blocker(m_header);
        // Widths the user has set are kept; a list never saved fits its columns to its first rows.
        m_columnsFitted = m_header->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    }
    m_header->adjustPositions();
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QStringList filters = settings.value(QStringLiteral("filters")).toStringList();
    const QString status = settings.value(QStringLiteral("status"), m_defaultStatus).toString();
    const QString search = settings.value(QStringLiteral("search")).toString();
    settings.endGroup();
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(search);
    }
    for (int column = 0; column < filters.size(); ++column)
        m_header->setFilterText(column, filters.at(column));
    const QMap<int, QString> errors = m_model->configure(
        filters, search, status, m_header->sortIndicatorSection(), m_header->sortIndicatorOrder());
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        m_header->setFilterError(it.key(), it.value());
    if (m_activated)
        m_model->reload();
}

void QueuePage::repaintEveryMinute()
{
    auto* minute = new QTimer(this);
    connect(minute, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    minute->start(60 * 1000);
}

void QueuePage::addMenuButton(QMenu* menu)
{
    auto* button = new QToolButton;
    button->setText(menu->title());
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(button);
}
