#include "sqlscript.h"

#include <QRegularExpression>

namespace {

/// A SQLite trigger's body (CREATE TRIGGER … BEGIN stmt; stmt; END) holds semicolons of its own:
/// the statement goes on until its text ends with END. A PostgreSQL trigger (… EXECUTE FUNCTION
/// f();) has no body and ends at its semicolon.
bool insideTriggerBody(const QString& statement)
{
    static const QRegularExpression trigger(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression begin(QStringLiteral("\\bBEGIN\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch() && begin.match(statement).hasMatch()
        && !end.match(statement).hasMatch();
}

} // namespace

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    const qsizetype length = script.size();
    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
    };

    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < length ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < length && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? length : end + 1;
            current += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < length) {
                if (script.at(end) == c) {
                    if (end + 1 < length && script.at(end + 1) == c) {
                        end += 2; // doubled quote inside the literal
                        continue;
                    }
                    break;
                }
                ++end;
            }
            current += script.mid(i, end - i + 1);
            i = end;
        } else if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
            const qsizetype end = script.indexOf(QStringLiteral("$$"), i + 2);
            const qsizetype stop = end < 0 ? length : end + 2;
            current += script.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char(';') && !insideTriggerBody(current)) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return statements;
}
