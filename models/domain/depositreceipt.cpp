#include "depositreceipt.h"

#include "chineseamount.h"

#include <QLocale>
#include <QTimeZone>

QString DepositReceipt::html(const Facts& facts)
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    // UTC+8 all year: China has no daylight saving time since 1991.
    const QDate day = facts.receivedAt.toTimeZone(QTimeZone(8 * 3600)).date();
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width=\"28%\" style=\"padding:6px\">%1</td><td "
                              "style=\"padding:6px\">%2</td></tr>")
            .arg(label, value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h2 align=\"center\">保证金收据</h2>"
                                  "<p align=\"right\">收据编号：%1</p>"
                                  "<table width=\"100%\" border=\"1\" cellspacing=\"0\">")
                       .arg(facts.receiptNo.toHtmlEscaped());
    html += row(QStringLiteral("交款单位"), facts.vendorName);
    html += row(QStringLiteral("统一社会信用代码"),
                facts.creditCode.isEmpty() ? QStringLiteral("—") : facts.creditCode);
    html += row(QStringLiteral("入驻类目"), facts.marketNames.join(QStringLiteral("、")));
    html += row(QStringLiteral("款项"),
                facts.topUp ? QStringLiteral("保证金补足") : QStringLiteral("服务商保证金"));
    html += row(QStringLiteral("金额（小写）"), facts.amount.format(chinese));
    html += row(QStringLiteral("金额（大写）"), ChineseAmount::capitals(facts.amount));
    html += row(QStringLiteral("收款日期"), chinese.toString(day, QStringLiteral("yyyy年M月d日")));
    html += row(QStringLiteral("经办人"), facts.recordedBy);
    html += QStringLiteral("</table><p>本收据为服务商缴纳保证金的凭证。服务商退出并结清全部义务后，"
                           "平台凭本收据退还保证金余额。</p><p align=\"right\">云市场平台（盖章）</p>");
    return html;
}
