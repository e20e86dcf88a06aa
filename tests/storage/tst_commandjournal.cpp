#include "commandjournal.h"
#include "freshdatabase.h"
#include "query.h"

#include <QTest>

namespace {

/// The smallest command the journal can apply: it names one row of the test table.
struct NoteCommand
{
    static constexpr const char* name = "test.note";
    CommandHeader header;
    QString noteId;
    QJsonObject toJson() const { return {{QStringLiteral("note_id"), noteId}}; }
};

NoteCommand noteCommand(const QString& noteId)
{
    return {{CommandId(QUuid::createUuid()), QStringLiteral("clerk"), QDateTime::currentDateTimeUtc()},
            noteId};
}

} // namespace

Q_DECLARE_METATYPE(WriteOutcome)

class TestCommandJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        Query::execute(db(), QStringLiteral("CREATE TABLE notes (id TEXT PRIMARY KEY)"));
    }
    void cleanup() { m_fresh.reset(); }

    void done_commitsTheChangeAndRecordsTheCommand()
    {
        const NoteCommand command = noteCommand(QStringLiteral("a"));
        const WriteOutcome outcome = apply(command, WriteOutcome::done(4));
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Done);
        QCOMPARE(outcome.newVersion, 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes")), 1);
        QCOMPARE(recorded(command), 1);
        QCOMPARE(db().transactionDepth(), 0);
    }

    void retry_isNotAppliedTwice()
    {
        const NoteCommand command = noteCommand(QStringLiteral("a"));
        QCOMPARE(apply(command, WriteOutcome::done()).kind, WriteOutcome::Kind::Done);
        bool wroteAgain = false;
        const WriteOutcome retry = CommandJournal::applyOnce(db(), command, [&](CommandJournal&) {
            wroteAgain = true;
            return WriteOutcome::done();
        });
        QCOMPARE(retry.kind, WriteOutcome::Kind::AlreadyApplied);
        QVERIFY(!wroteAgain);
        QCOMPARE(recorded(command), 1);
    }

    void refusal_rollsBackWhatWasWritten_data()
    {
        QTest::addColumn<WriteOutcome>("refusal");
        QTest::newRow("conflict") << WriteOutcome::conflict(QStringLiteral("changed by someone else"));
        QTest::newRow("invalid") << WriteOutcome::invalid(
            {{QStringLiteral("note_id"), QStringLiteral("bad")}});
        QTest::newRow("failed") << WriteOutcome::failed(QStringLiteral("no longer exists"));
    }
    void refusal_rollsBackWhatWasWritten()
    {
        QFETCH(WriteOutcome, refusal);
        const NoteCommand command = noteCommand(QStringLiteral("a"));
        const WriteOutcome outcome = apply(command, refusal);
        QCOMPARE(outcome.kind, refusal.kind);
        QCOMPARE(outcome.message, refusal.message);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes")), 0);
        QCOMPARE(recorded(command), 0);
        QCOMPARE(db().transactionDepth(), 0);
    }

    void storageError_isFailedAndRollsBack()
    {
        const NoteCommand command = noteCommand(QStringLiteral("a"));
        const WriteOutcome outcome = CommandJournal::applyOnce(db(), command, [&](CommandJournal&) {
            insertNote(QStringLiteral("a"));
            insertNote(QStringLiteral("a"));
            return WriteOutcome::done();
        });
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Failed);
        QVERIFY2(outcome.message.contains(QStringLiteral("INSERT INTO notes")), qPrintable(outcome.message));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes")), 0);
        QCOMPARE(recorded(command), 0);
        QCOMPARE(db().transactionDepth(), 0);
    }

private:
    Database& db() { return m_fresh->database(); }

    /// Applies `command` with a write that inserts its note and then returns `result`.
    WriteOutcome apply(const NoteCommand& command, const WriteOutcome& result)
    {
        return CommandJournal::applyOnce(db(), command, [&](CommandJournal&) {
            insertNote(command.noteId);
            return result;
        });
    }
    void insertNote(const QString& id)
    {
        Query(db(), QStringLiteral("INSERT INTO notes (id) VALUES (:id)"))
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
    int count(const QString& sql)
    {
        Query query(db(), sql);
        query.exec();
        return query.next() ? query.value(0).toInt() : -1;
    }
    int recorded(const NoteCommand& command)
    {
        Query query(
            db(),
            QStringLiteral("SELECT COUNT(*) FROM commands_applied WHERE command_id = :id AND name = :name"));
        query.bind(QStringLiteral(":id"), command.header.id.toString())
            .bind(QStringLiteral(":name"), QString::fromLatin1(NoteCommand::name))
            .exec();
        return query.next() ? query.value(0).toInt() : -1;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestCommandJournal)
#include "tst_commandjournal.moc"
