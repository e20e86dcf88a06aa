#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>

/// A marketplace on loopback for tests: speaks HTTP/1.1, implements DescribeInvoiceForIsv and
/// ModifyInvoiceForIsv as the vendor API documents them, checks both request signatures with the
/// key it was given, and plays scripted faults, one per call, in order.
class FakeMarketplace : public QTcpServer
{
    Q_OBJECT
public:
    enum class Fault {
        None, ///< answered as documented
        Throttle, ///< HTTP 400 Throttling.User
        FlowControl, ///< HTTP 503 Service.Flow.Control
        ServerError, ///< HTTP 500 InternalError
        Drop, ///< the connection closes before the request is carried out
        LoseResponse, ///< the request is carried out, then no answer ever comes
        ApplyThenDrop, ///< the request is carried out, then the connection closes without an answer
    };

    FakeMarketplace(const QString& accessKeyId, const QString& secret, QObject* parent = nullptr);

    /// http://127.0.0.1:PORT/
    QUrl endpoint() const;

    /// Adds a pending request (Status 0) created at `created` (UTC) for one order.
    void addInvoice(const QString& id, const QDateTime& created, const QString& price, const QString& orderNo,
                    const QString& title = QStringLiteral("杭州示例科技有限公司"));
    /// Changes one field of a request as a buyer (or the console) would.
    void setField(const QString& id, const QString& field, const QJsonValue& value);
    QJsonObject invoice(const QString& id) const;

    /// Faults played on the next calls of `action`, first one first.
    void scriptFaults(const QString& action, const QList<Fault>& faults);
    /// Before answering page `pageIndex` of a query with a creation-time window, adds this request
    /// (once): the pages the client has not read yet shift.
    void insertBeforePage(int pageIndex, const QString& id, const QDateTime& created, const QString& orderNo);

    /// How often each request was changed by ModifyInvoiceForIsv, and with what parameters last.
    int modifications(const QString& id) const { return m_modifications.value(id); }
    QHash<QString, QString> lastModification(const QString& id) const { return m_lastModification.value(id); }
    /// Calls answered per action, and how many carried a valid signature of each scheme.
    int calls(const QString& action) const { return m_calls.value(action); }
    int signedWith(const QString& scheme) const { return m_schemes.value(scheme); }

private:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QMap<QString, QString> query;
        QByteArray body;
    };

    void readFrom(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);
    /// The parameters of a correctly signed request, or an error response in `error`.
    std::optional<QMap<QString, QString>> verify(const Request& request, QJsonObject* error, int* status);
    QJsonObject describe(const QMap<QString, QString>& parameters);
    QJsonObject modify(const QMap<QString, QString>& parameters, int* status);
    static void reply(QTcpSocket* socket, int status, const QJsonObject& body);

    QString m_accessKeyId;
    QString m_secret;
    QList<QJsonObject> m_invoices;
    QHash<QString, QList<Fault>> m_faults;
    int m_insertPage = 0;
    QJsonObject m_insert;
    QHash<QString, int> m_modifications;
    QHash<QString, QHash<QString, QString>> m_lastModification;
    QHash<QString, int> m_calls;
    QHash<QString, int> m_schemes;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
