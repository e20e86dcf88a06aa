#pragma once

#include "applicationrepository.h"
#include "applicationworkflow.h"
#include "checklistview.h"
#include "formfeedback.h"

#include <QDialog>
#include <QTemporaryDir>

#include <memory>

class ApplicationService;
class ChecklistModel;
class Clock;
class Database;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

/// The reviewer's view of one application (SPEC 2.2): what the applicant entered, the entry
/// checklist of its markets to tick with notes, and the decision. Approving with unticked items is
/// an override that needs its reason; rejecting needs the reason the applicant will read.
class ApplicationReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicationReviewDialog(const QString& applicationId, Database& database, ApplicationService& service,
                            const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    ChecklistModel* checklist() const { return m_table->checklist(); }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    /// Sends the decision; true when it was stored.
    bool decide(ApplicationAction action);
    QListWidget* fileList() const { return m_files; }
    /// Writes the kept file in `row` of the file list to a temporary folder and returns its path
    /// (empty when it cannot be written); openFile() also shows it in the system's viewer.
    QString exportFile(int row);
    void openFile(int row);

private:
    void reload();
    void focusNextStep();
    void storeCheck(const QString& conditionId, bool ticked, const QString& note);

    QString m_applicationId;
    Database& m_database;
    ApplicationService& m_service;
    const Clock& m_clock;
    QString m_actor;
    std::optional<ApplicationRepository::Detail> m_detail;
    QLabel* m_summary = nullptr;
    QListWidget* m_files = nullptr;
    QTemporaryDir m_exported;
    ChecklistView* m_table = nullptr;
    QLabel* m_progress = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    std::unique_ptr<FormFeedback> m_feedback;
};
