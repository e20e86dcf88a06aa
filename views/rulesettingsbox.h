#pragma once

#include "settingsservice.h"

#include <QGroupBox>
#include <QHash>
#include <QList>

class Clock;
class QComboBox;
class QLabel;
class QSpinBox;

/// The figures the marketplace's rules count with (the invoice deadline and BusinessRules), for an
/// administrator to change: one box per setting, grouped by what they govern, with the SPEC's
/// figure in each tooltip. Save keeps every changed figure in one transaction; when someone else
/// saved one meanwhile, ConflictDialog shows the figures either side changed.
class RuleSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    RuleSettingsBox(SettingsService& settings, const Clock& clock, const QString& actor,
                    QWidget* parent = nullptr);

    /// The spin box of a setting (for an amount in fen it shows whole yuan); null for the one
    /// setting chosen in a list, invoice.sla_working_days (dayKindBox()).
    QSpinBox* spinBox(const QString& key) const;
    QComboBox* dayKindBox() const { return m_dayKind; }
    QLabel* noteLabel() const { return m_note; }
    /// Saves the figures changed since they were shown; false (after saying why) when nothing was
    /// saved.
    bool save();

public slots:
    /// Shows the stored figures and remembers their versions as the base of the next save.
    void reload();

private:
    enum class Unit {
        Plain,
        Yuan,
        Days,
        WorkingDays,
        Hours,
        Months,
        Points,
        Deductions,
        DayOfMonth,
        DayKind
    };
    struct Field
    {
        QString key;
        QString label;
        Unit unit = Unit::Days;
        QSpinBox* spin = nullptr;
    };

    void addSection(const QString& title);
    /// A row of one spin box labelled `label`.
    void addFigure(const QString& key, const QString& label, Unit unit);
    QSpinBox* makeSpin(const QString& key, const QString& label, Unit unit);
    static QString suffix(Unit unit, int value);
    /// The value a field holds, as stored (fen for amounts, 0/1 for the kind of day).
    QString storedValue(const Field& field) const;
    void showStored(const Field& field, const QString& stored);
    /// How the field shows a stored value, as ConflictDialog compares it, and back.
    QString displayText(const Field& field, const QString& stored) const;
    QString storedFromText(const Field& field, const QString& text) const;
    QHash<QString, QString> displayTexts(const QHash<QString, QString>& stored) const;
    void resolveConflict();

    SettingsService& m_settings;
    const Clock& m_clock;
    QString m_actor;
    QList<Field> m_fields;
    QComboBox* m_dayKind = nullptr;
    QLabel* m_note = nullptr;
    /// The stored settings the boxes started from.
    QHash<QString, SettingsService::Setting> m_base;
};
