#include "rpcsignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

QByteArray RpcSignature::percentEncode(const QString& text)
{
    return text.toUtf8().toPercentEncoding();
}

QByteArray RpcSignature::canonicalQuery(const QMap<QString, QString>& parameters)
{
    // QMap orders by QString::operator<, which for the ASCII names of the API is byte order.
    QByteArray query;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!query.isEmpty())
            query += '&';
        query += percentEncode(it.key()) + '=' + percentEncode(it.value());
    }
    return query;
}

QByteArray RpcSignature::stringToSign(const QByteArray& method, const QMap<QString, QString>& parameters)
{
    return method + "&%2F&" + canonicalQuery(parameters).toPercentEncoding();
}

QString RpcSignature::sign(const QByteArray& method, const QMap<QString, QString>& parameters,
                           const QString& secret)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(stringToSign(method, parameters),
                                                                (secret + u'&').toUtf8(),
                                                                QCryptographicHash::Sha1)
                                   .toBase64());
}
