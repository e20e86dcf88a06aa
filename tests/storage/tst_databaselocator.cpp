#include "databaselocator.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestDatabaseLocator : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_folder.filePath(QStringLiteral("prefs.ini")),
                                                 QSettings::IniFormat);
        m_settings->clear();
    }

    void option_beatsEverything()
    {
        m_settings->setValue(QStringLiteral("database/url"), QStringLiteral("sqlite:/saved.db"));
        const auto located
            = DatabaseLocator::locate(QStringLiteral("sqlite:/option.db"), QStringLiteral("sqlite:/env.db"),
                                      *m_settings, QStringLiteral("/data"));
        QCOMPARE(located.url->path(), QStringLiteral("/option.db"));
        QVERIFY(located.overridesSaved);
    }

    void environment_beatsSettings()
    {
        m_settings->setValue(QStringLiteral("database/url"), QStringLiteral("sqlite:/saved.db"));
        const auto located = DatabaseLocator::locate(std::nullopt, QStringLiteral("sqlite:/env.db"),
                                                     *m_settings, QStringLiteral("/data"));
        QCOMPARE(located.url->path(), QStringLiteral("/env.db"));
        QVERIFY(located.overridesSaved);
    }

    void settings_beatTheDefault()
    {
        m_settings->setValue(QStringLiteral("database/url"),
                             QStringLiteral("postgresql://team@server:5432/market"));
        const auto located
            = DatabaseLocator::locate(std::nullopt, QString(), *m_settings, QStringLiteral("/data"));
        QCOMPARE(located.url->backend(), DatabaseUrl::Backend::Postgres);
        QVERIFY(!located.overridesSaved);
    }

    void default_isTheDataFolder()
    {
        const auto located
            = DatabaseLocator::locate(std::nullopt, QString(), *m_settings, QStringLiteral("/data"));
        QCOMPARE(located.url->toString(), QStringLiteral("sqlite:/data/marketdesk.db"));
        QVERIFY(!located.overridesSaved);
    }

    void save_isWhatTheNextStartLocates()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://team@server:5432/market"));
        QCOMPARE(DatabaseLocator::save(*url, *m_settings), QStringLiteral("the saved settings"));
        const auto located
            = DatabaseLocator::locate(std::nullopt, QString(), *m_settings, QStringLiteral("/data"));
        QCOMPARE(located.url->toString(), url->toString());
    }

    void badUrl_namesItsSource()
    {
        const auto located = DatabaseLocator::locate(std::nullopt, QStringLiteral("nonsense"), *m_settings,
                                                     QStringLiteral("/data"));
        QVERIFY(!located.url);
        QVERIFY(located.error.contains(QStringLiteral("MARKETDESK_DATABASE")));
    }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestDatabaseLocator)
#include "tst_databaselocator.moc"
