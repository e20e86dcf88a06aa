#include "flowlogdocument.h"

#include "domaintext.h"
#include "flowlogmodel.h"

#include <QDateTime>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace {

QString localDate(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

QString FlowLogDocument::guaranteeText(const DeliveryRepository::Detail& delivery)
{
    if (delivery.acceptedAtMs)
        return tr("%1 → accepted %2")
            .arg(DomainText::localTime(delivery.paidAtMs), DomainText::localTime(*delivery.acceptedAtMs));
    return tr("%1 → until acceptance").arg(DomainText::localTime(delivery.paidAtMs));
}

QString FlowLogDocument::warrantyText(const DeliveryRepository::Detail& delivery)
{
    if (!delivery.acceptedAtMs)
        return tr("%n day(s) from acceptance", nullptr, delivery.warrantyDays);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(*delivery.acceptedAtMs, Qt::UTC);
    return tr("%n day(s), %1 → %2", nullptr, delivery.warrantyDays)
        .arg(localDate(start), localDate(start.addDays(delivery.warrantyDays)));
}

QString FlowLogDocument::html() const
{
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html
        = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body style=\"font-size:10pt\">");
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Flow log of order %1").arg(m_delivery.orderNo)));
    html += QStringLiteral("<table cellpadding=\"2\">");
    const QList<std::pair<QString, QString>> facts {
        {tr("Product"), m_delivery.productName},
        {tr("Buyer"), QStringLiteral("%1 (%2)").arg(m_delivery.buyerName, m_delivery.customerNo)},
        {tr("Vendor"), m_delivery.vendorName},
        {tr("State"), DomainText::name(m_delivery.state)},
        {tr("Guarantee period"), guaranteeText(m_delivery)},
        {tr("Warranty period"), warrantyText(m_delivery)},
    };
    for (const auto& [label, value] : facts)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    html += QStringLiteral(
        "</table><br><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(escaped(tr("No.")), escaped(tr("Time")), escaped(tr("Party")), escaped(tr("Step")),
                     escaped(tr("Details")));
    for (const DeliveryRepository::Step& step : m_steps) {
        QStringList details;
        details << escaped(FlowLogModel::stateText(step));
        if (!step.details.isEmpty())
            details << escaped(step.details).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        for (const auto& file : step.files)
            details << escaped(tr("File: %1").arg(FlowLogModel::fileText(file)));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(step.seq)
                    .arg(escaped(DomainText::localTime(step.atMs)), escaped(FlowLogModel::partyText(step)),
                         escaped(DomainText::nameOfKey<DeliveryAction>(step.action)),
                         details.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

QString FlowLogDocument::writePdf(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Flow log of order %1").arg(m_delivery.orderNo));
    writer.setCreator(QStringLiteral("MarketDesk"));
    QTextDocument document;
    document.setHtml(html());
    document.print(&writer);
    return {};
}

void FlowLogDocument::print(QWidget* parent) const
{
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(html());
    document.print(&printer);
}
