#pragma once

#include "applicationrepository.h"
#include "formfeedback.h"
#include "formrecovery.h"
#include "saveapplication.h"

#include <QDialog>

#include <memory>
#include <optional>

class ApplicationService;
class Clock;
class Database;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

/// The partner application form (合作伙伴申请表, SPEC 2.1): every field, province and city as two
/// linked lists, the markets to enter, the three agreements and the qualification files. "Save
/// draft" keeps an unfinished form to resume later; "Submit" checks every field. When someone else
/// saved the application meanwhile, a ConflictDialog shows both versions and the form takes
/// theirs, or theirs plus the user's non-colliding changes, to be saved again. What is typed is
/// kept on disk until it is saved (FormRecovery, the files excepted); opening the same form after
/// a crash offers to restore it.
class ApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    /// `current` is a draft or rejected application to resume; without it a new one is entered.
    /// `database` reads the saved application after a conflict.
    ApplicationDialog(const std::optional<ApplicationRepository::Detail>& current,
                      const QList<CatalogueRepository::Market>& markets, Database& database,
                      ApplicationService& service, const Clock& clock, const QString& actor,
                      QWidget* parent = nullptr);

    QLineEdit* editor(const QString& field) const { return m_editors.value(field); }
    QComboBox* provinceBox() const { return m_province; }
    QComboBox* cityBox() const { return m_city; }
    QComboBox* entityTypeBox() const { return m_entityType; }
    QListWidget* marketList() const { return m_markets; }
    QCheckBox* agreementBox(int index) const { return m_agreements.at(index); }
    QSpinBox* staffBox() const { return m_staff; }
    QPlainTextEdit* mainBusinessEdit() const { return m_mainBusiness; }
    /// Adds a file to send with the next save; false (with a message box) when it cannot be read.
    bool addFile(ApplicationFileKind kind, const QString& path);
    /// Saves as a draft (`submit` false) or submits; closes the dialog on success.
    bool save(bool submit);
    QString applicationId() const { return m_applicationId; }
    /// Shown while an unsaved form from an earlier session can be restored; nullptr when none.
    QWidget* recoveryBar() const { return m_recoveryBar; }

private:
    QLineEdit* addLine(const QString& key, const QString& label, QWidget* form);
    /// The fields as the form shows them (a list's checked items one per line), for ConflictDialog;
    /// the files are not among them: new ones are only ever added.
    QHash<QString, QString> valuesOf(const ApplicationRepository::Detail& detail) const;
    QHash<QString, QString> formValues() const;
    void fill(const QHash<QString, QString>& values);
    void remember();
    void restore(const QJsonObject& kept);
    /// The shown names of the markets `marketIds` names, one per line, in the list's order.
    QString marketTexts(const QStringList& marketIds) const;
    /// The shown texts of the agreements ticked in `accepted` (entry, rules, platform), one per line.
    QString agreementTexts(const QList<bool>& accepted) const;
    /// Shows both versions and applies the user's choice to the form.
    void resolveConflict();
    void provinceChanged();
    void entityTypeChanged();
    void chooseFile();
    SaveApplication command(bool submit) const;

    std::optional<ApplicationRepository::Detail> m_current;
    Database& m_database;
    ApplicationService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QString m_applicationId;
    QHash<QString, QLineEdit*> m_editors;
    QComboBox* m_entityType = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_province = nullptr;
    QComboBox* m_city = nullptr;
    QPlainTextEdit* m_mainBusiness = nullptr;
    QListWidget* m_markets = nullptr;
    QSpinBox* m_staff = nullptr;
    QList<QCheckBox*> m_agreements;
    QListWidget* m_files = nullptr;
    QComboBox* m_fileKind = nullptr;
    QList<ApplicationFile> m_newFiles;
    std::unique_ptr<FormFeedback> m_feedback;
    FormRecovery m_recovery;
    QWidget* m_recoveryBar = nullptr;
};
