#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The list of booked parcels a courier's system exports (SF Express, JD Logistics, EMS and the
/// others all offer one): a header line naming the columns, then one parcel per line. Columns are
/// found by their names, Chinese or English, so that each courier's own layout reads as it is:
/// the tracking number (运单号, 快递单号 …) is required, with the parcel's reference — the order ID
/// the clerk typed when booking it (订单号, 客户订单号 …) — and/or the recipient's phone
/// (收件人电话 …); a courier column (快递公司) is optional. Other columns are ignored.
class CourierManifest
{
    Q_DECLARE_TR_FUNCTIONS(CourierManifest)
public:
    struct Parcel
    {
        int line = 0; ///< 1-based line of the file
        QString trackingNo;
        QString orderNo; ///< the parcel's reference; may be empty
        QString phone; ///< the recipient's; may be empty
        QString courier; ///< empty when the list does not say
        QString problem; ///< translated; empty when the line reads well
    };
    /// A request waiting for its parcel.
    struct Recipient
    {
        QString orderNo;
        QString phone;
    };
    struct Match
    {
        QString trackingNo; ///< empty when no single parcel was found
        QString courier;
        QList<int> lines; ///< the lines of the list that gave the tracking number, or that disagree
        QString problem; ///< translated; set when trackingNo is empty
    };
    struct Assignment
    {
        QList<Match> matches; ///< one per recipient, in their order
        QList<int> unusedLines; ///< lines that read well but belong to no recipient
    };

    static CourierManifest parse(const QByteArray& bytes);

    /// Translated; set when the file as a whole is not a courier's list.
    QString error() const { return m_error; }
    const QList<Parcel>& parcels() const { return m_parcels; }

    /// Each recipient takes the parcel whose reference is its order ID; failing that, the parcel
    /// sent to its phone — several invoices for one recipient may share a parcel, so all
    /// parcels to that phone must carry one tracking number. A parcel whose reference is the
    /// order ID of another recipient is never taken by phone.
    Assignment assign(const QList<Recipient>& recipients) const;

private:
    QString m_error;
    QList<Parcel> m_parcels;
};
