#include "applicationrepository.h"
#include "applicationservice.h"
#include "applicationspage.h"
#include "filterheader.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"
#include "pagedtablemodel.h"
#include "query.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using F = OnboardingFixture;

/// The applications page as a reviewer reads it: the detail of the current application and the
/// footer under the list, in the language of the interface.
class TestApplicationsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    Database& db() { return m_fresh->database(); }

    void saveApplication(ApplicationService& service, int number)
    {
        QCOMPARE(service
                     .save(F::application(QStringLiteral("公司%1").arg(number),
                                          F::creditCode(QStringLiteral("91330106MA2KY002%1").arg(number)),
                                          F::chinaTime(2026, 11, 20)))
                     .kind,
                 WriteOutcome::Kind::Done);
    }

    /// A shown page listing three saved applications.
    std::unique_ptr<ApplicationsPage> pageOfThreeApplications(ApplicationService& service, const Clock& clock)
    {
        for (int i = 0; i < 3; ++i)
            saveApplication(service, i);
        auto page = std::make_unique<ApplicationsPage>(db(), service, clock, QStringLiteral("reviewer"));
        page->show();
        page->activate();
        return page;
    }

    static QStringList shownTexts(const QWidget& page)
    {
        QStringList shown;
        for (const QLabel* label : page.findChildren<QLabel*>())
            shown << label->text();
        return shown;
    }

