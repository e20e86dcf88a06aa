#pragma once

#include "commandheader.h"
#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>

/// Asks for paper copies of an effective contract: 1 or 2 copies, once per contract, to an
/// address that cannot change once submitted. They are due 5 working days later.
struct RequestPaperCopy
{
    Q_DECLARE_TR_FUNCTIONS(RequestPaperCopy)
public:
    static constexpr const char* name = "contract.request_paper_copy";
    static constexpr int schemaVersion = 1;

    CommandHeader header;
    QString contractId;
    int baseVersion = 0;
    int copies = 1;
    QString recipient;
    QString phone;
    QString address;
    QString postcode;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    static RequestPaperCopy fromJson(const QJsonObject& json);
};
