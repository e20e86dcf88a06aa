#pragma once

#include "measurement.h"

#include <QList>

/// The benchmark's output: a table on the terminal (three figures and their ratios per operation)
/// and the JSON file of the same figures.
class BenchReport
{
public:
    void add(const QList<Measurement>& measurements) { m_measurements << measurements; }
    void add(const MemoryMeasurement& memory) { m_memory << memory; }
    void addNote(const QString& note) { m_notes << note; }

    /// The table in Markdown, as the README shows it.
    QString table() const;
    /// `[{"operation", "backend", "marketdesk_ms", "limit_ms", "naive_ms"}, …,
    ///   {"operation": "rss_mb", "backend", "marketdesk_mb", "naive_mb", "empty_mb"}]`; a figure
    /// not measured or past the timeout is null.
    QByteArray json() const;

private:
    QList<Measurement> m_measurements;
    QList<MemoryMeasurement> m_memory;
    QStringList m_notes;
};
