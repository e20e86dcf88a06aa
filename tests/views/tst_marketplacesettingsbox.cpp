#include "fakemarketplace.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "marketplaceconnector.h"
#include "marketplacesettingsbox.h"
#include "sessioncredentialstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

/// Settings ▸ Marketplace: field checks, the connection test, saving into the credential store and
/// removing from it.
class TestMarketplaceSettingsBox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    QTemporaryDir m_folder;
    std::unique_ptr<MarketplaceService> m_service;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<MarketplaceConnector> m_connector;
    std::unique_ptr<SessionCredentialStore> m_store;
    std::unique_ptr<QSettings> m_preferences;

private slots:
    void init()
    {
        m_fresh = std::make_unique<FreshDatabase>(QStringLiteral("sqlite"));
        QVERIFY2(m_fresh->error().isEmpty(), qPrintable(m_fresh->error()));
        m_service = std::make_unique<MarketplaceService>(m_fresh->database());
        m_clock = std::make_unique<FixedClock>(QDateTime::currentDateTimeUtc());
        m_connector = std::make_unique<MarketplaceConnector>(
            *m_service, *m_clock, MarketplaceConnector::Options {}, QStringLiteral("tester"));
        m_store = std::make_unique<SessionCredentialStore>();
        m_preferences = std::make_unique<QSettings>(
            m_folder.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".ini")),
            QSettings::IniFormat);
    }

    void cleanup()
    {
        m_preferences.reset();
        m_connector.reset();
        m_store.reset();
        m_service.reset();
        m_fresh.reset();
    }

    void checksEachFieldByName()
    {
        MarketplaceSettingsBox box(*m_connector, *m_store, *m_preferences);
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("No marketplace connected")));
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("this session only")));
        box.endpointEdit()->setText(QStringLiteral("http://market.example.com/"));
        box.save();
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("AccessKey ID:")));
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("AccessKey secret:")));
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("Endpoint:")));
        QCOMPARE(m_connector->state(), MarketplaceConnector::State::NotConfigured);
    }

    void testsAndSavesTheAccessKey()
    {
        FakeMarketplace fake(QStringLiteral("box-id"), QStringLiteral("box-secret"));
        MarketplaceSettingsBox box(*m_connector, *m_store, *m_preferences);
        box.accessKeyIdEdit()->setText(QStringLiteral("box-id"));
        box.secretEdit()->setText(QStringLiteral("wrong"));
        box.endpointEdit()->setText(fake.endpoint().toString());
        box.test();
        QTRY_VERIFY(box.statusLabel()->text().contains(QStringLiteral("SignatureDoesNotMatch")));
        box.secretEdit()->setText(QStringLiteral("box-secret"));
        box.test();
        QTRY_VERIFY(box.statusLabel()->text().contains(QStringLiteral("accepted")));
        box.save();
        QTRY_COMPARE(m_connector->state() == MarketplaceConnector::State::NotConfigured, false);
        const std::optional<MarketplaceCredentials> saved = storedKey();
        QVERIFY(saved.has_value());
        QCOMPARE(saved->accessKeySecret, QStringLiteral("box-secret"));
        QCOMPARE(QUrl(m_preferences->value(QStringLiteral("marketplace/endpoint")).toString()),
                 fake.endpoint());
        QVERIFY(!m_preferences->allKeys().join(u' ').contains(QStringLiteral("secret")));
        QVERIFY(box.secretEdit()->text().isEmpty());
        QTRY_VERIFY(fake.calls(QStringLiteral("DescribeInvoiceForIsv")) >= 2);
    }

    void disconnect_removesTheStoredKey_afterAsking()
    {
        MarketplaceSettingsBox box(*m_connector, *m_store, *m_preferences);
        QVERIFY(!box.disconnectButton()->isEnabled());
        m_store->write({QStringLiteral("box-id"), QStringLiteral("box-secret"), {}}, [](const QString&) {});
        MarketplaceSettingsBox stored(*m_connector, *m_store, *m_preferences);
        QVERIFY(stored.disconnectButton()->isEnabled());
        QVERIFY(stored.statusLabel()->text().contains(QStringLiteral("Connected as box-id")));

        answerQuestion(QMessageBox::No);
        stored.disconnectButton()->click();
        QVERIFY(storedKey().has_value());

        answerQuestion(QMessageBox::Yes);
        stored.disconnectButton()->click();
        QVERIFY(!storedKey().has_value());
        QVERIFY(!stored.disconnectButton()->isEnabled());
        QVERIFY(stored.statusLabel()->text().contains(QStringLiteral("No marketplace connected")));
        QCOMPARE(m_connector->state(), MarketplaceConnector::State::NotConfigured);
    }

private:
    std::optional<MarketplaceCredentials> storedKey() const
    {
        std::optional<MarketplaceCredentials> stored;
        m_store->read(
            [&stored](const std::optional<MarketplaceCredentials>& read, const QString&) { stored = read; });
        return stored;
    }
    /// Answers the next question box as soon as it is up.
    void answerQuestion(QMessageBox::StandardButton answer)
    {
        QTimer::singleShot(0, this, [answer] {
            auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(question);
            question->button(answer)->click();
        });
    }
};

QTEST_MAIN(TestMarketplaceSettingsBox)
#include "tst_marketplacesettingsbox.moc"
