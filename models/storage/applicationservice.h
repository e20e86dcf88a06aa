#pragma once

#include "checkapplicationitem.h"
#include "decideapplication.h"
#include "saveapplication.h"
#include "writeoutcome.h"

#include <QObject>

class Database;

/// The only writer of vendor applications (SPEC 2.1, 2.2, 2.5). Each method is one transaction
/// with its audit rows and emits changed("application", …) after the commit; an approval also
/// emits changed("vendor", …) for the vendor it creates.
class ApplicationService : public QObject
{
    Q_OBJECT
public:
    explicit ApplicationService(Database& database, QObject* parent = nullptr);

    /// Creates or updates a draft, or submits it. A submission is refused, naming the date, when
    /// the company left of its own accord less than a year ago, and for good when it was expelled.
    WriteOutcome save(const SaveApplication& command);
    /// Ticks or unticks one checklist item of an application under review.
    WriteOutcome checkItem(const CheckApplicationItem& command);
    /// Starts the review, approves (creating the vendor and its markets) or rejects.
    WriteOutcome decide(const DecideApplication& command);

signals:
    void changed(const QString& entity, const QStringList& ids);

private:
    Database& m_database;
};
