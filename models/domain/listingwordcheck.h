#pragma once

#include <QList>
#include <QString>

/// Flags what a product description may not contain (SPEC 3.1): exaggeration such as 唯一 or 最优,
/// links outside the platform, selling outside the marketplace, and asking buyers to register in a
/// separate user system. It only flags: the reviewer decides (唯一标识 is no boast).
class ListingWordCheck
{
public:
    enum class Kind { Exaggeration, OutsideLink, OutsideSale, SeparateRegistration };

    struct Finding
    {
        Kind kind = Kind::Exaggeration;
        QString text; ///< what was found, as written
        int position = 0; ///< in UTF-16 code units from the start of the description

        friend bool operator==(const Finding&, const Finding&) = default;
    };

    /// Every finding in `description`, by position.
    static QList<Finding> findings(const QString& description);
};
