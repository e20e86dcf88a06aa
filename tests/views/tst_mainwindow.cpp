#include "commandline.h"
#include "conflictanswer.h"
#include "demowindowsetup.h"
#include "detailpane.h"
#include "editpresence.h"
#include "editsession.h"
#include "filterheader.h"
#include "freshdatabase.h"
#include "mainwindow.h"
#include "mainwindowservices.h"
#include "onboardingfixture.h"
#include "orderlistmodel.h"
#include "orderrepository.h"
#include "permissiongate.h"
#include "permissionrepository.h"
#include "productrepository.h"
#include "query.h"
#include "queuepage.h"
#include "rulesettingsbox.h"
#include "settingspage.h"
#include "settingsservice.h"
#include "vendorrepository.h"

#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUuid>

class TestMainWindow : public QObject
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

    void opensOnDemoDataAndSwitchesPages()
    {
        MainWindowServices services(m_fresh->database());
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(
            window.pageNames(),
            (QStringList {QStringLiteral("vendors"), QStringLiteral("applications"), QStringLiteral("orders"),
                          QStringLiteral("deliveries"), QStringLiteral("invoices"),
                          QStringLiteral("contracts"), QStringLiteral("products"), QStringLiteral("settings"),
                          QStringLiteral("catalogues"), QStringLiteral("users")}));
        QCOMPARE(window.currentPageName(), QStringLiteral("vendors"));
        // A vendor approved anywhere appears in the list.
        auto* vendorList = qobject_cast<QueuePage*>(window.page(QStringLiteral("vendors")))->model();
        QTRY_VERIFY(vendorList->rowCount() > 0);
        const int vendorsBefore = vendorList->rowCount();
        QVERIFY(!OnboardingFixture::approvedVendor(
                     services.applications, QStringLiteral("新入驻科技有限公司"),
                     OnboardingFixture::creditCode(QStringLiteral("91330106MA2KY0099")),
                     OnboardingFixture::chinaTime(2026, 11, 23))
                     .isNull());
        QCOMPARE(vendorList->rowCount(), vendorsBefore + 1);
        for (const QString& name : CommandLine::knownPages())
            QVERIFY2(window.showPage(name), qPrintable(name));
        QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
        QVERIFY(window.showPage(QStringLiteral("contracts")));
        QVERIFY(window.showPage(QStringLiteral("invoices")));

        QVERIFY(window.showPage(QStringLiteral("orders")));
        auto* orders = qobject_cast<QueuePage*>(window.page(QStringLiteral("orders")));
        QVERIFY(orders);
        QCOMPARE(orders->model()->rowCount(), 200);
        QCOMPARE(orders->statusTabs()->count(), 5);
        QTRY_VERIFY(orders->statusTabs()->tabText(0).contains(QStringLiteral("2,000"))
                    || orders->statusTabs()->tabText(0).contains(QStringLiteral("2000")));

        // Typing into a column's filter box narrows the list after the debounce.
        QLineEdit* statusFilter = orders->filterHeader()->editor(OrderRepository::Status);
        QVERIFY(statusFilter);
        QTest::keyClicks(statusFilter, QStringLiteral("Refunded"));
        QTRY_VERIFY(!orders->model()->countsPending() && orders->model()->totalCount() > 0
                    && orders->model()->totalCount() < 2000);
        QCOMPARE(orders->model()->filterText(OrderRepository::Status), QStringLiteral("Refunded"));

        // Selecting a row fills the detail pane.
        orders->tableView()->selectRow(0);
        QVERIFY(!orders->selectedId().isEmpty());

        // Ctrl+2 jumps to the applications, Ctrl+4 to the deliveries, Ctrl+5 to the invoice queue,
        // Ctrl+6 to the contracts, Ctrl+7 to the products, Ctrl+0 to Users, Ctrl+8 to Settings.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("applications"));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("deliveries"));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("invoices"));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("contracts"));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("products"));
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("users"));
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("settings"));

        // The invoice deadline rule is saved to the database's settings.
        auto* settingsPage = qobject_cast<SettingsPage*>(window.page(QStringLiteral("settings")));
        QVERIFY(settingsPage);
        RuleSettingsBox* rules = settingsPage->ruleSettings();
        QCOMPARE(rules->spinBox(QStringLiteral("invoice.sla_days"))->value(), 7);
        rules->spinBox(QStringLiteral("invoice.sla_days"))->setValue(10);
        rules->dayKindBox()->setCurrentIndex(1);
        QVERIFY(rules->save());
        SettingsService stored(m_fresh->database());
        QCOMPARE(stored.read(QStringLiteral("invoice.sla_days")).value, QStringLiteral("10"));
        QCOMPARE(stored.read(QStringLiteral("invoice.sla_working_days")).value, QStringLiteral("1"));
        QCOMPARE(stored.invoiceIssueRule().workingDays, true);
        window.close();
        QCOMPARE(m_settings->value(QStringLiteral("window/page")).toString(), QStringLiteral("settings"));
        QCOMPARE(m_settings->value(QStringLiteral("pages/orders/filters"))
                     .toStringList()
                     .value(OrderRepository::Status),
                 QStringLiteral("Refunded"));
    }

    void hidesWhatTheUserMayNotDo()
    {
        MainWindowServices services(m_fresh->database());
        MainWindow window(services.context(
            *m_settings, Permissions({QStringLiteral("invoice.list"), QStringLiteral("invoice.create")})));
        const auto tagged = [&window](const QString& key) {
            QList<QAction*> actions;
            for (QAction* action : window.findChildren<QAction*>()) {
                if (action->property("marketdeskPermission").toString() == key)
                    actions << action;
            }
            return actions;
        };
        QVERIFY(!tagged(QStringLiteral("invoice.issue")).isEmpty());
        for (QAction* action :
             tagged(QStringLiteral("invoice.issue")) + tagged(QStringLiteral("deposit.record")))
            QVERIFY2(!action->isVisible(), qPrintable(action->text()));
        QVERIFY(!tagged(QStringLiteral("invoice.create")).isEmpty());
        for (QAction* action : tagged(QStringLiteral("invoice.create")))
            QVERIFY2(action->isVisible(), qPrintable(action->text()));
        // Everything again for the tests after this one (the gate is the process's).
        PermissionGate::apply(&window, Permissions(PermissionRepository(m_fresh->database()).granted()));
    }

    void refreshesWhatAnotherClientChanged()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QStringLiteral("postgresql"))
            return; // the embedded file has no other client
        MainWindowServices services(m_fresh->database());
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        window.show();
        auto* vendors = qobject_cast<QueuePage*>(window.page(QStringLiteral("vendors")));
        QTRY_VERIFY(vendors->model()->rowCount() > 1);
        vendors->tableView()->selectRow(1);
        const QString id = vendors->model()->idAt(1);
        QString error;
        const std::unique_ptr<Database> other = m_fresh->database().openAnother(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Query::execute(
            *other, QStringLiteral("UPDATE vendors SET contact_person = '远程修改' WHERE id = '%1'").arg(id));
        const QModelIndex cell = vendors->model()->index(1, VendorRepository::ContactPerson);
        QTRY_COMPARE_WITH_TIMEOUT(cell.data().toString(), QStringLiteral("远程修改"), 1000);
        QCOMPARE(vendors->selectedId(), id);

        // A product renamed elsewhere is renamed on the open Products page too.
        QVERIFY(window.showPage(QStringLiteral("products")));
        auto* products = qobject_cast<QueuePage*>(window.page(QStringLiteral("products")));
        QTRY_VERIFY(products->model()->rowCount() > 0);
        Query::execute(*other,
                       QStringLiteral("UPDATE products SET name = '远程改名' WHERE id = '%1'")
                           .arg(products->model()->idAt(0)));
        QTRY_COMPARE_WITH_TIMEOUT(products->model()->index(0, ProductRepository::Name).data().toString(),
                                  QStringLiteral("远程改名"), 1000);
        QVERIFY(window.showPage(QStringLiteral("vendors")));

        // Someone opens the vendor's editor elsewhere: the detail says who, within a second.
        EditPresence(*other).announce(QStringLiteral("vendor"), id, QStringLiteral("clerk2@elsewhere"),
                                      QDateTime::currentDateTimeUtc());
        const auto showsEditor = [&window] {
            for (const QLabel* label : window.findChildren<QLabel*>()) {
                if (label->isVisible() && label->text().contains(QStringLiteral("clerk2@elsewhere")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsEditor(), 1000);
        EditPresence(*other).withdraw(QStringLiteral("vendor"), id, QStringLiteral("clerk2@elsewhere"));
        QTRY_VERIFY_WITH_TIMEOUT(!showsEditor(), 1000);
    }

    void invoiceDeadline_changedMeanwhile_isNotOverwritten()
    {
        MainWindowServices services(m_fresh->database());
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        RuleSettingsBox* rules
            = qobject_cast<SettingsPage*>(window.page(QStringLiteral("settings")))->ruleSettings();
        QSpinBox* days = rules->spinBox(QStringLiteral("invoice.sla_days"));
        QSpinBox* topUp = rules->spinBox(QStringLiteral("deposit.top_up_working_days"));
        QCOMPARE(days->value(), 7);
        // Another administrator makes it 5 working days after this page showed 7 calendar days.
        QString error;
        const std::unique_ptr<Database> other = m_fresh->database().openAnother(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SettingsService theirs(*other);
        QVERIFY(theirs
                    .saveAll({{{CommandId(QUuid::createUuid()), QStringLiteral("admin2"),
                                QDateTime::currentDateTimeUtc()},
                               QStringLiteral("invoice.sla_days"),
                               QStringLiteral("5"),
                               0},
                              {{CommandId(QUuid::createUuid()), QStringLiteral("admin2"),
                                QDateTime::currentDateTimeUtc()},
                               QStringLiteral("invoice.sla_working_days"),
                               QStringLiteral("1"),
                               0}})
                    .succeeded());

        days->setValue(10); // collides with their 5; their kind of day is kept
        topUp->setValue(5); // nobody else touched it: kept for the next save
        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        QVERIFY(!rules->save());
        QCOMPARE(answer.rows(), 3); // the figures either side changed, not all of them
        QCOMPARE(theirs.read(QStringLiteral("invoice.sla_days")).value, QStringLiteral("5"));
        QCOMPARE(theirs.read(QStringLiteral("deposit.top_up_working_days")).version, 0);
        QCOMPARE(days->value(), 5);
        QCOMPARE(rules->dayKindBox()->currentIndex(), 1);
        QCOMPARE(topUp->value(), 5);

        days->setValue(12);
        QVERIFY(rules->save());
        QCOMPARE(theirs.read(QStringLiteral("invoice.sla_days")).value, QStringLiteral("12"));
        QCOMPARE(theirs.read(QStringLiteral("invoice.sla_working_days")).value, QStringLiteral("1"));
        QCOMPARE(theirs.rules().topUpWorkingDays, 5);
    }

    void namesWhoElseEditsTheSelectedRecord_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("entity");
        QTest::newRow("vendors") << QStringLiteral("vendors") << QStringLiteral("vendor");
        QTest::newRow("applications") << QStringLiteral("applications") << QStringLiteral("application");
        QTest::newRow("deliveries") << QStringLiteral("deliveries") << QStringLiteral("delivery");
        QTest::newRow("invoices") << QStringLiteral("invoices") << QStringLiteral("invoice_request");
        QTest::newRow("contracts") << QStringLiteral("contracts") << QStringLiteral("contract");
        QTest::newRow("products") << QStringLiteral("products") << QStringLiteral("product");
    }

    void namesWhoElseEditsTheSelectedRecord()
    {
        QFETCH_GLOBAL(QString, backend);
        QFETCH(QString, page);
        QFETCH(QString, entity);
        MainWindowServices services(m_fresh->database());
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        window.show();
        QVERIFY(window.showPage(page));
        auto* queue = qobject_cast<QueuePage*>(window.page(page));
        QTRY_VERIFY(queue->model()->rowCount() > 0);
        queue->tableView()->selectRow(0);
        const QString id = queue->selectedId();
        const auto* notice = queue->findChild<QLabel*>(QStringLiteral("detailNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isHidden());
        QString error;
        const std::unique_ptr<Database> other = m_fresh->database().openAnother(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The embedded file has no other client to announce the change: the page is told directly.
        const auto tellSqlite = [&] {
            if (backend == QStringLiteral("sqlite"))
                queue->refreshChanged({id});
        };
        {
            const EditSession editing(*other, entity, id, QStringLiteral("clerk2@elsewhere"),
                                      QDateTime::currentDateTimeUtc());
            tellSqlite();
            QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QStringLiteral("clerk2@elsewhere")), 1000);
            QVERIFY(!notice->isHidden());
        }
        tellSqlite();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isHidden(), 1000);
        QCOMPARE(EditPresence(*other).others(entity, id, QString(), QDateTime::currentDateTimeUtc()).size(),
                 0);
    }

    void editingAVendorIsAnnouncedWhileTheEditorIsOpen()
    {
        MainWindowServices services(m_fresh->database());
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* vendors = qobject_cast<QueuePage*>(window.page(QStringLiteral("vendors")));
        QTRY_VERIFY(vendors->model()->rowCount() > 0);
        vendors->tableView()->selectRow(0);
        const QString id = vendors->selectedId();
        QStringList editorsWhileOpen;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                for (const EditPresence::Editor& editor :
                     EditPresence(m_fresh->database())
                         .others(QStringLiteral("vendor"), id, QString(), QDateTime::currentDateTimeUtc()))
                    editorsWhileOpen << editor.holder;
                dialog->reject();
            }
        });
        answer.start(20);
        QTest::keyClick(vendors->tableView(), Qt::Key_Return); // opens the contact editor
        answer.stop();
        QCOMPARE(editorsWhileOpen, QStringList {QStringLiteral("tester")});
        QCOMPARE(EditPresence(m_fresh->database())
                     .others(QStringLiteral("vendor"), id, QString(), QDateTime::currentDateTimeUtc())
                     .size(),
                 0);
    }

    void invoiceQueue_opensOnPending_withABadgeForTheOverdue()
    {
        MainWindowServices services(m_fresh->database());
        auto window = std::make_unique<MainWindow>(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        QVERIFY(window->showPage(QStringLiteral("invoices")));
        auto* invoices = qobject_cast<QueuePage*>(window->page(QStringLiteral("invoices")));
        QTabBar* tabs = invoices->statusTabs();
        QCOMPARE(invoices->model()->status(), QStringLiteral("pending"));
        QCOMPARE(tabs->tabData(tabs->currentIndex()).toString(), QStringLiteral("pending"));
        // The demo data's requests are past their deadlines on the system clock.
        QTRY_VERIFY(invoices->model()->overdueCounts().value(QStringLiteral("pending")) > 0);
        const QString overdue
            = QLocale().toString(invoices->model()->overdueCounts().value(QStringLiteral("pending")));
        QVERIFY2(tabs->tabText(tabs->currentIndex()).contains(QStringLiteral(" · %1 overdue)").arg(overdue)),
                 qPrintable(tabs->tabText(tabs->currentIndex())));
        QCOMPARE(tabs->tabTextColor(tabs->currentIndex()), QColor(0xC6, 0x28, 0x28));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->tabData(tab).toString() == QStringLiteral("issued"))
                QVERIFY2(!tabs->tabText(tab).contains(QStringLiteral("overdue")),
                         qPrintable(tabs->tabText(tab)));
        }

        // Once the clerk has chosen "All", that is what opens next time.
        tabs->setCurrentIndex(0);
        window->close();
        window.reset();
        MainWindow reopened(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        QCOMPARE(qobject_cast<QueuePage*>(reopened.page(QStringLiteral("invoices")))->model()->status(),
                 QString());
    }

    void unreadableCounts_areSaidUnderTheList_notInADialog()
    {
        Query::execute(
            m_fresh->database(),
            QStringLiteral("ALTER TABLE invoice_request_counts RENAME TO invoice_request_counts_away"));
        MainWindowServices services(m_fresh->database());
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        QVERIFY(window.showPage(QStringLiteral("invoices")));
        auto* invoices = qobject_cast<QueuePage*>(window.page(QStringLiteral("invoices")));
        QTRY_VERIFY(!invoices->model()->countsPending() && !invoices->model()->countError().isEmpty());
        QVERIFY(invoices->model()->rowCount() > 0);
        QVERIFY2(invoices->footerLabel()->text().contains(invoices->model()->countError()),
                 qPrintable(invoices->footerLabel()->text()));
        // Unknown, not zero.
        QVERIFY2(invoices->statusTabs()->tabText(0).contains(QStringLiteral("?")),
                 qPrintable(invoices->statusTabs()->tabText(0)));
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
    }

    void unreadableRecord_isSaidSo_notSaidToBeGone_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("table");
        QTest::newRow("vendors") << QStringLiteral("vendors") << QStringLiteral("vendors");
        QTest::newRow("applications") << QStringLiteral("applications") << QStringLiteral("applications");
        QTest::newRow("orders") << QStringLiteral("orders") << QStringLiteral("orders");
        QTest::newRow("deliveries") << QStringLiteral("deliveries") << QStringLiteral("deliveries");
        QTest::newRow("invoices") << QStringLiteral("invoices") << QStringLiteral("invoice_requests");
        QTest::newRow("contracts") << QStringLiteral("contracts") << QStringLiteral("contracts");
        QTest::newRow("products") << QStringLiteral("products") << QStringLiteral("products");
    }

    /// A record whose details cannot be read (here its table is gone; on a team server, the
    /// connection) says so, instead of that the record no longer exists.
    void unreadableRecord_isSaidSo_notSaidToBeGone()
    {
        QFETCH(QString, page);
        QFETCH(QString, table);
        MainWindowServices services(m_fresh->database());
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.showPage(page));
        auto* queue = qobject_cast<QueuePage*>(window.page(page));
        QTRY_VERIFY(queue->model()->rowCount() > 1);
        queue->tableView()->setCurrentIndex(queue->model()->index(0, 0));
        Query::execute(m_fresh->database(), QStringLiteral("ALTER TABLE %1 RENAME TO %1_away").arg(table));
        queue->tableView()->setCurrentIndex(queue->model()->index(1, 0));
        QStringList shown;
        for (const QLabel* label : queue->findChild<DetailPane*>()->findChildren<QLabel*>())
            shown << label->text();
        const QString said = shown.join(QLatin1Char('|'));
        QVERIFY2(said.contains(QStringLiteral("could not be read")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("no longer exists")), qPrintable(said));
    }

    void restoresTheSavedView()
    {
        m_settings->setValue(QStringLiteral("window/page"), QStringLiteral("orders"));
        QStringList filters(OrderRepository::ColumnCount);
        filters[OrderRepository::Status] = QStringLiteral("Paid");
        m_settings->setValue(QStringLiteral("pages/orders/filters"), filters);
        MainWindowServices services(m_fresh->database());
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        QCOMPARE(window.currentPageName(), QStringLiteral("orders"));
        auto* orders = qobject_cast<QueuePage*>(window.page(QStringLiteral("orders")));
        QCOMPARE(orders->filterHeader()->filterText(OrderRepository::Status), QStringLiteral("Paid"));
        QTRY_VERIFY(!orders->model()->countsPending() && orders->model()->totalCount() > 0
                    && orders->model()->totalCount() < 2000);
    }

    /// With nothing saved, the window came up at its widgets' smallest comfortable size, 1090 by
    /// 590 pixels on a 1400 by 900 screen, the detail pane squeezed beside the list.
    void firstStart_takesMostOfTheScreen_thenTheSavedSize()
    {
        MainWindowServices services(m_fresh->database());
        const QSize closedAt(1200, 700);
        {
            MainWindow window(services.context(
                *m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
            const QRect screen = window.screen()->availableGeometry();
            QCOMPARE(window.size(), (QSizeF(screen.size()) * 0.85).toSize());
            QCOMPARE(window.geometry().center(), screen.center());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(closedAt);
            QTRY_COMPARE(window.size(), closedAt);
            window.close();
        }
        MainWindow window(
            services.context(*m_settings, Permissions(PermissionRepository(m_fresh->database()).granted())));
        QCOMPARE(window.size(), closedAt);
    }

    void changedConnection_isSaved_andSaysWhenItIsUsed_data()
    {
        QTest::addColumn<QString>("overriddenBy");
        QTest::addColumn<QString>("said");
        QTest::newRow("saved connection in use") << QString() << QStringLiteral("from the next start");
        QTest::newRow("--database in use")
            << QStringLiteral("the --database option")
            << QStringLiteral("when it is started without the --database option");
    }

    void changedConnection_isSaved_andSaysWhenItIsUsed()
    {
        QFETCH(QString, overriddenBy);
        QFETCH(QString, said);
        MainWindowServices services(m_fresh->database());
        MainWindow window(services.context(
            *m_settings, Permissions(PermissionRepository(m_fresh->database()).granted()), overriddenBy));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showPage(QStringLiteral("settings")));
        QPushButton* change = nullptr;
        for (QPushButton* button : window.page(QStringLiteral("settings"))->findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("&Change connection…"))
                change = button;
        QVERIFY(change);
        QString message;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            } else if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                dialog->accept(); // the connection in use, tested before it is saved
            }
        });
        answer.start(20);
        change->click();
        answer.stop();
        QCOMPARE(m_settings->value(QStringLiteral("database/url")).toString(),
                 m_fresh->database().url().toString());
        QVERIFY2(message.contains(said), qPrintable(message));
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<QSettings> m_settings;
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
