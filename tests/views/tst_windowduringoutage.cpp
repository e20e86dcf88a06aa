#include "demowindowsetup.h"
#include "detailpane.h"
#include "freshdatabase.h"
#include "mainwindowservices.h"
#include "pagedtablemodel.h"
#include "permissionrepository.h"
#include "queuepage.h"
#include "tcprelay.h"

#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

/// The window while the network to the team server is down: the selected record says that the
/// server cannot be reached — not that the record is gone — without a second notice about who
/// else edits it, and the status bar says MarketDesk keeps trying; once the server answers again
/// the window says so and shows the record.
class TestWindowDuringOutage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString postgresql = QStringLiteral("postgresql");
        REQUIRE_BACKEND(postgresql);
        m_fresh = std::make_unique<FreshDatabase>(postgresql);
        QVERIFY2(m_fresh->error().isEmpty(), qPrintable(m_fresh->error()));
        QCOMPARE(DemoWindowSetup::writeDemoData(m_fresh->database()), QString());
        m_relay = std::make_unique<TcpRelay>(m_fresh->url());
        QVERIFY(m_relay->port() != 0);
        m_client = std::make_unique<Database>(m_relay->relayed());
        QCOMPARE(m_client->open(), QString());
        m_folder = std::make_unique<QTemporaryDir>();
        m_settings = DemoWindowSetup::emptyPreferences(*m_folder);
        m_services = std::make_unique<MainWindowServices>(*m_client);
        m_window = std::make_unique<MainWindow>(
            m_services->context(*m_settings, Permissions(PermissionRepository(*m_client).granted())));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(m_window->showPage(QStringLiteral("vendors")));
        m_vendors = qobject_cast<QueuePage*>(m_window->page(QStringLiteral("vendors")));
        QTRY_VERIFY(m_vendors->model()->rowCount() > 1);
    }

    void cleanup()
    {
        m_window.reset();
        m_services.reset();
        m_settings.reset();
        m_folder.reset();
        m_client.reset();
        m_relay.reset();
        m_fresh.reset();
    }

    void selectedRecord_saysTheServerCannotBeReached_untilItIsBack()
    {
        m_vendors->tableView()->setCurrentIndex(m_vendors->model()->index(0, 0));
        const auto* pane = m_vendors->findChild<DetailPane*>();
        const QString company = m_vendors->model()->index(1, 0).data().toString();

        m_relay->cut();
        m_vendors->tableView()->setCurrentIndex(m_vendors->model()->index(1, 0));
        QVERIFY2(shown(*pane).contains(QStringLiteral("The server cannot be reached")),
                 qPrintable(shown(*pane)));
        QVERIFY2(!shown(*pane).contains(QStringLiteral("no longer exists")), qPrintable(shown(*pane)));
        QCOMPARE(pane->notice(), QString());
        // The heartbeat beats every 5 seconds.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage(),
            QStringLiteral("The connection to the server is lost; MarketDesk keeps trying."), 7000);

        m_relay->restore();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(),
                                  QStringLiteral("Connected to the server again."), 12000);
        QTRY_VERIFY2(shown(*pane).contains(company), qPrintable(shown(*pane)));
    }

    /// The box saying that the list could not be read closes itself once the list is read again
    /// after the reconnection, rather than staying over a list that is fine.
    void listUnreadDuringOutage_isSaidSo_untilItIsReadAgain()
    {
        const int rows = m_vendors->model()->rowCount();
        m_relay->cut();
        m_vendors->refreshChanged({});
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_vendors->findChild<QMessageBox*>()) && box->isVisible());
        QVERIFY2(box->text().startsWith(
                     QStringLiteral("The list could not be read.\n\nThe server cannot be reached")),
                 qPrintable(box->text()));
        QCOMPARE(m_vendors->model()->rowCount(), 0);

        m_relay->restore();
        QTRY_COMPARE_WITH_TIMEOUT(m_vendors->model()->rowCount(), rows, 12000);
        QTRY_VERIFY(!m_vendors->findChild<QMessageBox*>());
    }

private:
    static QString shown(const DetailPane& pane)
    {
        QStringList texts;
        for (const QLabel* label : pane.findChildren<QLabel*>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<TcpRelay> m_relay;
    std::unique_ptr<Database> m_client;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindowServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QueuePage* m_vendors = nullptr;
};

QTEST_MAIN(TestWindowDuringOutage)
#include "tst_windowduringoutage.moc"
