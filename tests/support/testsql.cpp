#include "testsql.h"

#include "query.h"

QString TestSql::scalar(Database& database, const QString& sql)
{
    Query query(database, sql);
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}

QStringList TestSql::column(Database& database, const QString& sql)
{
    Query query(database, sql);
    query.exec();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}
