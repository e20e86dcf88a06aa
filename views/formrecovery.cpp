#include "formrecovery.h"

#include "clock.h"
#include "databaseurl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr int writeDelayMs = 500;

} // namespace

FormRecovery::FormRecovery(const QString& formName, const DatabaseUrl& database, const QString& user,
                           const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/unsaved-forms");
    QDir().mkpath(folder);
    // A database URL and a user name may hold characters a file name cannot: a digest of the one
    // and the hex of the other keep them apart all the same.
    const QString place = database.backend() == DatabaseUrl::Backend::Sqlite
        ? DatabaseUrl::sqliteFile(QFileInfo(database.path()).absoluteFilePath()).toString()
        : database.toString();
    const QString placeDigest = QString::fromLatin1(
        QCryptographicHash::hash(place.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    m_path = QStringLiteral("%1/%2-%3-%4.json")
                 .arg(folder, formName, placeDigest, QString::fromLatin1(user.toUtf8().toHex()));
    m_delay.setSingleShot(true);
    m_delay.setInterval(writeDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &FormRecovery::flush);
}

FormRecovery::~FormRecovery()
{
    flush();
}

std::optional<FormRecovery::Snapshot> FormRecovery::pending() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject kept = QJsonDocument::fromJson(file.readAll()).object();
    const QDateTime keptAt
        = QDateTime::fromString(kept.value(QStringLiteral("keptAt")).toString(), Qt::ISODateWithMs);
    if (!keptAt.isValid() || !kept.value(QStringLiteral("values")).isObject())
        return std::nullopt;
    return Snapshot {kept.value(QStringLiteral("values")).toObject(), keptAt};
}

QWidget* FormRecovery::offerBar(const QString& message,
                                const std::function<void(const QJsonObject&)>& restore)
{
    const std::optional<Snapshot> kept = pending();
    if (!kept)
        return nullptr;
    m_offerBar = new QWidget;
    m_offerBar->setObjectName(QStringLiteral("recoveryBar"));
    auto* layout = new QHBoxLayout(m_offerBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        new QLabel(message.arg(QLocale().toString(kept->keptAt.toLocalTime(), QLocale::ShortFormat))), 1);
    auto* restoreButton = new QPushButton(tr("Re&store it"));
    restoreButton->setObjectName(QStringLiteral("restore"));
    auto* discardButton = new QPushButton(tr("Thro&w it away"));
    discardButton->setObjectName(QStringLiteral("discard"));
    layout->addWidget(restoreButton);
    layout->addWidget(discardButton);
    connect(restoreButton, &QPushButton::clicked, m_offerBar, [this, restore, values = kept->values] {
        m_offerBar->hide();
        restore(values);
    });
    connect(discardButton, &QPushButton::clicked, m_offerBar, [this] {
        m_offerBar->hide();
        clear();
    });
    return m_offerBar;
}

void FormRecovery::keep(const QJsonObject& values)
{
    // What the bar offers is about to be replaced: it can no longer be restored.
    if (m_offerBar)
        m_offerBar->hide();
    m_values = values;
    m_unwritten = true;
    m_delay.start();
}

void FormRecovery::flush()
{
    m_delay.stop();
    if (!m_unwritten)
        return;
    m_unwritten = false;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return; // nowhere to keep it: the form itself still works
    const QJsonObject kept {{QStringLiteral("keptAt"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("values"), m_values}};
    file.write(QJsonDocument(kept).toJson(QJsonDocument::Compact));
    file.commit();
}

void FormRecovery::clear()
{
    m_delay.stop();
    m_unwritten = false;
    QFile::remove(m_path);
}
