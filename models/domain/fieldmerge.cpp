#include "fieldmerge.h"

FieldMerge::Result FieldMerge::merge(const QHash<QString, QString>& base,
                                     const QHash<QString, QString>& theirs,
                                     const QHash<QString, QString>& mine)
{
    Result result;
    result.merged = theirs;
    QStringList keys = mine.keys();
    keys.sort();
    for (const QString& key : keys) {
        const QString mineValue = mine.value(key);
        const QString baseValue = base.value(key);
        const QString theirValue = theirs.value(key);
        if (mineValue == baseValue || mineValue == theirValue)
            continue; // I did not change it, or we agree
        if (theirValue == baseValue) {
            result.merged.insert(key, mineValue);
            result.reapplied << key;
        } else {
            result.collisions << key;
        }
    }
    return result;
}
