#pragma once

#include "cataloguerepository.h"
#include "formfeedback.h"
#include "recordviolation.h"

#include <QDialog>

#include <memory>

class Clock;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class ViolationService;

/// Records a violation (SPEC 2.4): its type with the points it carries, the date it occurred, what
/// happened and the evidence. The points count in the year of recording; the dialog says which,
/// and what the vendor's total becomes.
class ViolationDialog : public QDialog
{
    Q_OBJECT
public:
    /// `expelPoints`: a year's total that proposes expulsion (violation.expel_points).
    ViolationDialog(const VendorId& vendor, const QString& vendorName, int pointsThisYear, int expelPoints,
                    const QList<CatalogueRepository::ViolationType>& types, ViolationService& service,
                    const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    QComboBox* typeBox() const { return m_type; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QLabel* consequenceLabel() const { return m_consequence; }
    bool addEvidence(const QString& path);

public slots:
    void accept() override;

private:
    void typeChanged();

    VendorId m_vendor;
    int m_pointsThisYear = 0;
    int m_expelPoints = 0;
    QList<CatalogueRepository::ViolationType> m_types;
    ViolationService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QListWidget* m_files = nullptr;
    QLabel* m_consequence = nullptr;
    QList<AttachedFile> m_evidence;
    std::unique_ptr<FormFeedback> m_feedback;
};
