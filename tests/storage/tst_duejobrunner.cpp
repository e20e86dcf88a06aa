#include "deliveryfixture.h"
#include "deliveryrepository.h"
#include "deliveryservice.h"
#include "duejobrunner.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "invoiceservice.h"
#include "query.h"

#include <QTest>
#include <QThread>

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

int countOf(Database& database, const QString& sql)
{
    Query query(database, sql);
    query.exec();
    query.next();
    return query.value(0).toInt();
}

} // namespace

class TestDueJobRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        DeliveryFixture::write(m_fresh->database());
    }
    void cleanup() { m_fresh.reset(); }

    void autoAcceptance_afterTheConfiguredDays()
    {
        Database& database = m_fresh->database();
        QVERIFY(m_fresh->setSetting(QStringLiteral("delivery.auto_accept_days"), 3));
        const QString id = DeliveryFixture::addDelivery(database, 2001, 50000, DeliveryState::Implementing);
        MoveDelivery submit = DeliveryFixture::step(id, 1, DeliveryAction::SubmitForAcceptance,
                                                    DeliveryActor::Vendor, QStringLiteral("完成"));
        QCOMPARE(DeliveryService(database).move(submit).kind, WriteOutcome::Kind::Done);
        const qint64 dueAt = submit.header.at.toMSecsSinceEpoch() + 3 * dayMs;
        QCOMPARE(DeliveryRepository(database).detail(id)->autoAcceptAtMs, dueAt);

        DueJobRunner runner(database);
        QCOMPARE(runner.run(QDateTime::fromMSecsSinceEpoch(dueAt - 1, Qt::UTC), QStringLiteral("system"))
                     .autoAccepted,
                 0);
        const DueJobRunner::Report report
            = runner.run(QDateTime::fromMSecsSinceEpoch(dueAt + dayMs, Qt::UTC), QStringLiteral("system"));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.autoAccepted, 1);
        const auto detail = DeliveryRepository(database).detail(id);
        QCOMPARE(detail->state, DeliveryState::Completed);
        // Accepted at the deadline, not when the runner came by.
        QCOMPARE(*detail->acceptedAtMs, dueAt);
        const auto log = DeliveryRepository(database).steps(id);
        QCOMPARE(log.last().action, QStringLiteral("auto_accept"));
        QCOMPARE(log.last().actorKind, DeliveryActor::System);
        QCOMPARE(
            runner.run(QDateTime::fromMSecsSinceEpoch(dueAt + 2 * dayMs, Qt::UTC), QStringLiteral("system"))
                .autoAccepted,
            0);
    }

    void verdictBeforeTheDeadline_leavesNothingDue()
    {
        Database& database = m_fresh->database();
        const qint64 now = InvoiceFixture::now().toMSecsSinceEpoch();
        const QString id = DeliveryFixture::addDelivery(database, 2001, 50000,
                                                        DeliveryState::AwaitingAcceptance, now + dayMs);
        QCOMPARE(DeliveryService(database)
                     .move(DeliveryFixture::step(id, 1, DeliveryAction::RejectAcceptance,
                                                 DeliveryActor::Buyer, QStringLiteral("不合格")))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(DeliveryRepository(database).detail(id)->autoAcceptAtMs, nothingDueMs);
        QCOMPARE(DueJobRunner(database)
                     .run(InvoiceFixture::now().addDays(30), QStringLiteral("system"))
                     .autoAccepted,
                 0);
    }

    void twoConcurrentRunners_acceptEachDeliveryExactlyOnce()
    {
        Database& database = m_fresh->database();
        const qint64 now = InvoiceFixture::now().toMSecsSinceEpoch();
        constexpr int due = 60;
        for (int i = 0; i < due; ++i)
            DeliveryFixture::addDelivery(database, 3000 + i, 10000, DeliveryState::AwaitingAcceptance,
                                         now - dayMs + i);
        DeliveryFixture::addDelivery(database, 3999, 10000, DeliveryState::AwaitingAcceptance, now + dayMs);

        int accepted[2] = {0, 0};
        QString errors[2];
        QList<QThread*> threads;
        for (int runner = 0; runner < 2; ++runner) {
            threads << QThread::create([&, runner] {
                QString error;
                const auto connection = database.openAnother(&error);
                if (!connection) {
                    errors[runner] = error;
                    return;
                }
                const DueJobRunner::Report report
                    = DueJobRunner(*connection)
                          .run(InvoiceFixture::now(), QStringLiteral("runner-%1").arg(runner));
                accepted[runner] = report.autoAccepted;
                errors[runner] = report.error;
            });
        }
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(accepted[0] + accepted[1], due);
        QCOMPARE(countOf(database,
                         QStringLiteral("SELECT COUNT(*) FROM delivery_steps WHERE action = 'auto_accept'")),
                 due);
        QCOMPARE(
            countOf(database, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'completed'")),
            due);
        QCOMPARE(countOf(database, QStringLiteral("SELECT COUNT(*) FROM commands_applied")), due);
        QCOMPARE(countOf(database,
                         QStringLiteral("SELECT COUNT(*) FROM (SELECT delivery_id FROM delivery_steps "
                                        "GROUP BY delivery_id HAVING COUNT(*) > 1) x")),
                 0);
    }

    void unconfirmedRedLetterForm_lapsesAfter72Hours()
    {
        Database& database = m_fresh->database();
        InvoiceService service(database);
        const QString id
            = InvoiceFixture::returnedDigitalRequest(service, QStringLiteral("3100002611000123"));
        const MoveInvoiceRequest require = InvoiceFixture::move(id, 3, InvoiceAction::RequireRedLetter);
        QCOMPARE(service.move(require).kind, WriteOutcome::Kind::Done);
        InvoiceRequestRepository repository(database);
        const auto before = repository.detail(id);
        const QDateTime deadline = require.header.at.addSecs(72LL * 3600);
        QCOMPARE(before->redLetterDeadline, deadline);

        DueJobRunner runner(database);
        QCOMPARE(runner.run(deadline.addSecs(-60), QStringLiteral("system")).redLettersLapsed, 0);
        const DueJobRunner::Report report = runner.run(deadline.addSecs(3600), QStringLiteral("system"));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.redLettersLapsed, 1);
        const auto lapsed = repository.detail(id);
        QCOMPARE(lapsed->status, InvoiceStatus::ReturnPending);
        QVERIFY(lapsed->redLetterDeadline.isNull());
        QVERIFY(lapsed->redLetterNo.isEmpty());
        // The return keeps its own deadline.
        QCOMPARE(lapsed->actionDueAt, before->actionDueAt);
        QCOMPARE(repository.history(id).last().action, QStringLiteral("lapse_red_letter"));
        QCOMPARE(runner.run(deadline.addDays(2), QStringLiteral("system")).redLettersLapsed, 0);

        // The clerk raises the form again: a new 72 hours, and accepting needs the new number.
        const MoveInvoiceRequest again = InvoiceFixture::move(id, 5, InvoiceAction::RequireRedLetter);
        QCOMPARE(service.move(again).kind, WriteOutcome::Kind::Done);
        QCOMPARE(repository.detail(id)->redLetterDeadline, again.header.at.addSecs(72LL * 3600));
        QCOMPARE(
            service.move(InvoiceFixture::move(id, 6, InvoiceAction::AcceptReturn)).fieldErrors.value(0).field,
            QStringLiteral("red_letter_no"));
    }

    void run_foldsTheQueueCountsIntoOneRowPerStatusAndVendor()
    {
        Database& database = m_fresh->database();
        InvoiceService service(database);
        InvoiceFixture::returnedDigitalRequest(service);
        const QString counts = QStringLiteral("invoice_request_counts");
        const QString perStatus = QStringLiteral("SELECT status, SUM(row_count) FROM %1 GROUP BY status "
                                                 "HAVING SUM(row_count) <> 0 ORDER BY status")
                                      .arg(counts);
        const auto read = [&database](const QString& sql) {
            QStringList rows;
            Query query(database, sql);
            query.exec();
            while (query.next())
                rows << query.value(0).toString() + QLatin1Char('=') + query.value(1).toString();
            return rows;
        };
        const QStringList before = read(perStatus);
        QCOMPARE(before,
                 read(QStringLiteral("SELECT status, COUNT(*) FROM invoice_requests GROUP BY status "
                                     "ORDER BY status")));
        QCOMPARE(DueJobRunner(database).run(InvoiceFixture::now(), QStringLiteral("system")).error,
                 QString());
        QCOMPARE(read(perStatus), before);
        // PostgreSQL keeps the counts per vendor (row-level security scopes them).
        const QString key = database.url().backend() == DatabaseUrl::Backend::Postgres
            ? QStringLiteral("vendor_id || ':' || status")
            : QStringLiteral("status");
        QCOMPARE(countOf(database, QStringLiteral("SELECT COUNT(*) FROM %1").arg(counts)),
                 countOf(database, QStringLiteral("SELECT COUNT(DISTINCT %1) FROM %2").arg(key, counts)));
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestDueJobRunner)
#include "tst_duejobrunner.moc"
