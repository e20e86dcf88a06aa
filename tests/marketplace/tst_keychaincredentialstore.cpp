#include "keychaincredentialstore.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>

/// The system keyring where none can run: a session without a D-Bus session bus, as on a server
/// or a bare X session, has no Secret Service and no KWallet.
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void withoutASessionBus_thereIsNoKeyring_andTheUserIsToldSo()
    {
        QTemporaryDir runtime; // holds no "bus" socket
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
        KeychainCredentialStore store;
        QString error;
        QEventLoop loop;
        store.read([&](const std::optional<MarketplaceCredentials>& read, const QString& failure) {
            QVERIFY(!read);
            error = failure;
            loop.quit();
        });
        loop.exec();
        QVERIFY(store.noKeyring());
        QCOMPARE(error, QStringLiteral("No keyring service runs on this computer (no D-Bus session bus)."));
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
