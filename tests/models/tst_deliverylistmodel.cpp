#include "deliveryfixture.h"
#include "deliverylistmodel.h"
#include "deliveryrepository.h"
#include "deliveryservice.h"
#include "duejobscheduler.h"
#include "fixedclock.h"
#include "flowlogmodel.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "query.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

constexpr qint64 hourMs = 60LL * 60 * 1000;

} // namespace

class TestDeliveryListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        Database& database = m_fresh->database();
        DeliveryFixture::write(database);
        const qint64 now = InvoiceFixture::now().toMSecsSinceEpoch();
        DeliveryFixture::addDelivery(database, 2001, 50000);
        DeliveryFixture::addDelivery(database, 2002, 50000, DeliveryState::AwaitingAcceptance,
                                     now + 5 * hourMs);
        DeliveryFixture::addDelivery(database, 2003, 50000, DeliveryState::AwaitingAcceptance,
                                     now - 2 * hourMs);
        DeliveryFixture::addDelivery(database, 2004, 50000, DeliveryState::Implementing);
    }
    void cleanup() { m_fresh.reset(); }

    void closestToAutoAcceptanceFirst_overdueInRed()
    {
        FixedClock clock(InvoiceFixture::now());
        DeliveryListModel model(m_fresh->database(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.idAt(0), DeliveryFixture::deliveryId(2003));
        QCOMPARE(model.idAt(1), DeliveryFixture::deliveryId(2002));
        const QModelIndex overdue = model.index(0, DeliveryRepository::TimeLeft);
        QCOMPARE(model.data(overdue).toString(), QStringLiteral("overdue 2 h 0 min"));
        QVERIFY(model.data(overdue, Qt::ForegroundRole).value<QBrush>().color().red() > 150);
        QCOMPARE(model.data(model.index(1, DeliveryRepository::TimeLeft)).toString(),
                 QStringLiteral("5 h 0 min left"));
        // Nothing is due outside 待验收.
        QCOMPARE(model.data(model.index(3, DeliveryRepository::TimeLeft)).toString(), QString());
        QCOMPARE(model.data(model.index(0, DeliveryRepository::State)).toString(),
                 QStringLiteral("Awaiting acceptance"));
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.statusCounts().value(QStringLiteral("awaiting_acceptance")), 2);
        QCOMPARE(model.statusCounts().value(QStringLiteral("implementing")), 1);

        model.setStatus(QStringLiteral("implementing"));
        QCOMPARE(model.rowCount(), 1);
        model.setStatus(QString());
        model.setSearchText(QStringLiteral("2004"));
        QCOMPARE(model.rowCount(), 1);
    }

    void openTicket_showsInTheState()
    {
        DeliveryService service(m_fresh->database());
        QCOMPARE(service
                     .move(DeliveryFixture::step(DeliveryFixture::deliveryId(2002), 1,
                                                 DeliveryAction::RequestIntervention, DeliveryActor::Vendor,
                                                 QStringLiteral("买家不验收也不回复")))
                     .kind,
                 WriteOutcome::Kind::Done);
        FixedClock clock(InvoiceFixture::now());
        DeliveryListModel model(m_fresh->database(), clock);
        model.reload();
        const int row = model.rowOfId(DeliveryFixture::deliveryId(2002));
        QCOMPARE(model.data(model.index(row, DeliveryRepository::State)).toString(),
                 QStringLiteral("Awaiting acceptance · platform ticket"));
    }

    void flowLog_stepsWithExpandableDetails()
    {
        DeliveryService service(m_fresh->database());
        const QString id = DeliveryFixture::deliveryId(2001);
        MoveDelivery submit = DeliveryFixture::step(id, 1, DeliveryAction::SubmitRequirement,
                                                    DeliveryActor::Buyer, QStringLiteral("迁移 4 个库"));
        submit.attachments = {{QStringLiteral("清单.xlsx"), QByteArray(2048, 'x')},
                              {QStringLiteral("拓扑.png"), QByteArray(10, 'y')}};
        QCOMPARE(service.move(submit).kind, WriteOutcome::Kind::Done);
        QCOMPARE(
            service
                .move(DeliveryFixture::step(id, 2, DeliveryAction::ConfirmRequirement, DeliveryActor::Vendor))
                .kind,
            WriteOutcome::Kind::Done);

        FlowLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps(DeliveryRepository(m_fresh->database()).steps(id));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.data(first).toInt(), 1);
        QCOMPARE(model.data(model.index(0, FlowLogModel::Party)).toString(),
                 QStringLiteral("Buyer (recorded by delivery1)"));
        QCOMPARE(model.data(model.index(0, FlowLogModel::Step)).toString(),
                 QStringLiteral("Submit requirement"));
        QCOMPARE(model.data(model.index(0, FlowLogModel::State)).toString(),
                 QStringLiteral("Requirement pending → Awaiting vendor confirmation"));
        // The text, then the two files.
        QCOMPARE(model.rowCount(first), 3);
        QCOMPARE(model.data(model.index(0, 0, first)).toString(), QStringLiteral("迁移 4 个库"));
        QVERIFY(!model.index(1, 0, first).data(FlowLogModel::FileIdRole).toString().isEmpty());
        QVERIFY(model.index(1, 0, first).data().toString().contains(QStringLiteral("(")));
        QCOMPARE(model.parent(model.index(2, 0, first)), first);
        // A step without text or files has nothing to expand.
        const QModelIndex second = model.index(1, 0);
        QCOMPARE(model.rowCount(second), 0);
        QCOMPARE(model.data(model.index(1, FlowLogModel::Party)).toString(),
                 QStringLiteral("Vendor · delivery1"));
        model.setSteps({});
        QCOMPARE(model.rowCount(), 0);
    }

    void dueJobScheduler_runsOnAWorkerThread_neverTwiceAtOnce()
    {
        FixedClock clock(InvoiceFixture::now());
        DueJobScheduler scheduler(m_fresh->database(), clock, QStringLiteral("client-a"));
        QSignalSpy finished(&scheduler, &DueJobScheduler::finished);
        QVERIFY(scheduler.runNow());
        QVERIFY(scheduler.isRunning());
        QVERIFY(!scheduler.runNow());
        QVERIFY(finished.wait(30000));
        const auto report = finished.first().first().value<DueJobRunner::Report>();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.autoAccepted, 1); // order 2003, two hours past its deadline
        QVERIFY(!scheduler.isRunning());
        QCOMPARE(DeliveryRepository(m_fresh->database()).detail(DeliveryFixture::deliveryId(2003))->state,
                 DeliveryState::Completed);
        QCOMPARE(DeliveryRepository(m_fresh->database()).detail(DeliveryFixture::deliveryId(2002))->state,
                 DeliveryState::AwaitingAcceptance);
    }

    void dueJobScheduler_saysWhyItCannotConnect()
    {
        // The worker's connection of its own cannot be opened any more (a file stands where the
        // SQLite file's folder was; the PostgreSQL user may no longer log in): the run says so
        // instead of running on a connection that is not open.
        std::unique_ptr<Database> database;
        QTemporaryDir vanishing;
        const QString role = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
        const bool postgres = m_fresh->url().backend() == DatabaseUrl::Backend::Postgres;
        if (postgres) {
            Query::execute(m_fresh->database(),
                           QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret'").arg(role));
            const DatabaseUrl url = m_fresh->url();
            database = std::make_unique<Database>(
                *DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4?schema=%5")
                                        .arg(role, url.host())
                                        .arg(url.port())
                                        .arg(url.databaseName(), url.schema())));
        } else {
            database = std::make_unique<Database>(
                DatabaseUrl::sqliteFile(vanishing.filePath(QStringLiteral("a.db"))));
        }
        const QString opened = database->open(
            [](const DatabaseUrl&, const QString&) { return std::optional(QStringLiteral("secret")); });
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        if (postgres)
            Query::execute(m_fresh->database(), QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(role));
        else
            QVERIFY(vanishing.remove() && QFile(vanishing.path()).open(QIODevice::WriteOnly));

        FixedClock clock(InvoiceFixture::now());
        auto scheduler = std::make_unique<DueJobScheduler>(*database, clock, QStringLiteral("client-a"));
        QSignalSpy finished(scheduler.get(), &DueJobScheduler::finished);
        QVERIFY(scheduler->runNow());
        QVERIFY(finished.wait(30000));
        const QString error = finished.first().first().value<DueJobRunner::Report>().error;
        const QString expected
            = postgres ? QStringLiteral("Cannot connect to") : QStringLiteral("Cannot create the folder");
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        scheduler.reset();
        database.reset();
        if (postgres)
            Query::execute(m_fresh->database(), QStringLiteral("DROP ROLE %1").arg(role));
        else
            QVERIFY(QFile::remove(vanishing.path()));
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestDeliveryListModel)
#include "tst_deliverylistmodel.moc"
