#include "documentpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

QString DocumentPdf::write(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(m_number);
        writer.setCreator(QStringLiteral("MarketDesk"));
        paint(writer);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

int DocumentPdf::paint(QPagedPaintDevice& device) const
{
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QPainter painter(&device);
    QFont headerFont = painter.font();
    headerFont.setPointSizeF(8);
    const int headerHeight = QFontMetrics(headerFont, &device).height() * 2;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont bodyFont = document.defaultFont();
    bodyFont.setPointSizeF(10.5);
    document.setDefaultFont(bodyFont);
    document.setHtml(m_html);
    document.setPageSize(QSizeF(area.width(), area.height() - headerHeight));
    const int pages = document.pageCount();
    const qreal pageHeight = document.pageSize().height();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.setFont(headerFont);
        // The header belongs to the document, which is in Chinese whatever the interface language.
        painter.drawText(QRect(0, 0, area.width(), headerHeight), Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("%1：%2　　第 %3 页 / 共 %4 页")
                             .arg(m_numberLabel, m_number)
                             .arg(page + 1)
                             .arg(pages));
        painter.save();
        painter.translate(0, headerHeight - page * pageHeight);
        const QRectF visible(0, page * pageHeight, area.width(), pageHeight);
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}
