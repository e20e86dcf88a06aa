#include "fakemarketplace.h"

#include "acs3signature.h"
#include "alibabainvoicepage.h"
#include "rpcsignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace {

QMap<QString, QString> parseForm(const QByteArray& text)
{
    QMap<QString, QString> parameters;
    for (const QByteArray& pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        parameters.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))),
                          equals < 0
                              ? QString()
                              : QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1))));
    }
    return parameters;
}

QJsonObject apiError(const QString& code, const QString& message)
{
    return {{QStringLiteral("RequestId"), QStringLiteral("FAKE-REQUEST")},
            {QStringLiteral("Code"), code},
            {QStringLiteral("Message"), message}};
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 400:
        return QStringLiteral("Bad Request");
    case 404:
        return QStringLiteral("Not Found");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("Error");
    }
}

} // namespace

FakeMarketplace::FakeMarketplace(const QString& accessKeyId, const QString& secret, QObject* parent)
    : QTcpServer(parent)
    , m_accessKeyId(accessKeyId)
    , m_secret(secret)
{
    listen(QHostAddress::LocalHost);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QUrl FakeMarketplace::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(serverPort()));
}

void FakeMarketplace::addInvoice(const QString& id, const QDateTime& created, const QString& price,
                                 const QString& orderNo, const QString& title)
{
    m_invoices << QJsonObject {
        {QStringLiteral("Id"), id},
        {QStringLiteral("Status"), 0},
        {QStringLiteral("Type"), 2},
        {QStringLiteral("MaterialType"), 1},
        {QStringLiteral("Title"), title},
        {QStringLiteral("Price"), price},
        {QStringLiteral("UserNotice"), QString()},
        {QStringLiteral("CheckNotice"), QString()},
        {QStringLiteral("CreateTimeStr"), AlibabaInvoicePage::formatTime(created)},
        {QStringLiteral("ReceiptUserInfoDto"),
         QJsonObject {{QStringLiteral("TaxNumber"), QStringLiteral("91330100MA2XXXXX1K")},
                      {QStringLiteral("BankName"), QStringLiteral("招商银行杭州分行")},
                      {QStringLiteral("BankAccount"), QStringLiteral("571900000010101")},
                      {QStringLiteral("RegAddress"), QStringLiteral("杭州市西湖区文三路1号")},
                      {QStringLiteral("RegPhone"), QStringLiteral("0571-88880000")}}},
        {QStringLiteral("UserAddressDto"),
         QJsonObject {{QStringLiteral("Addressee"), QStringLiteral("王芳")},
                      {QStringLiteral("Phone"), QStringLiteral("13800001111")},
                      {QStringLiteral("DeliveryAddress"), QStringLiteral("杭州市西湖区文三路1号")},
                      {QStringLiteral("PostalCode"), QStringLiteral("310000")},
                      {QStringLiteral("Emails"), QStringLiteral("finance@example.cn")}}},
        {QStringLiteral("EvaluateList"),
         QJsonArray {QJsonObject {{QStringLiteral("OutBizId"), orderNo},
                                  {QStringLiteral("OrderType"), 0},
                                  {QStringLiteral("Amount"), price},
                                  {QStringLiteral("BizTimeStr"), AlibabaInvoicePage::formatTime(created)},
                                  {QStringLiteral("ProductCode"), QStringLiteral("cmapi00012345")},
                                  {QStringLiteral("ProductName"), QStringLiteral("企业邮箱部署服务")}}}},
    };
}

void FakeMarketplace::setField(const QString& id, const QString& field, const QJsonValue& value)
{
    for (QJsonObject& item : m_invoices) {
        if (item.value(QStringLiteral("Id")).toString() == id)
            item.insert(field, value);
    }
}

QJsonObject FakeMarketplace::invoice(const QString& id) const
{
    for (const QJsonObject& item : m_invoices) {
        if (item.value(QStringLiteral("Id")).toString() == id)
            return item;
    }
    return {};
}

void FakeMarketplace::scriptFaults(const QString& action, const QList<Fault>& faults)
{
    m_faults[action] << faults;
}

void FakeMarketplace::insertBeforePage(int pageIndex, const QString& id, const QDateTime& created,
                                       const QString& orderNo)
{
    const QList<QJsonObject> kept = m_invoices;
    addInvoice(id, created, QStringLiteral("10.00"), orderNo);
    m_insert = m_invoices.takeLast();
    m_invoices = kept;
    m_insertPage = pageIndex;
}

