#pragma once

#include "deliveryrepository.h"

#include <QCoreApplication>

class QWidget;

/// The flow log of one delivery as a printable document: the order, the guarantee and warranty
/// periods, and every step with its party, time, text and file names.
class FlowLogDocument
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogDocument)
public:
    FlowLogDocument(const DeliveryRepository::Detail& delivery, const QList<DeliveryRepository::Step>& steps)
        : m_delivery(delivery)
        , m_steps(steps)
    { }

    QString html() const;
    /// Writes an A4 PDF; returns the translated reason when it cannot, else an empty string.
    QString writePdf(const QString& path) const;
    /// Opens the print dialog and prints when the user confirms.
    void print(QWidget* parent) const;

    /// "2026-11-22 10:00 → accepted 2026-12-01 18:30" or "… → until acceptance".
    static QString guaranteeText(const DeliveryRepository::Detail& delivery);
    /// "90 days, 2026-12-01 → 2027-03-01" or "90 days from acceptance".
    static QString warrantyText(const DeliveryRepository::Detail& delivery);

private:
    DeliveryRepository::Detail m_delivery;
    QList<DeliveryRepository::Step> m_steps;
};
