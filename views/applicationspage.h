#pragma once

#include "applicationrepository.h"
#include "queuepage.h"

class ApplicationService;
class Clock;
class Database;
class QAction;

/// The reviewers' queue of vendor applications (SPEC 2.1): status tabs with counts, a filter per
/// column, the applicant's details and checklist progress beside the list; new applications and
/// drafts are entered here too.
class ApplicationsPage : public QueuePage
{
    Q_OBJECT
public:
    ApplicationsPage(Database& database, ApplicationService& service, const Clock& clock,
                     const QString& actor, QWidget* parent = nullptr);

    /// Opens the application form, for a new application or to resume the selected one.
    void openForm(bool resume);
    /// Opens the review dialog of the selected application.
    void review();

protected:
    void showDetail(const QString& id) override;

private:
    void updateActions();

    Database& m_database;
    ApplicationService& m_service;
    const Clock& m_clock;
    QString m_actor;
    std::optional<ApplicationRepository::Detail> m_current;
    QAction* m_new = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_review = nullptr;
};
