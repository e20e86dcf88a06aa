#include "stepsaver.h"

#include "conflictdialog.h"
#include "storageerror.h"

StepSaver::StepSaver(QList<std::pair<QString, QString>> fields, Reread reread)
    : m_fields(std::move(fields))
    , m_reread(std::move(reread))
{ }

StepSaver::Result StepSaver::save(const Snapshot& opened, const Save& save, QWidget* parent) const
{
    const QString statusKey = m_fields.constFirst().first;
    Snapshot base = opened;
    WriteOutcome outcome = save(base.version);
    while (outcome.kind == WriteOutcome::Kind::Conflict) {
        std::optional<Snapshot> theirs;
        try {
            theirs = m_reread();
        } catch (const StorageError& error) {
            return {Next::Report, WriteOutcome::failed(error.userMessage())};
        }
        if (!theirs)
            return {Next::Report, WriteOutcome::failed(tr("The record no longer exists."))};
        // Where their status still allows the step, the step starts from their status; otherwise
        // the status the step sets collides with theirs.
        QHash<QString, QString> shownBase = base.values;
        if (theirs->stepChanges)
            shownBase.insert(statusKey, theirs->values.value(statusKey));
        QHash<QString, QString> mine = shownBase;
        const QHash<QString, QString> changes
            = theirs->stepChanges.value_or(base.stepChanges.value_or(QHash<QString, QString>()));
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            mine.insert(it.key(), it.value());
        switch (ConflictDialog::decideStep(m_fields, shownBase, theirs->values, mine,
                                           theirs->stepChanges.has_value(), parent)) {
        case ConflictDialog::Choice::Cancel:
            return {Next::Stay, outcome};
        case ConflictDialog::Choice::Reload:
            return {Next::Reload, outcome};
        case ConflictDialog::Choice::Merge:
            base = *theirs;
            outcome = save(base.version);
            break;
        }
    }
    return {Next::Report, outcome};
}
