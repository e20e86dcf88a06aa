#include "demowindowsetup.h"
#include "freshdatabase.h"
#include "mainwindow.h"
#include "mainwindowservices.h"
#include "pagedtablemodel.h"
#include "permissiongate.h"
#include "permissionrepository.h"
#include "queuepage.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
        MainWindowServices services(m_fresh->database());
        const QSet<QString> everything = PermissionRepository(m_fresh->database()).granted();
        MainWindow window(services.context(
            *m_settings,
            Permissions(granted.isEmpty() ? everything : QSet<QString>(granted.begin(), granted.end()))));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showPage(pageName));
        auto* page = qobject_cast<QueuePage*>(window.page(pageName));
        if (!status.isEmpty())
            page->model()->setStatus(status);
        QTRY_VERIFY(page->model()->rowCount() > 0);
        page->tableView()->selectRow(0);
        page->tableView()->setFocus();
        QString opened;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                opened = QString::fromLatin1(dialog->metaObject()->className());
                qobject_cast<QDialog*>(dialog)->reject();
            }
        });
        answer.start(20);
        QTest::keyClick(page->tableView(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        answer.stop();
        PermissionGate::apply(&window, Permissions(everything)); // the gate is the process's
        QCOMPARE(opened, dialogClass);
    }

private:
    static QueuePage* queue(const MainWindow& window, const QString& name)
    {
        return qobject_cast<QueuePage*>(window.page(name));
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<QSettings> m_settings;
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestMainWindowKeys)
#include "tst_mainwindowkeys.moc"
