#include "freshdatabase.h"
#include "settingsservice.h"

#include <QSignalSpy>
#include <QTest>

class TestSettingsService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void unstoredKey_readsItsSpecDefault()
    {
        SettingsService settings(m_fresh->database());
        const SettingsService::Setting sla = settings.read(QStringLiteral("invoice.sla_days"));
        QCOMPARE(sla.value, QStringLiteral("7"));
        QCOMPARE(sla.version, 0);
        QCOMPARE(settings.read(QStringLiteral("delivery.auto_accept_days")).value, QStringLiteral("15"));
        QCOMPARE(settings.read(QStringLiteral("violation.expel_points")).value, QStringLiteral("24"));
    }

    void save_createsThenUpdatesWithVersions()
    {
        SettingsService settings(m_fresh->database());
        QCOMPARE(settings.save(command(QStringLiteral("10"), 0)).kind, WriteOutcome::Kind::Done);
        QCOMPARE(settings.read(QStringLiteral("invoice.sla_days")).value, QStringLiteral("10"));
        QCOMPARE(settings.save(command(QStringLiteral("3"), 1)).kind, WriteOutcome::Kind::Done);
        QCOMPARE(settings.read(QStringLiteral("invoice.sla_days")).version, 2);
        QCOMPARE(settings.save(command(QStringLiteral("5"), 1)).kind, WriteOutcome::Kind::Conflict);
        QCOMPARE(settings.save(command(QStringLiteral("5"), 0)).kind, WriteOutcome::Kind::Conflict);
        QCOMPARE(settings.read(QStringLiteral("invoice.sla_days")).value, QStringLiteral("3"));
    }

    void badInput_isAFieldError()
    {
        SettingsService settings(m_fresh->database());
        QCOMPARE(settings.save(command(QStringLiteral("-1"), 0)).kind, WriteOutcome::Kind::Invalid);
        QCOMPARE(settings.save(command(QStringLiteral("ten"), 0)).fieldErrors.value(0).field,
                 QStringLiteral("value"));
        SaveSetting unknown = command(QStringLiteral("1"), 0);
        unknown.key = QStringLiteral("no.such.key");
        QCOMPARE(settings.save(unknown).fieldErrors.value(0).field, QStringLiteral("key"));
    }

    void saveAll_keepsAllOrNone()
    {
        SettingsService settings(m_fresh->database());
        QSignalSpy announced(&settings, &SettingsService::changed);
        SaveSetting kind = command(QStringLiteral("1"), 0);
        kind.key = QStringLiteral("invoice.sla_working_days");
        // The second is stale: the first is not kept either.
        QCOMPARE(settings.saveAll({kind, command(QStringLiteral("5"), 3)}).kind,
                 WriteOutcome::Kind::Conflict);
        QCOMPARE(settings.read(QStringLiteral("invoice.sla_working_days")).version, 0);
        QCOMPARE(announced.size(), 0); // nothing was kept, so nothing is announced
        QCOMPARE(settings.saveAll({kind, command(QStringLiteral("5"), 0)}).kind, WriteOutcome::Kind::Done);
        QCOMPARE(settings.read(QStringLiteral("invoice.sla_working_days")).value, QStringLiteral("1"));
        QCOMPARE(settings.read(QStringLiteral("invoice.sla_days")).value, QStringLiteral("5"));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(
            announced.first().at(1).toStringList(),
            (QStringList {QStringLiteral("invoice.sla_working_days"), QStringLiteral("invoice.sla_days")}));
    }

private:
    SaveSetting command(const QString& value, int baseVersion)
    {
        return {{CommandId(QUuid::createUuid()), QStringLiteral("admin"), QDateTime::currentDateTimeUtc()},
                QStringLiteral("invoice.sla_days"),
                value,
                baseVersion};
    }
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestSettingsService)
#include "tst_settingsservice.moc"
