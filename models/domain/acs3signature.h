#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

/// Alibaba Cloud's V3 request signature, ACS3-HMAC-SHA256. Pure: the caller fills a request with
/// every header that is to be signed (lower-case names: host, x-acs-action, x-acs-version,
/// x-acs-date, x-acs-signature-nonce, x-acs-content-sha256, content-type when there is a body,
/// x-acs-security-token with an STS token), then sends authorization() as the Authorization header.
class Acs3Signature
{
public:
    static constexpr const char* algorithm = "ACS3-HMAC-SHA256";

    QByteArray method; ///< "GET" or "POST"
    QString path = QStringLiteral("/");
    QMap<QString, QString> query; ///< unencoded names and values
    QMap<QByteArray, QByteArray> headers; ///< lower-case names → values, all of them signed
    QByteArray body;

    /// Lower-case hex SHA-256 of `data`; of the body it is the x-acs-content-sha256 header.
    static QByteArray hexSha256(const QByteArray& data);
    /// METHOD \n path \n sorted encoded query \n "name:value\n" per header \n signed names \n body hash.
    QByteArray canonicalRequest() const;
    /// "host;x-acs-action;…": the signed header names in order.
    QByteArray signedHeaders() const;
    /// Lower-case hex HMAC-SHA256, keyed with `secret`, of "ACS3-HMAC-SHA256\n" + the hex SHA-256 of
    /// the canonical request.
    QByteArray signature(const QString& secret) const;
    /// "ACS3-HMAC-SHA256 Credential=ID,SignedHeaders=…,Signature=…".
    QByteArray authorization(const QString& accessKeyId, const QString& secret) const;
};
