#include "demowindowsetup.h"
#include "detailpane.h"
#include "freshdatabase.h"
#include "mainwindowservices.h"
#include "pagedtablemodel.h"
#include "permissionrepository.h"
#include "queuepage.h"
#include "tcprelay.h"

#include <QLabel>
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

    void selectedRecord_saysTheServerCannotBeReached_untilItIsBack()
    {
        const QString postgresql = QStringLiteral("postgresql");
        REQUIRE_BACKEND(postgresql);
        FreshDatabase fresh(postgresql);
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        QCOMPARE(DemoWindowSetup::writeDemoData(fresh.database()), QString());
        TcpRelay relay(fresh.url());
        QVERIFY(relay.port() != 0);
        Database client(relay.relayed());
        QCOMPARE(client.open(), QString());
        QTemporaryDir folder;
        const std::unique_ptr<QSettings> settings = DemoWindowSetup::emptyPreferences(folder);
        MainWindowServices services(client);
        MainWindow window(services.context(*settings, Permissions(PermissionRepository(client).granted())));
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("vendors")));
        auto* vendors = qobject_cast<QueuePage*>(window.page(QStringLiteral("vendors")));
        QTRY_VERIFY(vendors->model()->rowCount() > 1);
        vendors->tableView()->setCurrentIndex(vendors->model()->index(0, 0));
        const auto* pane = vendors->findChild<DetailPane*>();
        const QString company = vendors->model()->index(1, 0).data().toString();

        relay.cut();
        vendors->tableView()->setCurrentIndex(vendors->model()->index(1, 0));
        QVERIFY2(shown(*pane).contains(QStringLiteral("The server cannot be reached")),
                 qPrintable(shown(*pane)));
        QVERIFY2(!shown(*pane).contains(QStringLiteral("no longer exists")), qPrintable(shown(*pane)));
        QCOMPARE(pane->notice(), QString());
        // The heartbeat beats every 5 seconds.
        QTRY_COMPARE_WITH_TIMEOUT(
            window.statusBar()->currentMessage(),
            QStringLiteral("The connection to the server is lost; MarketDesk keeps trying."), 7000);

        relay.restore();
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                                  QStringLiteral("Connected to the server again."), 12000);
        QTRY_VERIFY2(shown(*pane).contains(company), qPrintable(shown(*pane)));
    }

private:
    static QString shown(const DetailPane& pane)
    {
        QStringList texts;
        for (const QLabel* label : pane.findChildren<QLabel*>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    }
};

QTEST_MAIN(TestWindowDuringOutage)
#include "tst_windowduringoutage.moc"
