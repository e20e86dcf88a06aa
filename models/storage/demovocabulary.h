#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <tuple>
#include <utility>

class DemoRandom;

/// A place a demo company or buyer is registered at.
struct DemoPlace
{
    QString province;
    QString city;
    QString postcodePrefix;
};

/// The words the demo data set is made of: places, company and person names, products.
class DemoVocabulary
{
public:
    static const QList<DemoPlace>& places();
    static const QStringList& companyWords();
    static const QStringList& companyTrades();
    static const QStringList& surnames();
    static const QStringList& givenNames();
    static const QStringList& streets();
    static const QStringList& productStems();
    static const QStringList& deliveryTypes();
    static const QStringList& couriers();

    /// Picks a key by weight: `weights` pairs each key with a share out of the total.
    static QString weighted(DemoRandom& random, const QList<std::pair<QString, int>>& weights);
    static QString personName(DemoRandom& random);
    /// A unified social credit code with a correct check character.
    static QString creditCode(DemoRandom& random);

    /// Invoice request states with their share of a realistic queue.
    static const QList<std::pair<QString, int>>& invoiceStatusWeights();
    /// True for states that carry an invoice number.
    static bool isInvoiced(const QString& status);
    /// True for states of an invoice being returned (退票).
    static bool isReturn(const QString& status);
    /// The moves a manual-service delivery made to reach `state`, as (actor kind, action, to state).
    static QList<std::tuple<QString, QString, QString>> deliveryPath(const QString& state);
};
