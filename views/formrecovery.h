#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class Clock;
class DatabaseUrl;
class QWidget;

/// Keeps a form that is being filled in on disk, so that a crash or a flat battery loses nothing
/// typed (SCENARIOS, data entry). The form's values are written half a second after a change, and
/// at once when the form closes, by atomic replacement (QSaveFile), in the user's local data
/// folder: one file per form, database and user, so that a form is offered back only where the
/// records it chose exist. The file stays until the form is saved — also after Cancel,
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

    FormRecovery(const QString& formName, const DatabaseUrl& database, const QString& user,
                 const Clock& clock, QObject* parent = nullptr);
    ~FormRecovery() override;

    /// What an earlier session kept and never saved; nothing when there is none or it cannot be read.
    std::optional<Snapshot> pending() const;
    /// A bar that offers what an earlier session kept back — `message` with %1 for the local time
    /// it was typed, then "Restore it" (which hands the values to `restore`) and "Throw it away" —
    /// or nullptr when nothing is kept. The bar hides when either is pressed, and when keep()
    /// replaces what it offers.
    QWidget* offerBar(const QString& message, const std::function<void(const QJsonObject&)>& restore);
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
    QWidget* m_offerBar = nullptr;
};
