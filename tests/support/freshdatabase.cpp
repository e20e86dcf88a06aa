#include "freshdatabase.h"

#include "demodatawriter.h"
#include "migrator.h"
#include "settingsservice.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

void FreshDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString FreshDatabase::unavailableReason(const QString& backend)
{
    if (backend == QStringLiteral("postgresql") && qEnvironmentVariableIsEmpty("MARKETDESK_TEST_PG"))
        return QStringLiteral("MARKETDESK_TEST_PG names no PostgreSQL server");
    return {};
}

bool FreshDatabase::isRequired(const QString& backend)
{
    return backend == QStringLiteral("postgresql") && !qEnvironmentVariableIsEmpty("MARKETDESK_REQUIRE_PG");
}

FreshDatabase::FreshDatabase(const QString& backend, bool migrate)
{
    if (backend == QStringLiteral("sqlite")) {
        m_database = std::make_unique<Database>(
            DatabaseUrl::sqliteFile(m_folder.filePath(QStringLiteral("test.db"))));
    } else {
        m_schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
        const auto url = DatabaseUrl::parse(
            qEnvironmentVariable("MARKETDESK_TEST_PG") + QStringLiteral("?schema=") + m_schema, &m_error);
        if (!url)
            return;
        m_database = std::make_unique<Database>(*url);
    }
    m_error = m_database->open();
    if (m_error.isEmpty() && migrate) {
        Migrator migrator(*m_database);
        m_error = migrator.migrate().error;
    }
}

FreshDatabase::~FreshDatabase()
{
    if (!m_schema.isEmpty() && m_database && m_database->isOpen()) {
        QSqlQuery drop(m_database->connection());
        drop.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
    }
}

DatabaseUrl FreshDatabase::url() const
{
    return m_database->url();
}

bool FreshDatabase::setSetting(const QString& key, qint64 value)
{
    SettingsService settings(*m_database);
    const SaveSetting command {
        {CommandId(QUuid::createUuid()), QStringLiteral("admin"), QDateTime::currentDateTimeUtc()},
        key,
        QString::number(value),
        settings.read(key).version};
    return settings.save(command).succeeded();
}

QString FreshDatabase::writeDemoData(int orders)
{
    return DemoDataWriter(*m_database, QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC)).write(orders);
}

std::unique_ptr<Database> FreshDatabase::anotherClient()
{
    QString error;
    std::unique_ptr<Database> other = m_database->openAnother(&error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return other;
}
