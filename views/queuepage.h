#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

class Clock;
class Database;
class DetailPane;
class EmptyListNotice;
class FilterHeader;
class PagedTableModel;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class RowMenu;
class QToolBar;
class QSettings;
class QSplitter;
class QTabBar;
class QTabWidget;
class QTableView;

/// A page that lists one kind of record: status tabs with counts, a table fed page by page with
/// a filter box above each column and sorting in SQL, and a detail pane for the selected row.
/// Subclasses fill the detail pane.
class QueuePage : public QWidget
{
    Q_OBJECT
public:
    /// `pageKey` names the page in saved settings; the page takes ownership of `model`.
    QueuePage(const QString& pageKey, PagedTableModel* model, QWidget* parent = nullptr);

    PagedTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_view; }
    FilterHeader* filterHeader() const { return m_header; }
    QTabBar* statusTabs() const { return m_tabs; }
    /// The line under the list: rows shown of how many, or why the counts are missing.
    QLabel* footerLabel() const { return m_footer; }
    /// The page's actions, above the status tabs.
    QToolBar* toolBar() const { return m_toolBar; }
    /// Adds a tool-bar button that opens `menu`.
    void addMenuButton(QMenu* menu);
    /// The menu a row opens (right-click, the Menu key, Shift+F10): pages add their record actions.
    RowMenu* rowMenu() const { return m_rowMenu; }
    /// The search box at the right of the tool bar; hidden until enableSearch().
    QLineEdit* searchBox() const { return m_search; }
    /// Shows the search box with `placeholder`; typing searches the model after a short pause.
    /// Ctrl+Shift+F goes to it; in it, Down goes back to the list and Esc clears it (or, when it is
    /// empty, goes back to the list).
    void enableSearch(const QString& placeholder);
    /// Id of the current row, empty when none.
    QString selectedId() const;
    /// The ids of every selected row, in no particular order.
    QStringList selectedIds() const;

    /// Rows another client changed: re-reads them where loaded, the counts, and the detail when
    /// it shows one of them, keeping the selection and the scroll position. Empty `ids` (too many
    /// changed to list) reads the list again.
    void refreshChanged(const QStringList& ids);
    /// Loads the first page with the saved filters, sort and status (first call only).
    void activate();
    /// From now on the detail pane names who else has the selected record open for editing
    /// (EditPresence of `entity`, as EditSession announces it), read again with the detail.
    void showEditors(Database& database, const Clock& clock, const QString& entity, const QString& actor);
    void saveState(QSettings& settings) const;
    /// Restores a saved view; a page never saved opens on the default status tab.
    void restoreState(QSettings& settings);
    /// What the list says when it holds no record at all, e.g. how records come to be here.
    void setEmptyText(const QString& text);
    /// The words shown over the list while it is empty.
    EmptyListNotice* emptyNotice() const { return m_emptyNotice; }
    /// Repaints the list once a minute, for columns that show the time left or waited.
    void repaintEveryMinute();
    /// The status tab a page opens on before the user has chosen one; "All" unless set.
    void setDefaultStatus(const QString& statusKey) { m_defaultStatus = statusKey; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    DetailPane* detailPane() const { return m_detail; }
    /// Puts the detail pane into a "Details" tab and adds `widget` as a further tab.
    void addDetailTab(QWidget* widget, const QString& title);
    /// Fills the detail pane for the row `id` (never empty).
    virtual void showDetail(const QString& id) = 0;
    /// Re-reads the detail of the current row, e.g. after an edit.
    void refreshDetail();

private:
    struct EditorWatch
    {
        Database* database = nullptr;
        const Clock* clock = nullptr;
        QString entity;
        QString actor;
    };

    /// showDetail() and the notice of who else edits the record.
    void showRecord(const QString& id);
    void rebuildTabs();
    void updateFooter();
    void updateEmptyNotice();
    /// Says that the list could not be read, in one box that the next reading closes.
    void showListError(const QString& message);
    void applyFilter(int column, const QString& text);
    void restoreCurrentRow();
    void fitColumnsToContents();

    QString m_pageKey;
    QString m_defaultStatus;
    PagedTableModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_search = nullptr;
    QTabBar* m_tabs = nullptr;
    QTableView* m_view = nullptr;
    FilterHeader* m_header = nullptr;
    RowMenu* m_rowMenu = nullptr;
    DetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_footer = nullptr;
    EmptyListNotice* m_emptyNotice = nullptr;
    QString m_emptyText;
    bool m_listUnread = false; ///< the last reading of the list failed
    QPointer<QMessageBox> m_listError; ///< open while it says so
    /// The current record and column when the list was last about to be read again.
    QString m_currentIdBeforeReset;
    int m_currentColumnBeforeReset = 0;
    bool m_currentRowToRestore = false; ///< the list was reset; its first page is still to come
    bool m_columnsFitted = false; ///< widths were restored or fitted to the first rows read
    QTabWidget* m_detailTabs = nullptr;
    std::optional<EditorWatch> m_editorWatch;
    bool m_activated = false;
};
