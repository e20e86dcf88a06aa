#include "freshdatabase.h"
#include "migrator.h"
#include "query.h"
#include "startupdatabase.h"
#include "startupinteraction.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

/// Start-up: a database that cannot be opened or set up is tried again or replaced by the one
/// the user chooses, which is saved for later starts.
class TestStartupDatabase : public QObject
{
    Q_OBJECT

    struct Failure
    {
        DatabaseUrl url;
        QString source;
        QString error;
    };

private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh, false);
        m_settings = std::make_unique<QSettings>(m_folder.filePath(QStringLiteral("prefs.ini")),
                                                 QSettings::IniFormat);
        m_settings->clear();
        m_failures.clear();
        QFile blocking(m_folder.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocking.open(QIODevice::WriteOnly));
    }
    void cleanup() { m_fresh.reset(); }

    void failedDatabase_isReplacedByTheChosenOne_andSaved()
    {
        const DatabaseUrl unreachable = unreachableUrl();
        const StartupDatabase::Opened opened = StartupDatabase::open(
            unreachable, QStringLiteral("the test"), *m_settings,
            {{}, {}, recordFailure(StartupDatabase::Choice {m_fresh->url(), {}}), {}});
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(m_failures.size(), 1);
        QCOMPARE(m_failures.first().url, unreachable);
        QCOMPARE(m_failures.first().source, QStringLiteral("the test"));
        QVERIFY2(m_failures.first().error.startsWith(QStringLiteral("Cannot ")),
                 qPrintable(m_failures.first().error));
        QCOMPARE(Migrator(*opened.database).currentVersion(), Migrator(*opened.database).latestVersion());
        QCOMPARE(m_settings->value(QStringLiteral("database/url")).toString(), m_fresh->url().toString());
        QCOMPARE(opened.source, QStringLiteral("the saved settings"));
    }

    void givingUp_returnsTheError_andSavesNothing()
    {
        const StartupDatabase::Opened opened
            = StartupDatabase::open(unreachableUrl(), QStringLiteral("the test"), *m_settings,
                                    {{}, {}, recordFailure(std::nullopt), {}});
        QVERIFY(!opened.database);
        QCOMPARE(m_failures.size(), 1);
        QCOMPARE(opened.error, m_failures.first().error);
        QVERIFY(!m_settings->contains(QStringLiteral("database/url")));
    }

    void withoutRecovery_theFirstFailureIsFinal()
    {
        const StartupDatabase::Opened opened
            = StartupDatabase::open(unreachableUrl(), QStringLiteral("the test"), *m_settings);
        QVERIFY(!opened.database);
        QVERIFY(opened.error.startsWith(QStringLiteral("Cannot ")));
    }

    void tryingAgain_opensTheSameDatabaseOnceItCan()
    {
        // Another program's table makes the set-up fail until it is gone.
        Query::execute(m_fresh->database(), QStringLiteral("CREATE TABLE notes (body TEXT)"));
        const StartupDatabase::Recovery recover
            = [this](const DatabaseUrl& failed, const QString& source, const QString& error) {
                  m_failures << Failure {failed, source, error};
                  Query::execute(m_fresh->database(), QStringLiteral("DROP TABLE notes"));
                  return std::optional<StartupDatabase::Choice>({failed, {}});
              };
        const StartupDatabase::Opened opened = StartupDatabase::open(
            m_fresh->url(), QStringLiteral("the test"), *m_settings, {{}, {}, recover, {}});
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(m_failures.size(), 1);
        QVERIFY2(m_failures.first().error.contains(QStringLiteral("notes")),
                 qPrintable(m_failures.first().error));
        QCOMPARE(opened.source, QStringLiteral("the test"));
        QVERIFY(!m_settings->contains(QStringLiteral("database/url")));
        QCOMPARE(Migrator(*opened.database).currentVersion(), Migrator(*opened.database).latestVersion());
    }

    /// A server that does not answer is not opened (libpq would block for its whole timeout):
    /// the recovery hears why, and the database chosen then is reached before it is opened.
    void unreachableServer_isNotOpened_andTheNextChoiceIsReachedFirst()
    {
        const DatabaseUrl silent = unreachableUrl();
        QList<DatabaseUrl> reached;
        const auto reach = [&reached, silent](const DatabaseUrl& url) {
            reached << url;
            return url == silent ? QStringLiteral("no answer") : QString();
        };
        const StartupDatabase::Opened opened = StartupDatabase::open(
            silent, QStringLiteral("the test"), *m_settings,
            {{}, reach, recordFailure(StartupDatabase::Choice {m_fresh->url(), {}}), {}});
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(reached, (QList<DatabaseUrl> {silent, m_fresh->url()}));
        QCOMPARE(m_failures.size(), 1);
        QCOMPARE(m_failures.first().error, QStringLiteral("no answer"));
    }

    /// In the window the migrations run on a worker connection: the event loop goes on (here a
    /// timer finds the progress dialog up while they run) and the database is up to date after.
    void windowUpgrade_runsOnAWorker_whileTheEventLoopRuns()
    {
        StartupInteraction interaction;
        bool dialogUpDuringUpgrade = false;
        QTimer watching; // from the first turn of any event loop: on PostgreSQL the server is awaited first
        connect(&watching, &QTimer::timeout, this,
                [&dialogUpDuringUpgrade] { dialogUpDuringUpgrade |= progressDialog() != nullptr; });
        watching.start(0);
        const StartupDatabase::Opened opened = StartupDatabase::open(
            m_fresh->url(), QStringLiteral("the test"), *m_settings, interaction.interaction());
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(dialogUpDuringUpgrade);
        QVERIFY(!progressDialog());
        Migrator migrator(*opened.database);
        QCOMPARE(migrator.currentVersion(), migrator.latestVersion());
    }

    /// Cancel stops the migration under way or before the next: each one done is whole, and the
    /// user hears where the database was left.
    void cancellingTheUpgrade_leavesWholeMigrationsOnly()
    {
        StartupInteraction interaction;
        QTimer cancelling;
        connect(&cancelling, &QTimer::timeout, this, [] {
            if (QProgressDialog* dialog = progressDialog())
                dialog->findChild<QPushButton*>()->click();
        });
        cancelling.start(0);
        StartupDatabase::Interaction upgradeOnly;
        upgradeOnly.upgrade = interaction.interaction().upgrade;
        const StartupDatabase::Opened opened
            = StartupDatabase::open(m_fresh->url(), QStringLiteral("the test"), *m_settings, upgradeOnly);
        QVERIFY(!opened.database);
        Migrator migrator(m_fresh->database());
        const int leftAt = migrator.currentVersion();
        QVERIFY(leftAt < migrator.latestVersion());
        QCOMPARE(
            opened.error,
            QStringLiteral("Updating the database was cancelled; it was left at schema %1.").arg(leftAt));
        // Trying again goes on from there: the step under way was rolled back whole.
        const Migrator::Result again = migrator.migrate();
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.fromVersion, leftAt);
    }

private:
    static QProgressDialog* progressDialog()
    {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QProgressDialog*>(window))
                return dialog;
        }
        return nullptr;
    }

    /// A database of the row's backend that cannot be opened: an SQLite file whose folder is a
    /// file (made in init()), a PostgreSQL database that does not exist.
    DatabaseUrl unreachableUrl()
    {
        const DatabaseUrl fresh = m_fresh->url();
        if (fresh.backend() == DatabaseUrl::Backend::Sqlite)
            return DatabaseUrl::sqliteFile(m_folder.filePath(QStringLiteral("not-a-folder/market.db")));
        return *DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/marketdesk_no_such_database")
                                       .arg(fresh.user(), fresh.host())
                                       .arg(fresh.port()));
    }
    StartupDatabase::Recovery recordFailure(const std::optional<StartupDatabase::Choice>& answer)
    {
        return [this, answer](const DatabaseUrl& failed, const QString& source, const QString& error) {
            m_failures << Failure {failed, source, error};
            return answer;
        };
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    QTemporaryDir m_folder;
    std::unique_ptr<QSettings> m_settings;
    QList<Failure> m_failures;
};

QTEST_MAIN(TestStartupDatabase)
#include "tst_startupdatabase.moc"
