#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

/// Alibaba Cloud's RPC Signature 1.0: HMAC-SHA1, keyed with the AccessKey secret plus "&", over
/// "METHOD&%2F&" followed by the percent-encoded, sorted query. Pure functions: the caller puts
/// every parameter (Action, Version, AccessKeyId, SignatureMethod, SignatureVersion,
/// SignatureNonce, Timestamp, …) into `parameters`, then adds "Signature" with the result.
class RpcSignature
{
public:
    /// RFC 3986 percent-encoding of the UTF-8 bytes: everything but A–Z a–z 0–9 - _ . ~ is escaped,
    /// so a space is "%20" (never "+") and "*" is "%2A".
    static QByteArray percentEncode(const QString& text);
    /// "name=value&…" with both sides percent-encoded, ordered by name. Names are case-sensitive:
    /// "Timestamp" and "TimeStamp" are different parameters.
    static QByteArray canonicalQuery(const QMap<QString, QString>& parameters);
    /// `method` + "&%2F&" + the percent-encoded canonical query.
    static QByteArray stringToSign(const QByteArray& method, const QMap<QString, QString>& parameters);
    /// The Base64 HMAC-SHA1 of stringToSign() keyed with `secret` + "&".
    static QString sign(const QByteArray& method, const QMap<QString, QString>& parameters,
                        const QString& secret);
};
