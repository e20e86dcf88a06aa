#pragma once

#include "commandheader.h"
#include "fielderror.h"
#include "invoiceenums.h"

#include <QCoreApplication>
#include <QJsonObject>

/// Enters or corrects a buyer's invoice title (发票抬头). A new title (baseVersion 0) becomes the
/// buyer's one valid title and retires the previous one; requests already made keep the title
/// they copied.
struct SaveInvoiceTitle
{
    Q_DECLARE_TR_FUNCTIONS(SaveInvoiceTitle)
public:
    static constexpr const char* name = "buyer.save_title";
    static constexpr int schemaVersion = 1;
    static constexpr int maximumTitleLength = 100;

    CommandHeader header;
    QString buyerId;
    QString titleId; ///< UUID; a new one for a new title
    int baseVersion = 0;
    TitleKind kind = TitleKind::Enterprise;
    QString title; ///< 个人 for a personal title
    QString taxpayerId;
    QString bank;
    QString account;
    QString registeredAddress;
    QString registeredPhone;

    /// Enterprise titles need every field; a personal title is 个人 and nothing else; an
    /// organisation needs its name, and its taxpayer ID is checked when given.
    FieldErrors validate() const;
    QJsonObject toJson() const;
    static SaveInvoiceTitle fromJson(const QJsonObject& json);
};
