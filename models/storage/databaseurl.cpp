#include "databaseurl.h"

#include <QRegularExpression>

DatabaseUrl DatabaseUrl::sqliteFile(const QString& path)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = path;
    return url;
}

bool DatabaseUrl::isSchemaName(const QString& name)
{
    static const QRegularExpression schemaName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return schemaName.match(name).hasMatch();
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString& input, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::optional<DatabaseUrl>();
    };
    const QString text = input.trimmed();
    const QString sqlitePrefix = QStringLiteral("sqlite:");
    if (text.startsWith(sqlitePrefix)) {
        const QString path = text.mid(sqlitePrefix.size());
        if (path.isEmpty())
            return fail(tr("The SQLite URL names no file: write sqlite:/path/to/marketdesk.db."));
        return sqliteFile(path);
    }

    static const QRegularExpression postgres(
        QStringLiteral("^postgres(?:ql)?://([^@:/?]+)(:[^@]*)?@([^:/?]+)(?::(\\d{1,5}))?/([^/"
                       "?]+)(?:\\?schema=(.*))?$"));
    const QRegularExpressionMatch match = postgres.match(text);
    if (match.hasMatch()) {
        if (!match.captured(2).isEmpty())
            return fail(tr("Do not put the password in the database URL: set PGPASSWORD, use "
                           "~/.pgpass, or type it when MarketDesk asks."));
        DatabaseUrl url;
        url.m_backend = Backend::Postgres;
        url.m_user = match.captured(1);
        url.m_host = match.captured(3);
        if (!match.captured(4).isEmpty()) {
            url.m_port = match.captured(4).toInt();
            if (url.m_port < 1 || url.m_port > 65535)
                return fail(tr("The port %1 is not between 1 and 65535.").arg(match.captured(4)));
        }
        url.m_databaseName = match.captured(5);
        url.m_schema = match.captured(6);
        if (match.hasCaptured(6) && !isSchemaName(url.m_schema))
            return fail(tr("The schema \"%1\" is not a name: use letters, digits and _, not starting with a "
                           "digit.")
                            .arg(url.m_schema));
        return url;
    }
    return fail(tr("\"%1\" is not a database URL. Use sqlite:PATH or "
                   "postgresql://USER@HOST:PORT/DBNAME.")
                    .arg(text));
}

QString DatabaseUrl::toString() const
{
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + m_path;
    QString text
        = QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_databaseName);
    if (!m_schema.isEmpty())
        text += QStringLiteral("?schema=") + m_schema;
    return text;
}
