#pragma once

#include "writeoutcome.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>

class QWidget;

/// Saves a workflow step (issuing an invoice, a delivery step, a refund decision, …) against the
/// version of the record the user looked at. When someone else saved the record meanwhile, the
/// record as saved now and as the step would leave it are shown side by side (ConflictDialog).
/// The step can be applied to their version when it may still be taken there and they did not
/// change a field the step sets; it is then saved again on the newer version. Nothing is written
/// without the user seeing it.
class StepSaver
{
    Q_DECLARE_TR_FUNCTIONS(StepSaver)
public:
    /// A record as the conflict view shows it: its version, the texts of its fields, and what the
    /// step sets there — the status it moves the record to and what the user entered; nothing
    /// when the step may not be taken on this version.
    struct Snapshot
    {
        int version = 0;
        QHash<QString, QString> values;
        std::optional<QHash<QString, QString>> stepChanges;
    };

    /// What the step's owner does next.
    enum class Next {
        Report, ///< show `outcome` as usual (done, invalid, failed)
        Reload, ///< the user chose their version: close the step, the page shows theirs
        Stay, ///< the user went back to the step unchanged
    };

    struct Result
    {
        Next next = Next::Report;
        WriteOutcome outcome;
    };

    using Save = std::function<WriteOutcome(int baseVersion)>;
    /// Reads the record as saved now; nothing when it no longer exists. May throw StorageError.
    using Reread = std::function<std::optional<Snapshot>()>;

    /// `fields` are the record's (key, label) in display order, its status first: a step moves the
    /// status, so whether their status still allows the step is what counts there, not whether
    /// they changed it.
    StepSaver(QList<std::pair<QString, QString>> fields, Reread reread);

    /// Saves with `save` on `opened.version`. Asks again when the newer version was changed again
    /// before the step reached it.
    Result save(const Snapshot& opened, const Save& save, QWidget* parent) const;

private:
    QList<std::pair<QString, QString>> m_fields;
    Reread m_reread;
};
