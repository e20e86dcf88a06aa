#include "fakemarketplace.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "marketplaceconnector.h"
#include "marketplacesettingsbox.h"
#include "sessioncredentialstore.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

/// Settings ▸ Marketplace: field checks, the connection test and saving into the credential store.
class TestMarketplaceSettingsBox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    QTemporaryDir m_folder;

private slots:
    void init()
    {
        m_fresh = std::make_unique<FreshDatabase>(QStringLiteral("sqlite"));
        QVERIFY2(m_fresh->error().isEmpty(), qPrintable(m_fresh->error()));
    }

    void checksEachFieldByName()
    {
        MarketplaceService service(m_fresh->database());
        FixedClock clock(QDateTime::currentDateTimeUtc());
        MarketplaceConnector connector(service, clock, {}, QStringLiteral("tester"));
        SessionCredentialStore store;
        QSettings preferences(m_folder.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        MarketplaceSettingsBox box(connector, store, preferences);
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("No marketplace connected")));
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("this session only")));
        box.endpointEdit()->setText(QStringLiteral("http://market.example.com/"));
        box.save();
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("AccessKey ID:")));
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("AccessKey secret:")));
        QVERIFY(box.statusLabel()->text().contains(QStringLiteral("Endpoint:")));
        QCOMPARE(connector.state(), MarketplaceConnector::State::NotConfigured);
    }

    void testsAndSavesTheAccessKey()
    {
        FakeMarketplace fake(QStringLiteral("box-id"), QStringLiteral("box-secret"));
        MarketplaceService service(m_fresh->database());
        FixedClock clock(QDateTime::currentDateTimeUtc());
        MarketplaceConnector connector(service, clock, {}, QStringLiteral("tester"));
        SessionCredentialStore store;
        QSettings preferences(m_folder.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        MarketplaceSettingsBox box(connector, store, preferences);
        box.accessKeyIdEdit()->setText(QStringLiteral("box-id"));
        box.secretEdit()->setText(QStringLiteral("wrong"));
        box.endpointEdit()->setText(fake.endpoint().toString());
        box.test();
        QTRY_VERIFY(box.statusLabel()->text().contains(QStringLiteral("SignatureDoesNotMatch")));
        box.secretEdit()->setText(QStringLiteral("box-secret"));
        box.test();
        QTRY_VERIFY(box.statusLabel()->text().contains(QStringLiteral("accepted")));
        box.save();
        QTRY_COMPARE(connector.state() == MarketplaceConnector::State::NotConfigured, false);
        std::optional<MarketplaceCredentials> saved;
        store.read(
            [&saved](const std::optional<MarketplaceCredentials>& read, const QString&) { saved = read; });
        QVERIFY(saved.has_value());
        QCOMPARE(saved->accessKeySecret, QStringLiteral("box-secret"));
        QCOMPARE(QUrl(preferences.value(QStringLiteral("marketplace/endpoint")).toString()), fake.endpoint());
        QVERIFY(!preferences.allKeys().join(u' ').contains(QStringLiteral("secret")));
        QVERIFY(box.secretEdit()->text().isEmpty());
        QTRY_VERIFY(fake.calls(QStringLiteral("DescribeInvoiceForIsv")) >= 2);
    }
};

QTEST_MAIN(TestMarketplaceSettingsBox)
#include "tst_marketplacesettingsbox.moc"