private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void detail_listsTheMarketsTheWayTheLanguageDoes()
    {
        ApplicationService service(db());
        saveApplication(service, 0);
        FixedClock clock(F::chinaTime(2026, 11, 23));
        ApplicationsPage page(db(), service, clock, QStringLiteral("reviewer"));
        page.activate();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        page.tableView()->setCurrentIndex(page.model()->index(0, 0));

        const QStringList shown = shownTexts(page);
        const QStringList markets {QStringLiteral("软件市场"), QStringLiteral("服务市场")};
        QVERIFY2(shown.contains(QLocale().createSeparatedList(markets))
                     || shown.contains(QLocale().createSeparatedList({markets[1], markets[0]})),
                 qPrintable(shown.join(QLatin1Char('|'))));
    }

    void footer_countsRowsInTheEnglishSingularAndPlural()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(MARKETDESK_EN_QM)));
        QCoreApplication::installTranslator(&english);
        ApplicationService service(db());
        saveApplication(service, 0);
        FixedClock clock(F::chinaTime(2026, 11, 23));
        ApplicationsPage page(db(), service, clock, QStringLiteral("reviewer"));
        page.activate();
        QTRY_VERIFY2(shownTexts(page).contains(QStringLiteral("Showing 1 of 1 row")),
                     qPrintable(shownTexts(page).join(QLatin1Char('|'))));

        saveApplication(service, 1);
        page.refreshChanged({});
        QTRY_VERIFY2(shownTexts(page).contains(QStringLiteral("Showing 2 of 2 rows")),
                     qPrintable(shownTexts(page).join(QLatin1Char('|'))));
        QCoreApplication::removeTranslator(&english);
    }

    /// An empty list says why it is empty: nothing there yet (and how to add some), nothing in
    /// the chosen tab, or nothing matching the search.
    void emptyList_saysWhy()
    {
        ApplicationService service(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        ApplicationsPage page(db(), service, clock, QStringLiteral("reviewer"));
        page.resize(1000, 600);
        page.show();
        page.activate();
        const auto* notice = page.findChild<QLabel*>(QStringLiteral("emptyListNotice"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().startsWith(QStringLiteral("No applications yet")),
                 qPrintable(notice->text()));
        QTRY_COMPARE(notice->size(), page.tableView()->viewport()->size());

        saveApplication(service, 0);
        page.refreshChanged({});
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(!notice->isVisible());

        page.model()->setSearchText(QStringLiteral("不存在的公司"));
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Nothing matches the search or the column filters."));

        page.model()->setSearchText(QString());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QVERIFY(!notice->isVisible());
        QTRY_VERIFY(!page.model()->countsPending());
        QTabBar* tabs = page.statusTabs();
        int emptyTab = -1;
        for (int tab = 1; tab < tabs->count() && emptyTab < 0; ++tab)
            if (tabs->tabText(tab).contains(QStringLiteral("(0)")))
                emptyTab = tab;
        QVERIFY(emptyTab > 0);
        tabs->setCurrentIndex(emptyTab);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Nothing in this tab."));
    }

    /// Ctrl+Shift+F reaches the search box from the list; there, Down goes back to the list, Esc
    /// clears the search and a second Esc goes back to the list.
    void searchBox_isReachedAndLeftWithTheKeyboard()
    {
        ApplicationService service(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        const auto shown = pageOfThreeApplications(service, clock);
        ApplicationsPage& page = *shown;
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        page.tableView()->setFocus();
        QLineEdit* search = page.searchBox();

        QTest::keyClick(page.tableView(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), search);
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), page.tableView());

        QTest::keyClick(page.tableView(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), page.tableView());
    }

    /// After the list is read again the record that was current stays current when it is still
    /// there, else the first row is, so the arrow keys and Enter work at once.
    void currentRow_isKeptOrTheFirst_whenTheListIsReadAgain()
    {
        ApplicationService service(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        const auto shown = pageOfThreeApplications(service, clock);
        ApplicationsPage& page = *shown;
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.tableView()->currentIndex().row(), 0);

        page.tableView()->setCurrentIndex(page.model()->index(2, 1));
        const QString chosen = page.selectedId();
        page.refreshChanged({});
        QCOMPARE(page.selectedId(), chosen);
        QCOMPARE(page.tableView()->currentIndex().column(), 1);

        page.model()->setSearchText(QStringLiteral("zzzz"));
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.selectedId().isEmpty());
        page.model()->setSearchText(QStringLiteral("公司1"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.tableView()->currentIndex().row(), 0);
        QVERIFY(page.tableView()->selectionModel()->isRowSelected(0, {}));
        QVERIFY(shownTexts(page).contains(QStringLiteral("公司1")));
    }

    /// A list never saved fits its columns to its first rows, so an 18-character credit code
    /// reads whole; widths the user has set are kept.
    void columns_fitTheFirstRows_unlessWidthsWereSaved()
    {
        ApplicationService service(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        const auto shown = pageOfThreeApplications(service, clock);
        ApplicationsPage& page = *shown;
        QTRY_COMPARE(page.model()->rowCount(), 3);
        const int creditCode = ApplicationRepository::CreditCode;
        const QString code = page.model()->index(0, creditCode).data().toString();
        QCOMPARE(code.size(), 18);
        QVERIFY(page.filterHeader()->sectionSize(creditCode)
                > page.tableView()->fontMetrics().horizontalAdvance(code));

        page.filterHeader()->resizeSection(creditCode, 77);
        QTemporaryDir folder;
        QSettings settings(folder.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
        page.saveState(settings);
        ApplicationsPage again(db(), service, clock, QStringLiteral("reviewer"));
        again.restoreState(settings);
        again.show();
        again.activate();
        QTRY_COMPARE(again.model()->rowCount(), 3);
        QCOMPARE(again.filterHeader()->sectionSize(creditCode), 77);
    }

    /// A list that could not be read is not said to be empty, also once its counts arrive.
    void unreadableList_isNotSaidToBeEmpty()
    {
        Query::execute(db(), QStringLiteral("ALTER TABLE applications RENAME TO applications_away"));
        ApplicationService service(db());
        FixedClock clock(F::chinaTime(2026, 11, 23));
        ApplicationsPage page(db(), service, clock, QStringLiteral("reviewer"));
        page.show();
        QTimer dismiss;
        connect(&dismiss, &QTimer::timeout, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        dismiss.start(20);
        page.activate();
        const auto* notice = page.findChild<QLabel*>(QStringLiteral("emptyListNotice"));
        QTRY_COMPARE(notice->text(), QStringLiteral("The list could not be read."));
        QTRY_VERIFY(!page.model()->countsPending());
        QTest::qWait(100);
        QCOMPARE(notice->text(), QStringLiteral("The list could not be read."));
        QVERIFY(notice->isVisible());
        Query::execute(db(), QStringLiteral("ALTER TABLE applications_away RENAME TO applications"));
    }
};

QTEST_MAIN(TestApplicationsPage)
#include "tst_applicationspage.moc"