void FakeMarketplace::readFrom(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        if (question >= 0)
            request.query = parseForm(target.mid(question + 1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        answer(socket, request);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

std::optional<QMap<QString, QString>> FakeMarketplace::verify(const Request& request, QJsonObject* error,
                                                              int* status)
{
    const QByteArray authorization = request.headers.value("authorization");
    QMap<QString, QString> parameters = request.query;
    if (request.method == "POST")
        parameters.insert(parseForm(request.body));
    if (authorization.startsWith("ACS3-HMAC-SHA256 ")) {
        QHash<QByteArray, QByteArray> fields;
        for (const QByteArray& part : authorization.mid(17).split(',')) {
            const qsizetype equals = part.indexOf('=');
            fields.insert(part.left(equals).trimmed(), part.mid(equals + 1).trimmed());
        }
        Acs3Signature signing;
        signing.method = request.method;
        signing.path = QString::fromUtf8(request.path);
        signing.query = request.query;
        signing.body = request.body;
        for (const QByteArray& name : fields.value("SignedHeaders").split(';'))
            signing.headers.insert(name, request.headers.value(name));
        const QByteArray required[] = {"host",       "x-acs-action",          "x-acs-version",
                                       "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"};
        for (const QByteArray& name : required) {
            if (!signing.headers.contains(name) || signing.headers.value(name).isEmpty()) {
                *status = 400;
                *error = apiError(QStringLiteral("IncompleteSignature"), QStringLiteral("unsigned header"));
                return std::nullopt;
            }
        }
        if (fields.value("Credential") != m_accessKeyId.toUtf8()) {
            *status = 404;
            *error = apiError(QStringLiteral("InvalidAccessKeyId.NotFound"),
                              QStringLiteral("Specified access key is not found."));
            return std::nullopt;
        }
        if (signing.headers.value("x-acs-content-sha256") != Acs3Signature::hexSha256(request.body)
            || fields.value("Signature") != signing.signature(m_secret)) {
            *status = 400;
            *error = apiError(QStringLiteral("SignatureDoesNotMatch"),
                              QStringLiteral("The request signature does not conform."));
            return std::nullopt;
        }
        if (signing.headers.value("x-acs-version") != "2015-11-01") {
            *status = 400;
            *error = apiError(QStringLiteral("InvalidVersion"), QStringLiteral("version"));
            return std::nullopt;
        }
        parameters.insert(QStringLiteral("Action"), QString::fromUtf8(signing.headers.value("x-acs-action")));
        ++m_schemes[QStringLiteral("acs3")];
        return parameters;
    }
    const QString signature = parameters.take(QStringLiteral("Signature"));
    if (parameters.value(QStringLiteral("AccessKeyId")) != m_accessKeyId) {
        *status = 404;
        *error = apiError(QStringLiteral("InvalidAccessKeyId.NotFound"),
                          QStringLiteral("Specified access key is not found."));
        return std::nullopt;
    }
    if (signature.isEmpty() || signature != RpcSignature::sign(request.method, parameters, m_secret)) {
        *status = 400;
        *error = apiError(QStringLiteral("SignatureDoesNotMatch"),
                          QStringLiteral("The request signature does not conform."));
        return std::nullopt;
    }
    ++m_schemes[QStringLiteral("rpc1")];
    return parameters;
}

void FakeMarketplace::answer(QTcpSocket* socket, const Request& request)
{
    QJsonObject error;
    int status = 200;
    const auto parameters = verify(request, &error, &status);
    if (!parameters) {
        reply(socket, status, error);
        return;
    }
    const QString action = parameters->value(QStringLiteral("Action"));
    ++m_calls[action];
    const Fault fault = m_faults[action].isEmpty() ? Fault::None : m_faults[action].takeFirst();
    if (fault == Fault::Throttle) {
        reply(socket, 400,
              apiError(QStringLiteral("Throttling.User"),
                       QStringLiteral("Request was denied due to user flow control.")));
        return;
    }
    if (fault == Fault::FlowControl) {
        reply(socket, 503, apiError(QStringLiteral("Service.Flow.Control"), QStringLiteral("flow control")));
        return;
    }
    if (fault == Fault::ServerError) {
        reply(socket, 500, apiError(QStringLiteral("InternalError"), QStringLiteral("internal error")));
        return;
    }
    if (fault == Fault::Drop) {
        socket->abort();
        return;
    }
    QJsonObject body;
    if (action == QStringLiteral("DescribeInvoiceForIsv"))
        body = describe(*parameters);
    else if (action == QStringLiteral("ModifyInvoiceForIsv") && request.method == "POST")
        body = modify(*parameters, &status);
    else {
        status = 400;
        body = apiError(QStringLiteral("InvalidAction.NotFound"), action);
    }
    if (fault == Fault::LoseResponse)
        return; // carried out; the answer never comes
    if (fault == Fault::ApplyThenDrop) {
        socket->abort();
        return;
    }
    reply(socket, status, body);
}

QJsonObject FakeMarketplace::describe(const QMap<QString, QString>& parameters)
{
    const int pageIndex
        = std::max(1, parameters.value(QStringLiteral("PageIndex"), QStringLiteral("1")).toInt());
    const int pageSize
        = std::max(1, parameters.value(QStringLiteral("PageSize"), QStringLiteral("10")).toInt());
    const QDateTime from = AlibabaInvoicePage::parseTime(parameters.value(QStringLiteral("CreateTimeStart")));
    const QDateTime to = AlibabaInvoicePage::parseTime(parameters.value(QStringLiteral("CreateTimeEnd")));
    if (from.isValid() && m_insertPage == pageIndex) {
        m_invoices << m_insert;
        m_insertPage = 0;
    }
    QList<QJsonObject> matching;
    for (const QJsonObject& item : std::as_const(m_invoices)) {
        const QDateTime created
            = AlibabaInvoicePage::parseTime(item.value(QStringLiteral("CreateTimeStr")).toString());
        if (parameters.contains(QStringLiteral("Status"))
            && item.value(QStringLiteral("Status")).toInt()
                != parameters.value(QStringLiteral("Status")).toInt())
            continue;
        if (parameters.contains(QStringLiteral("InvoiceId"))
            && item.value(QStringLiteral("Id")).toString() != parameters.value(QStringLiteral("InvoiceId")))
            continue;
        if ((from.isValid() && created < from) || (to.isValid() && created > to))
            continue;
        matching << item;
    }
    // Newest first, as the console lists them: a request that arrives pushes the others down.
    std::sort(matching.begin(), matching.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("CreateTimeStr")).toString()
            > b.value(QStringLiteral("CreateTimeStr")).toString();
    });
    QJsonArray page;
    for (qsizetype i = qsizetype(pageIndex - 1) * pageSize; i < matching.size() && page.size() < pageSize;
         ++i)
        page.append(matching.at(i));
    return {{QStringLiteral("RequestId"), QStringLiteral("FAKE-REQUEST")},
            {QStringLiteral("Count"), QString::number(matching.size())},
            {QStringLiteral("PageNumber"), QString::number(pageIndex)},
            {QStringLiteral("Result"), page}};
}

QJsonObject FakeMarketplace::modify(const QMap<QString, QString>& parameters, int* status)
{
    const QString id = parameters.value(QStringLiteral("InvoiceId"));
    for (QJsonObject& item : m_invoices) {
        if (item.value(QStringLiteral("Id")).toString() != id)
            continue;
        if (item.value(QStringLiteral("Status")).toInt() != 0) {
            *status = 400;
            return apiError(QStringLiteral("InvoiceStatusError"),
                            QStringLiteral("The invoice was already handled."));
        }
        item.insert(QStringLiteral("Status"), 1);
        item.insert(QStringLiteral("CheckNotice"), parameters.value(QStringLiteral("CheckNotice")));
        ++m_modifications[id];
        QHash<QString, QString> recorded;
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            recorded.insert(it.key(), it.value());
        m_lastModification.insert(id, recorded);
        return {{QStringLiteral("RequestId"), QStringLiteral("FAKE-REQUEST")},
                {QStringLiteral("Success"), true}};
    }
    *status = 404;
    return apiError(QStringLiteral("InvoiceNotFound"), id);
}

void FakeMarketplace::reply(QTcpSocket* socket, int status, const QJsonObject& body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket->write(QStringLiteral("HTTP/1.1 %1 %2\r\nContent-Type: application/json;charset=utf-8\r\n"
                                 "Content-Length: %3\r\nConnection: keep-alive\r\n\r\n")
                      .arg(status)
                      .arg(reasonPhrase(status))
                      .arg(json.size())
                      .toLatin1()
                  + json);
}
