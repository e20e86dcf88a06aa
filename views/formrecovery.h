#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <optional>

class Clock;

/// Keeps a form that is being filled in on disk, so that a crash or a flat battery loses nothing
/// typed (SCENARIOS, data entry). The form's values are written half a second after a change, and
/// at once when the form closes, by atomic replacement (QSaveFile), in the user's local data
/// folder: one file per form and user. The file stays until the form is saved — also after Cancel,
/// so that a form closed by mistake can be restored the next time it opens.
class FormRecovery : public QObject
{
    Q_OBJECT
public:
    struct Snapshot
    {
        QJsonObject values;
        QDateTime keptAt; ///< UTC
    };

    FormRecovery(const QString& formName, const QString& user, const Clock& clock, QObject* parent = nullptr);
    ~FormRecovery() override;

    /// What an earlier session kept and never saved; nothing when there is none or it cannot be read.
    std::optional<Snapshot> pending() const;
    /// Keeps `values` (the whole form) in place of what was kept before.
    void keep(const QJsonObject& values);
    /// Writes what keep() was given and not written yet.
    void flush();
    /// The form was saved, or the user threw the kept one away: nothing is left to restore.
    void clear();
    QString filePath() const { return m_path; }

private:
    const Clock& m_clock;
    QString m_path;
    QTimer m_delay;
    QJsonObject m_values;
    bool m_unwritten = false;
};
