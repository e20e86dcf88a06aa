#include "buyerservice.h"
#include "fixedclock.h"
#include "formrecovery.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "invoiceservice.h"
#include "newinvoicerequestdialog.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

/// The new request dialog keeps what is typed on disk until it is saved, so that a crash or a
/// flat battery loses nothing: opened again, it offers the unsaved request back.
class TestNewInvoiceRequestDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        InvoiceFixture::write(m_fresh->database());
        m_repository = std::make_unique<InvoiceRequestRepository>(m_fresh->database());
        m_service = std::make_unique<InvoiceService>(m_fresh->database());
        m_buyers = std::make_unique<BuyerService>(m_fresh->database());
        for (const char* user : {"entry1", "entry2"})
            FormRecovery(QStringLiteral("new-invoice-request"), url(), QLatin1String(user), m_clock).clear();
    }
    void cleanup()
    {
        m_buyers.reset();
        m_service.reset();
        m_repository.reset();
        m_fresh.reset();
    }

    void unsavedRequest_isOfferedBack_andGoneOnceSaved()
    {
        const QString electronic = enumKey(InvoiceMedium::Electronic);
        {
            const auto typing = dialog(QStringLiteral("entry1"));
            QVERIFY(!typing->recoveryBar());
            child<QLineEdit>(*typing, "buyerSearch")->setText(QStringLiteral("C880001"));
            QTRY_COMPARE(child<QComboBox>(*typing, "buyer")->currentData().toString(),
                         QLatin1String(InvoiceFixture::buyerId));
            QListWidget* orders = child<QListWidget>(*typing, "orders");
            QVERIFY(orders->count() > 1);
            orders->findItems(QStringLiteral("1002"), Qt::MatchStartsWith)
                .first()
                ->setCheckState(Qt::Checked);
            QCOMPARE(child<QLineEdit>(*typing, "amount")->text(), QStringLiteral("30.00"));
            child<QLineEdit>(*typing, "amount")->setText(QStringLiteral("25.00"));
            QComboBox* medium = child<QComboBox>(*typing, "medium");
            medium->setCurrentIndex(medium->findData(electronic));
            child<QLineEdit>(*typing, "email")->setText(QStringLiteral("finance@xinghai.example.cn"));
            // On disk while the dialog is still open, as a crash would leave it.
            QTRY_COMPARE(kept(QStringLiteral("entry1")).value(QStringLiteral("email")).toString(),
                         QStringLiteral("finance@xinghai.example.cn"));
        }

        const auto other = dialog(QStringLiteral("entry2"));
        QVERIFY(!other->recoveryBar());

        const auto again = dialog(QStringLiteral("entry1"));
        QVERIFY(again->recoveryBar());
        QVERIFY(!again->recoveryBar()->isHidden());
        child<QPushButton>(*again, "restore")->click();
        QVERIFY(again->recoveryBar()->isHidden());
        QCOMPARE(child<QComboBox>(*again, "buyer")->currentData().toString(),
                 QLatin1String(InvoiceFixture::buyerId));
        QCOMPARE(child<QComboBox>(*again, "vendor")->currentData().toString(),
                 QLatin1String(InvoiceFixture::vendorId));
        QCOMPARE(child<QLineEdit>(*again, "amount")->text(), QStringLiteral("25.00"));
        QCOMPARE(child<QComboBox>(*again, "medium")->currentData().toString(), electronic);
        again->accept();
        QCOMPARE(again->result(), int(QDialog::Accepted));
        const auto saved = m_repository->detail(again->createdId());
        QVERIFY(saved);
        QCOMPARE(saved->orderNo, QStringLiteral("1002"));
        QCOMPARE(saved->amount, Money::fromFen(2500));
        QCOMPARE(saved->medium, InvoiceMedium::Electronic);
        QVERIFY(!FormRecovery(QStringLiteral("new-invoice-request"), url(), QStringLiteral("entry1"), m_clock)
                     .pending());
    }

    void throwingAway_removesTheKeptRequest()
    {
        {
            const auto typing = dialog(QStringLiteral("entry1"));
            child<QLineEdit>(*typing, "buyerSearch")->setText(QStringLiteral("李雷"));
        }
        const auto again = dialog(QStringLiteral("entry1"));
        QVERIFY(again->recoveryBar());
        child<QPushButton>(*again, "discard")->click();
        QVERIFY(!FormRecovery(QStringLiteral("new-invoice-request"), url(), QStringLiteral("entry1"), m_clock)
                     .pending());
        QVERIFY(child<QLineEdit>(*again, "buyerSearch")->text().isEmpty());
    }

private:
    std::unique_ptr<NewInvoiceRequestDialog> dialog(const QString& user)
    {
        return std::make_unique<NewInvoiceRequestDialog>(*m_repository, *m_service, *m_buyers, url(), m_clock,
                                                         user);
    }

    template<typename Widget> static Widget* child(const QWidget& parent, const char* name)
    {
        auto* widget = parent.findChild<Widget*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    DatabaseUrl url() const { return m_fresh->database().url(); }

    QJsonObject kept(const QString& user) const
    {
        const auto snapshot
            = FormRecovery(QStringLiteral("new-invoice-request"), url(), user, m_clock).pending();
        return snapshot ? snapshot->values : QJsonObject();
    }

    FixedClock m_clock {InvoiceFixture::now()};
    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<InvoiceRequestRepository> m_repository;
    std::unique_ptr<InvoiceService> m_service;
    std::unique_ptr<BuyerService> m_buyers;
};

QTEST_MAIN(TestNewInvoiceRequestDialog)
#include "tst_newinvoicerequestdialog.moc"
