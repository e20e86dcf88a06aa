#pragma once

#include "marketplaceconnector.h"

#include <QGroupBox>

class CredentialStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

/// Settings ▸ Marketplace: the AccessKey of a RAM sub-account (kept in the keyring, or for this
/// session only where no keyring runs), the endpoint, the signature version and how often to pull;
/// tests the connection before saving.
class MarketplaceSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    MarketplaceSettingsBox(MarketplaceConnector& connector, CredentialStore& store, QSettings& preferences,
                           QWidget* parent = nullptr);

    QLineEdit* accessKeyIdEdit() const { return m_accessKeyId; }
    QLineEdit* secretEdit() const { return m_secret; }
    QLineEdit* endpointEdit() const { return m_endpoint; }
    QLabel* statusLabel() const { return m_status; }
    /// Enabled while an AccessKey is stored: there is something to remove.
    QPushButton* disconnectButton() const { return m_disconnect; }
    void test();
    void save();

private:
    /// The fields' problems, each naming its field; empty when they can be used.
    QString problems() const;
    MarketplaceConnector::Options fieldOptions() const;
    MarketplaceCredentials fieldCredentials() const;
    void showStored();
    void forget();

    MarketplaceConnector& m_connector;
    CredentialStore& m_store;
    QSettings& m_preferences;
    QLineEdit* m_accessKeyId = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_endpoint = nullptr;
    QComboBox* m_signature = nullptr;
    QSpinBox* m_pullEvery = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_disconnect = nullptr;
    QString m_storedSecret;
};
