#include "benchreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString milliseconds(double value)
{
    return value < 10 ? QString::number(value, 'f', 2) : QString::number(value, 'f', value < 100 ? 1 : 0);
}

QString ratio(double value)
{
    return QStringLiteral("%1×").arg(value < 10 ? QString::number(value, 'f', 2)
                                                : QString::number(value, 'f', 0));
}

} // namespace

QString BenchReport::table() const
{
    QStringList lines {
        QStringLiteral("| operation | backend | MarketDesk ms | limit ms | MarketDesk / limit | naive ms "
                       "| naive / MarketDesk |"),
        QStringLiteral("|---|---|--:|--:|--:|--:|--:|")};
    for (const Measurement& m : m_measurements) {
        const QString limit = m.limitMs ? milliseconds(*m.limitMs) : QStringLiteral("–");
        const QString limitRatio
            = m.limitMs && *m.limitMs > 0 ? ratio(m.marketdeskMs / *m.limitMs) : QStringLiteral("–");
        const QString naive = m.naiveTimedOut ? QStringLiteral("timeout")
            : m.naiveMs                       ? milliseconds(*m.naiveMs)
                                              : QStringLiteral("–");
        const QString naiveRatio
            = m.naiveMs && m.marketdeskMs > 0 ? ratio(*m.naiveMs / m.marketdeskMs) : QStringLiteral("–");
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                     .arg(m.operation, m.backend, milliseconds(m.marketdeskMs), limit, limitRatio, naive,
                          naiveRatio);
    }
    lines << QString()
          << QStringLiteral(
                 "| resident memory | backend | empty queue MB | MarketDesk MB (growth) | naive MB "
                 "(growth) |")
          << QStringLiteral("|---|---|--:|--:|--:|");
    for (const MemoryMeasurement& m : m_memory) {
        lines << QStringLiteral("| queue open, 10 pages scrolled | %1 | %2 | %3 (+%4) | %5 |")
                     .arg(m.backend, QString::number(m.emptyMb, 'f', 1),
                          QString::number(m.marketdeskMb, 'f', 1),
                          QString::number(m.marketdeskMb - m.emptyMb, 'f', 1),
                          m.naiveTimedOut ? QStringLiteral("timeout")
                                          : QStringLiteral("%1 (+%2)")
                                                .arg(QString::number(m.naiveMb, 'f', 1),
                                                     QString::number(m.naiveMb - m.emptyMb, 'f', 1)));
    }
    if (!m_notes.isEmpty())
        lines << QString() << m_notes;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray BenchReport::json() const
{
    QJsonArray list;
    const auto figure = [](const std::optional<double>& value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    for (const Measurement& m : m_measurements) {
        list.append(
            QJsonObject {{QStringLiteral("operation"), m.operation},
                         {QStringLiteral("backend"), m.backend},
                         {QStringLiteral("marketdesk_ms"), m.marketdeskMs},
                         {QStringLiteral("limit_ms"), figure(m.limitMs)},
                         {QStringLiteral("naive_ms"), figure(m.naiveTimedOut ? std::nullopt : m.naiveMs)}});
    }
    for (const MemoryMeasurement& m : m_memory) {
        list.append(QJsonObject {{QStringLiteral("operation"), QStringLiteral("rss_mb")},
                                 {QStringLiteral("backend"), m.backend},
                                 {QStringLiteral("marketdesk_mb"), m.marketdeskMb},
                                 {QStringLiteral("naive_mb"),
                                  m.naiveTimedOut ? QJsonValue(QJsonValue::Null) : QJsonValue(m.naiveMb)},
                                 {QStringLiteral("empty_mb"), m.emptyMb}});
    }
    return QJsonDocument(list).toJson();
}
