#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/// Three-way merge of a form after a conflict: the values the user started from (base), the
/// values someone else saved meanwhile (theirs) and the user's own (mine). Theirs are kept, and
/// each of my changes is re-applied where they did not change the same field; fields both
/// changed differently are collisions, which keep theirs and are shown to the user.
class FieldMerge
{
public:
    struct Result
    {
        QHash<QString, QString> merged;
        QStringList collisions; ///< fields both changed to different values, in key order
        QStringList reapplied; ///< fields where my change was re-applied, in key order
    };

    static Result merge(const QHash<QString, QString>& base, const QHash<QString, QString>& theirs,
                        const QHash<QString, QString>& mine);
};
