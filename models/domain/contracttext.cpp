#include "contracttext.h"

#include "chineseamount.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

Money ContractDocument::total() const
{
    Money sum;
    for (const Line& line : lines)
        sum += line.amount;
    return sum;
}

namespace {

QString readResource(const QString& name)
{
    QFile file(QStringLiteral(":/contracttemplates/%1.html").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString linesTable(const ContractDocument& document, const QLocale& chinese)
{
    QString rows;
    int number = 0;
    for (const ContractDocument::Line& line : document.lines) {
        rows += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td align=\"right\">%5</td></tr>")
                    .arg(++number)
                    .arg(line.orderNo.toHtmlEscaped(), line.productName.toHtmlEscaped(),
                         line.orderType.toHtmlEscaped(), line.amount.format(chinese).toHtmlEscaped());
    }
    return QStringLiteral(
               "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
               "<tr><th>序号</th><th>订单号</th><th>商品</th><th>订单类型</th><th>金额</th></tr>%1"
               "<tr><td colspan=\"4\" align=\"right\">合计</td><td align=\"right\">%2</td></tr></table>")
        .arg(rows, document.total().format(chinese).toHtmlEscaped());
}

} // namespace

QString ContractText::render(const ContractDocument& document)
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    const auto date = [](QDate day) { return day.toString(QStringLiteral("yyyy年M月d日")); };
    const QHash<QString, QString> values {
        {QStringLiteral("contract_no"), document.contractNo},
        {QStringLiteral("party_a_name"), document.partyA.name},
        {QStringLiteral("party_a_address"), document.partyA.address},
        {QStringLiteral("party_a_contact"), document.partyA.contact},
        {QStringLiteral("party_a_phone"), document.partyA.phone},
        {QStringLiteral("party_a_email"), document.partyA.email},
        {QStringLiteral("party_b_name"), document.partyB.name},
        {QStringLiteral("party_b_credit_code"), document.partyB.creditCode},
        {QStringLiteral("party_b_address"), document.partyB.address},
        {QStringLiteral("party_b_contact"), document.partyB.contact},
        {QStringLiteral("party_b_phone"), document.partyB.phone},
        {QStringLiteral("party_b_email"), document.partyB.email},
        {QStringLiteral("valid_from"), date(document.validFrom)},
        {QStringLiteral("valid_until"), date(document.validUntil)},
        {QStringLiteral("seal"),
         document.seal == SealMethod::TwoSided ? QStringLiteral("双方电子签章")
                                               : QStringLiteral("平台单方电子签章")},
        {QStringLiteral("framework_no"), document.frameworkNo},
        {QStringLiteral("filing_project"), document.filingProject},
        {QStringLiteral("total"), document.total().format(chinese)},
        {QStringLiteral("total_capitals"), ChineseAmount::capitals(document.total())},
    };
    // Parts shared by every kind ({{>name}}, from name.part.html) first, then the values.
    static const QRegularExpression part(QStringLiteral("\\{\\{>([a-z_]+)\\}\\}\\n?"));
    QString text = readResource(enumKey(document.kind));
    // At most a few rounds, so that a part naming itself cannot loop for ever.
    int rounds = 0;
    for (auto match = part.match(text); match.hasMatch() && ++rounds <= 16; match = part.match(text))
        text.replace(match.capturedStart(), match.capturedLength(),
                     readResource(match.captured(1) + QStringLiteral(".part")));
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString result;
    qsizetype last = 0;
    for (auto match = placeholder.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        result += QStringView(text).mid(last, found.capturedStart() - last);
        const QString key = found.captured(1);
        if (key == QStringLiteral("orders"))
            result += linesTable(document, chinese);
        else
            result += values.value(key, found.captured(0)).toHtmlEscaped();
        last = found.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}
