#pragma once

#include "businessrules.h"
#include "vendorrepository.h"

#include <QWidget>

class Clock;
class Database;
class QLabel;
class QPushButton;
class QTreeWidget;

/// The violations tab of the Vendors page (SPEC 2.4): violations grouped by the year their points
/// count in, with each year's total; at the points set in violation.expel_points (24) in the
/// current year it proposes expulsion.
class VendorViolationsTab : public QWidget
{
    Q_OBJECT
public:
    VendorViolationsTab(Database& database, const Clock& clock, QWidget* parent = nullptr);

    void showVendor(const std::optional<VendorRepository::Detail>& vendor);
    /// The points counted in the current year (China time) for the vendor shown.
    int pointsThisYear() const { return m_pointsThisYear; }
    /// A year's points that propose expulsion (violation.expel_points), as last shown.
    int expelPoints() const { return m_expelPoints; }
    QTreeWidget* tree() const { return m_tree; }
    QLabel* proposalLabel() const { return m_proposal; }

signals:
    /// The reviewer chose to act on the expulsion proposal.
    void expulsionRequested();

private:
    Database& m_database;
    const Clock& m_clock;
    int m_pointsThisYear = 0;
    int m_expelPoints = BusinessRules().expelPoints;
    QLabel* m_proposal = nullptr;
    QPushButton* m_expel = nullptr;
    QTreeWidget* m_tree = nullptr;
};
