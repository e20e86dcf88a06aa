#include "marketplacesettingsbox.h"

#include "credentialstore.h"
#include "marketplaceconnector.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

MarketplaceSettingsBox::MarketplaceSettingsBox(MarketplaceConnector& connector, CredentialStore& store,
                                               QSettings& preferences, QWidget* parent)
    : QGroupBox(tr("Marketplace"), parent)
    , m_connector(connector)
    , m_store(store)
    , m_preferences(preferences)
    , m_accessKeyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_signature(new QComboBox(this))
    , m_pullEvery(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_disconnect(new QPushButton(tr("Disconnect…"), this))
{
    m_accessKeyId->setPlaceholderText(tr("AccessKey ID of a RAM sub-account"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Only for temporary STS credentials"));
    m_signature->addItem(tr("V3 (ACS3-HMAC-SHA256)"), QStringLiteral("acs3"));
    m_signature->addItem(tr("1.0 (HMAC-SHA1)"), QStringLiteral("rpc1"));
    m_pullEvery->setRange(0, 24 * 60);
    m_pullEvery->setSuffix(tr(" min"));
    m_pullEvery->setSpecialValueText(tr("only on demand"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("marketplaceSettingsStatus"));

    const MarketplaceConnector::Options& options = connector.options();
    m_endpoint->setText(options.provider.endpoint.toString());
    m_signature->setCurrentIndex(options.provider.scheme == AlibabaMarketplace::SignatureScheme::Rpc1 ? 1
                                                                                                      : 0);
    m_pullEvery->setValue(options.pullEveryMinutes);

    auto* form = new QFormLayout;
    form->addRow(tr("AccessKey ID"), m_accessKeyId);
    form->addRow(tr("AccessKey secret"), m_secret);
    form->addRow(tr("STS token"), m_token);
    form->addRow(tr("Endpoint"), m_endpoint);
    form->addRow(tr("Signature"), m_signature);
    form->addRow(tr("Pull every"), m_pullEvery);
    auto* testButton = new QPushButton(tr("Test connection"), this);
    auto* saveButton = new QPushButton(tr("Save"), this);
    connect(testButton, &QPushButton::clicked, this, &MarketplaceSettingsBox::test);
    connect(saveButton, &QPushButton::clicked, this, &MarketplaceSettingsBox::save);
    connect(m_disconnect, &QPushButton::clicked, this, &MarketplaceSettingsBox::forget);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(testButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(m_disconnect);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->addRow(m_status);
    setLayout(form);
    showStored();
}

void MarketplaceSettingsBox::showStored()
{
    m_store.read([this](const std::optional<MarketplaceCredentials>& credentials, const QString& error) {
        m_accessKeyId->setText(credentials ? credentials->accessKeyId : QString());
        m_storedSecret = credentials ? credentials->accessKeySecret : QString();
        m_secret->clear();
        m_disconnect->setEnabled(credentials.has_value());
        m_secret->setPlaceholderText(m_storedSecret.isEmpty()
                                         ? tr("The secret shown once when the key was made")
                                         : tr("Stored; type a new one to replace it"));
        QString text = credentials ? tr("Connected as %1.").arg(credentials->accessKeyId)
                                   : tr("No marketplace connected: MarketDesk works without one.");
        if (!m_store.keepsAcrossSessions())
            text += QLatin1Char(' ')
                + tr("No keyring service runs on this computer: the secret is kept for this session only and "
                     "asked for again next time.");
        if (!error.isEmpty())
            text += QLatin1Char(' ') + error;
        m_status->setText(text);
    });
}

QString MarketplaceSettingsBox::problems() const
{
    QStringList problems;
    if (m_accessKeyId->text().trimmed().isEmpty())
        problems << tr("AccessKey ID: enter the ID of the sub-account's AccessKey.");
    if (m_secret->text().isEmpty() && m_storedSecret.isEmpty())
        problems << tr("AccessKey secret: enter the secret.");
    if (!AlibabaMarketplace::isAllowedEndpoint(QUrl(m_endpoint->text().trimmed())))
        problems << tr("Endpoint: enter an https:// address such as https://market.aliyuncs.com/.");
    return problems.join(QLatin1Char('\n'));
}

MarketplaceConnector::Options MarketplaceSettingsBox::fieldOptions() const
{
    MarketplaceConnector::Options options = m_connector.options();
    options.provider.endpoint = QUrl(m_endpoint->text().trimmed());
    options.provider.scheme = m_signature->currentData().toString() == QStringLiteral("rpc1")
        ? AlibabaMarketplace::SignatureScheme::Rpc1
        : AlibabaMarketplace::SignatureScheme::Acs3;
    options.pullEveryMinutes = m_pullEvery->value();
    return options;
}

MarketplaceCredentials MarketplaceSettingsBox::fieldCredentials() const
{
    return {m_accessKeyId->text().trimmed(), m_secret->text().isEmpty() ? m_storedSecret : m_secret->text(),
            m_token->text()};
}

void MarketplaceSettingsBox::test()
{
    if (const QString problem = problems(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    m_status->setText(tr("Testing…"));
    m_connector.test(fieldOptions(), fieldCredentials(), [this](const QString& error) {
        m_status->setText(error.isEmpty() ? tr("The marketplace accepted the AccessKey.") : error);
    });
}

void MarketplaceSettingsBox::save()
{
    if (const QString problem = problems(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    const MarketplaceConnector::Options options = fieldOptions();
    const MarketplaceCredentials credentials = fieldCredentials();
    m_store.write(credentials, [this, options, credentials](const QString& error) {
        if (!error.isEmpty()) {
            m_status->setText(error);
            return;
        }
        options.save(m_preferences);
        m_connector.reconfigure(options, credentials);
        showStored();
        m_connector.pullNow();
    });
}

void MarketplaceSettingsBox::forget()
{
    if (QMessageBox::question(
            this, tr("Marketplace"),
            tr("Remove the AccessKey from this computer? Requests already pulled stay; results "
               "waiting to be sent are sent once you connect again."))
        != QMessageBox::Yes)
        return;
    m_store.remove([this](const QString& error) {
        if (!error.isEmpty()) {
            m_status->setText(error);
            return;
        }
        m_connector.reconfigure(m_connector.options(), std::nullopt);
        showStored();
    });
}
