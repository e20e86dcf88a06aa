#include "contractfixture.h"
#include "contractlistmodel.h"
#include "contractorderpickmodel.h"
#include "contractrepository.h"
#include "contractservice.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "invoicefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestContractModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        QLocale::setDefault(QLocale::c());
        OPEN_FRESH_DATABASE(m_fresh);
        ContractFixture::write(m_fresh->database());
    }
    void cleanup() { m_fresh.reset(); }

    void list_showsContractsByStateAndFollowsChanges()
    {
        ContractService service(m_fresh->database());
        const SaveContractDraft framework = ContractFixture::draft(ContractKind::Framework);
        QVERIFY(ContractFixture::makeEffective(service, framework) > 0);
        const SaveContractDraft order = ContractFixture::draft(ContractKind::Order, {1003, 1004, 1006});
        QCOMPARE(service.saveDraft(order).kind, WriteOutcome::Kind::Done);

        FixedClock clock(InvoiceFixture::now());
        ContractListModel model(m_fresh->database(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&service, &ContractService::changed, &model,
                [&model](const QString&, const QStringList& ids) { model.refreshRows(ids); });
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QTRY_VERIFY(!model.countsPending());
        QCOMPARE(model.statusCounts().value(QStringLiteral("effective")), 1);
        QCOMPARE(model.statusCounts().value(QStringLiteral("draft")), 1);
        const int orderRow = model.idAt(0) == order.contractId ? 0 : 1;
        QCOMPARE(model.data(model.index(orderRow, ContractRepository::Kind)).toString(),
                 QStringLiteral("Order contract"));
        QCOMPARE(model.data(model.index(orderRow, ContractRepository::SubState)).toString(),
                 QStringLiteral("Filling in"));
        QCOMPARE(model.data(model.index(orderRow, ContractRepository::Validity)).toString(),
                 QStringLiteral("2026-12-01 – 2027-11-30"));
        QCOMPARE(model.data(model.index(orderRow, ContractRepository::CustomerNo)).toString(),
                 QStringLiteral("C880001"));
        QVERIFY(model.data(model.index(orderRow, ContractRepository::Total))
                    .toString()
                    .contains(QStringLiteral("100.00")));

        QCOMPARE(service
                     .move(ContractFixture::move(order.contractId, 1, ContractAction::Void,
                                                 QStringLiteral("重拟")))
                     .kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(model.data(model.index(orderRow, ContractRepository::State)).toString(),
                 QStringLiteral("Voided"));

        model.setStatus(QStringLiteral("effective"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), framework.contractId);
        model.setStatus(QString());
        model.setSearchText(repository().detail(order.contractId)->contractNo.right(8));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), order.contractId);
    }

    void paperCopyDue_countsDownAndTurnsOverdue()
    {
        ContractService service(m_fresh->database());
        const SaveContractDraft framework = ContractFixture::draft(ContractKind::Framework);
        const int version = ContractFixture::makeEffective(service, framework);
        QVERIFY(version > 0);
        FixedClock clock(InvoiceFixture::now());
        ContractListModel model(m_fresh->database(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const QModelIndex due = model.index(0, ContractRepository::PaperCopyDue);
        QCOMPARE(model.data(due).toString(), QString());
        RequestPaperCopy request;
        request.header = InvoiceFixture::header();
        request.contractId = framework.contractId;
        request.baseVersion = version;
        request.recipient = QStringLiteral("张三");
        request.phone = QStringLiteral("13900001111");
        request.address = QStringLiteral("上海市浦东新区世纪大道100号");
        request.postcode = QStringLiteral("200120");
        QCOMPARE(service.requestPaperCopy(request).kind, WriteOutcome::Kind::Done);
        model.refreshRows({framework.contractId});
        QCOMPARE(model.data(due).toString(), QStringLiteral("7 d 0 h left"));
        clock.set(InvoiceFixture::now().addDays(8));
        QVERIFY(model.data(due).toString().startsWith(QStringLiteral("overdue")));
        QVERIFY(model.data(due, Qt::ForegroundRole).isValid());
    }

    void pick_offersFreePaidOrdersAndKeepsTheTotalNonNegative()
    {
        ContractOrderPickModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(&model, &ContractOrderPickModel::checkRefused);
        QSignalSpy total(&model, &ContractOrderPickModel::totalChanged);
        model.setOrders(repository().candidateOrders(QLatin1String(InvoiceFixture::buyerId),
                                                     QLatin1String(InvoiceFixture::vendorId), QString()),
                        {InvoiceFixture::orderId(1005)});
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.checkedIds().isEmpty()); // 1005 was refunded in full: never checked

        const auto rowOf = [&model](const char* orderNo) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data().toString() == QLatin1String(orderNo))
                    return row;
            }
            return -1;
        };
        const QModelIndex refunded = model.index(rowOf("1005"), ContractOrderPickModel::OrderNo);
        QVERIFY(!(model.flags(refunded) & Qt::ItemIsEnabled));
        QVERIFY(!model.setData(refunded, Qt::Checked, Qt::CheckStateRole));

        const QModelIndex refundOrder = model.index(rowOf("1006"), ContractOrderPickModel::OrderNo);
        QVERIFY(!model.setData(refundOrder, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(refused.size(), 1);
        QVERIFY(model.setData(model.index(rowOf("1003"), 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(rowOf("1004"), 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(refundOrder, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.total(), Money::fromFen(10000));
        QCOMPARE(total.last().first().value<Money>(), Money::fromFen(10000));
        // Unchecking an order that the refund order leans on would go negative.
        QVERIFY(!model.setData(model.index(rowOf("1003"), 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(model.checkedIds().size(), 3);
    }

    void pick_showsOrdersOfOtherContractsAsTaken()
    {
        ContractService service(m_fresh->database());
        QVERIFY(ContractFixture::makeEffective(service, ContractFixture::draft(ContractKind::Framework)) > 0);
        const SaveContractDraft order = ContractFixture::draft(ContractKind::Order, {1001});
        QCOMPARE(service.saveDraft(order).kind, WriteOutcome::Kind::Done);
        ContractOrderPickModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto candidates = repository().candidateOrders(
            QLatin1String(InvoiceFixture::buyerId), QLatin1String(InvoiceFixture::vendorId), QString());
        model.setOrders(candidates, {InvoiceFixture::orderId(1001)});
        QVERIFY(model.checkedIds().isEmpty());
        // The contract's own orders stay pickable when it is edited again.
        model.setOrders(repository().candidateOrders(QLatin1String(InvoiceFixture::buyerId),
                                                     QLatin1String(InvoiceFixture::vendorId),
                                                     order.contractId),
                        {InvoiceFixture::orderId(1001)});
        QCOMPARE(model.checkedIds(), QStringList {InvoiceFixture::orderId(1001)});
    }

private:
    ContractRepository repository() { return ContractRepository(m_fresh->database()); }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestContractModels)
#include "tst_contractmodels.moc"
