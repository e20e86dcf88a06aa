#include "demowindowsetup.h"
#include "filterheader.h"
#include "freshdatabase.h"
#include "invoicerequestrepository.h"
#include "mainwindow.h"
#include "mainwindowservices.h"
#include "pagedtablemodel.h"
#include "permissiongate.h"
#include "permissionrepository.h"
#include "queuepage.h"
#include "rowmenu.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

/// The main window used with the keyboard alone: where the focus goes and what a page's keys open.
class TestMainWindowKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        QCOMPARE(DemoWindowSetup::writeDemoData(m_fresh->database()), QString());
        m_settings = DemoWindowSetup::emptyPreferences(m_folder);
    }
    void cleanup()
    {
        if (m_window) // the gate is the process's
            PermissionGate::apply(m_window.get(),
                                  Permissions(PermissionRepository(m_fresh->database()).granted()));
        m_page = nullptr;
        m_window.reset();
        m_services.reset();
        m_settings.reset();
        m_fresh.reset();
    }

    /// Starting the window, showPage() and Ctrl+digit put the focus in the page's list, so Down walks
    /// the queue rather than the navigation; Ctrl+PgDown / Ctrl+PgUp step through its tabs.
    void focus_isInThePagesList_andTheTabsStepWithTheKeyboard()
    {
        MainWindowServices services(m_fresh->database());
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPageName(), QStringLiteral("vendors"));
        QCOMPARE(window.focusWidget(), queue(window, QStringLiteral("vendors"))->tableView());
        QVERIFY(window.showPage(QStringLiteral("deliveries")));
        QCOMPARE(window.focusWidget(), queue(window, QStringLiteral("deliveries"))->tableView());

        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("invoices"));
        QueuePage* invoices = queue(window, QStringLiteral("invoices"));
        QCOMPARE(window.focusWidget(), invoices->tableView());
        QTRY_VERIFY(invoices->model()->rowCount() > 1);
        invoices->tableView()->setCurrentIndex(invoices->model()->index(0, 0));
        QTest::keyClick(window.focusWidget(), Qt::Key_Down);
        QCOMPARE(window.currentPageName(), QStringLiteral("invoices"));
        QCOMPARE(invoices->tableView()->currentIndex().row(), 1);

        const int tab = invoices->statusTabs()->currentIndex();
        QCOMPARE(tab, 1); // pending
        QTest::keyClick(window.focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(invoices->statusTabs()->currentIndex(), tab + 1);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(window.focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        // Three steps back pass the first tab and wrap to the last.
        QCOMPARE(invoices->statusTabs()->currentIndex(), invoices->statusTabs()->count() - 1);

        // A page without a list takes the focus on its first widget.
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("settings"));
        QVERIFY(window.focusWidget()
                && window.page(QStringLiteral("settings"))->isAncestorOf(window.focusWidget()));
    }

    /// A page's key on its selected row opens the dialog of the page's main work.
    void keyOnARow_opensThePagesDialog_data()
    {
        QTest::addColumn<QString>("pageName");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QStringList>("granted"); // empty: every permission
        QTest::addColumn<QString>("dialogClass"); // empty: none may open
        QTest::newRow("Ctrl+E edits a vendor")
            << QStringLiteral("vendors") << QString() << int(Qt::Key_E) << int(Qt::ControlModifier)
            << QStringList() << QStringLiteral("EditVendorContactDialog");
        QTest::newRow("Enter issues a request in processing")
            << QStringLiteral("invoices") << QStringLiteral("processing") << int(Qt::Key_Return)
            << int(Qt::NoModifier) << QStringList() << QStringLiteral("IssueInvoiceDialog");
        QTest::newRow("Enter goes on with a draft contract")
            << QStringLiteral("contracts") << QStringLiteral("draft") << int(Qt::Key_Return)
            << int(Qt::NoModifier) << QStringList() << QStringLiteral("ContractWizard");
        // The gate hides the Issue action, and a hidden QAction is a disabled one.
        QTest::newRow("Enter does not issue without the permission")
            << QStringLiteral("invoices") << QStringLiteral("processing") << int(Qt::Key_Return)
            << int(Qt::NoModifier) << QStringList {QStringLiteral("invoice.list")} << QString();
    }
    void keyOnARow_opensThePagesDialog()
    {
        QFETCH(QString, pageName);
        QFETCH(QString, status);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QStringList, granted);
        QFETCH(QString, dialogClass);
        openOnFirstRow(pageName, status, granted);
        if (QTest::currentTestFailed())
            return;
        const QString opened = dialogOpenedBy([this, key, modifiers] {
            QTest::keyClick(m_page->tableView(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        });
        QCOMPARE(opened, dialogClass);
    }

    /// The row menu offers the steps the current record allows now, the first one active: on Enter
    /// where a page has no single main dialog (Deliveries, Orders), the Menu key and Shift+F10 on
    /// every list. A step the user may not take is not offered.
    void keyOnARow_opensTheRowMenu_data()
    {
        QTest::addColumn<QString>("pageName");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QStringList>("granted"); // empty: every permission
        QTest::addColumn<QStringList>("offered"); // the first is active
        QTest::addColumn<QStringList>("notOffered");
        QTest::newRow("Enter on a delivery awaiting confirmation")
            << QStringLiteral("deliveries") << QStringLiteral("awaiting_confirmation") << int(Qt::Key_Return)
            << int(Qt::NoModifier) << QStringList()
            << QStringList {QStringLiteral("Confirm requirement…"), QStringLiteral("Reject requirement…"),
                            QStringLiteral("Edit requirement…"), QStringLiteral("Print…")}
            << QStringList {QStringLiteral("Submit for acceptance…"), QStringLiteral("Approve refund…")};
        QTest::newRow("the Menu key on a pending request")
            << QStringLiteral("invoices") << QStringLiteral("pending") << int(Qt::Key_Menu)
            << int(Qt::NoModifier) << QStringList()
            << QStringList {QStringLiteral("Issue…"), QStringLiteral("Start processing")}
            << QStringList {QStringLiteral("New request"), QStringLiteral("Mark delivered")};
        QTest::newRow("Shift+F10 on a paid order")
            << QStringLiteral("orders") << QStringLiteral("paid") << int(Qt::Key_F10)
            << int(Qt::ShiftModifier) << QStringList() << QStringList {QStringLiteral("Ask for a refund…")}
            << QStringList {QStringLiteral("Approve refund…")};
        QTest::newRow("no delivery step without the permission")
            << QStringLiteral("deliveries") << QStringLiteral("awaiting_confirmation") << int(Qt::Key_Return)
            << int(Qt::NoModifier) << QStringList {QStringLiteral("invoice.list")}
            << QStringList {QStringLiteral("Print…")} << QStringList {QStringLiteral("Confirm requirement…")};
        QTest::newRow("an order without the permission")
            << QStringLiteral("orders") << QStringLiteral("paid") << int(Qt::Key_Return)
            << int(Qt::NoModifier) << QStringList {QStringLiteral("invoice.list")}
            << QStringList {QStringLiteral("Nothing can be done with this record now")}
            << QStringList {QStringLiteral("Ask for a refund…")};
    }
    void keyOnARow_opensTheRowMenu()
    {
        QFETCH(QString, pageName);
        QFETCH(QString, status);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QStringList, granted);
        QFETCH(QStringList, offered);
        QFETCH(QStringList, notOffered);
        openOnFirstRow(pageName, status, granted);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(m_page->tableView(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QMenu* menu = m_page->rowMenu()->openMenu();
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QStringList entries;
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator())
                entries << action->text();
        }
        for (const QString& entry : offered)
            QVERIFY2(entries.contains(entry), qPrintable(entries.join(QLatin1Char('|'))));
        for (const QString& entry : notOffered)
            QVERIFY2(!entries.contains(entry), qPrintable(entries.join(QLatin1Char('|'))));
        QCOMPARE(entries.first(), offered.first());
        if (menu->actions().first()->isEnabled())
            QCOMPARE(menu->activeAction()->text(), offered.first());
        menu->close();
    }

    /// A right-click on a row makes it current and opens the menu for it.
    void rightClick_opensTheMenuOfTheRowUnderIt()
    {
        openOnFirstRow(QStringLiteral("deliveries"), QString(), QStringList());
        if (QTest::currentTestFailed())
            return;
        QueuePage* page = m_page;
        QVERIFY(page->model()->rowCount() > 2);
        const QPoint onThirdRow = page->tableView()->visualRect(page->model()->index(2, 1)).center();
        QTest::mouseClick(page->tableView()->viewport(), Qt::RightButton, {}, onThirdRow);
        QCOMPARE(page->tableView()->currentIndex().row(), 2);
        QContextMenuEvent request(QContextMenuEvent::Mouse, onThirdRow,
                                  page->tableView()->viewport()->mapToGlobal(onThirdRow));
        QApplication::sendEvent(page->tableView()->viewport(), &request);
        QVERIFY(page->rowMenu()->openMenu());
        QTRY_VERIFY(page->rowMenu()->openMenu()->isVisible());
        page->rowMenu()->openMenu()->close();
    }

    /// Ctrl+Shift+F, a record's number and Enter narrow a list to that record.
    void searchBox_findsARecordByItsNumber_data()
    {
        QTest::addColumn<QString>("pageName");
        QTest::addColumn<int>("column");
        QTest::newRow("an order by its ID") << QStringLiteral("orders") << 0;
        QTest::newRow("a vendor by its credit code") << QStringLiteral("vendors") << 1;
    }
    void searchBox_findsARecordByItsNumber()
    {
        QFETCH(QString, pageName);
        QFETCH(int, column);
        openOnFirstRow(pageName, QString(), QStringList());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_page->model()->rowCount() > 3);
        const QString number = m_page->model()->index(3, column).data().toString();
        QTest::keyClick(m_page->tableView(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->focusWidget(), m_page->searchBox());
        QTest::keyClicks(m_page->searchBox(), number);
        QTest::keyClick(m_page->searchBox(), Qt::Key_Return);
        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->index(0, column).data().toString(), number);
    }

    /// Enter in a filter box applies the filter at once, and is not Enter on the list's row.
    void filterBox_enterAppliesTheFilter_andOpensNothing()
    {
        openOnFirstRow(QStringLiteral("invoices"), QStringLiteral("processing"), QStringList());
        if (QTest::currentTestFailed())
            return;
        QLineEdit* box = nullptr;
        const QString opened = dialogOpenedBy([this, &box] {
            QTest::keyClick(m_page->tableView(), Qt::Key_F, Qt::ControlModifier);
            box = qobject_cast<QLineEdit*>(m_window->focusWidget());
            if (!box)
                return;
            QTest::keyClicks(box, QStringLiteral("<0h"));
            QTest::keyClick(box, Qt::Key_Return);
            QTest::qWait(100);
        });
        QVERIFY(box);
        // The first box is the time left's, as the queue shows it first.
        QCOMPARE(m_page->model()->filterText(InvoiceRequestRepository::TimeLeft), QStringLiteral("<0h"));
        QCOMPARE(opened, QString());
        QCOMPARE(m_window->focusWidget(), box);
    }

    /// Tab and Shift+Tab step through the filter boxes in the order the columns are shown, and
    /// Tab from the last goes into the list.
    void filterBoxes_tabStepsThroughThemInTheShownOrder()
    {
        openOnFirstRow(QStringLiteral("invoices"), QString(), QStringList());
        if (QTest::currentTestFailed())
            return;
        auto* header = qobject_cast<FilterHeader*>(m_page->tableView()->horizontalHeader());
        QVERIFY(header);
        header->moveSection(header->visualIndex(InvoiceRequestRepository::Amount), 1);
        QTest::keyClick(m_page->tableView(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_window->focusWidget(), header->editor(header->logicalIndex(0)));
        QTest::keyClick(m_window->focusWidget(), Qt::Key_Tab);
        QCOMPARE(m_window->focusWidget(), header->editor(InvoiceRequestRepository::Amount));
        QTest::keyClick(m_window->focusWidget(), Qt::Key_Tab);
        QCOMPARE(m_window->focusWidget(), header->editor(header->logicalIndex(2)));
        QTest::keyClick(m_window->focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(m_window->focusWidget(), header->editor(InvoiceRequestRepository::Amount));
        int last = header->count() - 1;
        while (header->isSectionHidden(header->logicalIndex(last)))
            --last;
        header->editor(header->logicalIndex(last))->setFocus();
        QTest::keyClick(m_window->focusWidget(), Qt::Key_Tab);
        QCOMPARE(m_window->focusWidget(), m_page->tableView());
    }

private:
    /// The class of the modal dialog `keys` opened (closed again at once), empty when none did.
    QString dialogOpenedBy(const std::function<void()>& keys)
    {
        QString opened;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&opened] {
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                opened = QString::fromLatin1(dialog->metaObject()->className());
                qobject_cast<QDialog*>(dialog)->reject();
            }
        });
        answer.start(20);
        keys();
        return opened;
    }

    /// Opens the window with `granted` (empty: every permission) on `pageName`'s tab `status` (empty:
    /// the tab it opens on), its first row selected and the keyboard in its list: m_page.
    void openOnFirstRow(const QString& pageName, const QString& status, const QStringList& granted)
    {
        const QSet<QString> everything = PermissionRepository(m_fresh->database()).granted();
        m_services = std::make_unique<MainWindowServices>(m_fresh->database());
        m_window = std::make_unique<MainWindow>(m_services->context(
            *m_settings,
            Permissions(granted.isEmpty() ? everything : QSet<QString>(granted.begin(), granted.end()))));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->showPage(pageName));
        m_page = queue(*m_window, pageName);
        if (!status.isEmpty())
            m_page->model()->setStatus(status);
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        m_page->tableView()->selectRow(0);
        m_page->tableView()->setFocus();
    }

    static QueuePage* queue(const MainWindow& window, const QString& name)
    {
        return qobject_cast<QueuePage*>(window.page(name));
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindowServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QueuePage* m_page = nullptr;
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestMainWindowKeys)
#include "tst_mainwindowkeys.moc"
