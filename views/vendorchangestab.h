#pragma once

#include "vendorrepository.h"

#include <QWidget>

class Clock;
class Database;
class QLabel;
class QPushButton;
class QTreeWidget;
class VendorService;

/// The material changes tab of the Vendors page (SPEC 2.5): each change with what it was and is,
/// the day it took effect and where its report stands — the time left, red once overdue, or the
/// day it came in and whether late. A change still awaited is marked reported from here.
class VendorChangesTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { Kind, Report, EffectiveOn, Before, After, Note, RecordedBy, ColumnCount };

    VendorChangesTab(Database& database, VendorService& service, const Clock& clock, const QString& actor,
                     QWidget* parent = nullptr);

    void showVendor(const std::optional<VendorRepository::Detail>& vendor);
    /// How many reports of the vendor shown are awaited, and how many of them are overdue.
    int awaitedCount() const { return m_awaited; }
    int overdueCount() const { return m_overdue; }
    QTreeWidget* tree() const { return m_tree; }
    QPushButton* reportButton() const { return m_report; }
    /// Records that the vendor reported the selected awaited change on China date `reportedOn`;
    /// true when it was stored.
    bool markReported(QDate reportedOn);

private:
    /// The selected change, if it still awaits its report.
    const VendorRepository::MaterialChange* selectedAwaited() const;
    void askReportDate();

    Database& m_database;
    VendorService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QList<VendorRepository::MaterialChange> m_changes;
    int m_awaited = 0;
    int m_overdue = 0;
    QLabel* m_summary;
    QPushButton* m_report;
    QTreeWidget* m_tree;
};
