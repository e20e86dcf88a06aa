#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

/// The material changes of the demo data set (SPEC 2.5), one per active vendor. Each row is
/// derived from the vendor's index alone — its id too — so that adding them left the random
/// sequence, and so every other demo row, as it was.
class DemoMaterialChange
{
public:
    /// The vendor_changes columns row() fills, in order.
    static QStringList columns();
    /// The change of the `index`th vendor, a company in `city`, as of the data set's anchor (UTC
    /// ms): every third one still awaits its report (some overdue), the others were reported, a
    /// few of them late.
    static QVariantList row(const QString& vendorId, const QString& city, qint64 index, qint64 anchorMs);
};
