#include "freshdatabase.h"
#include "query.h"
#include "vendorrepository.h"
#include "vendorservice.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestVendorService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        QCOMPARE(m_fresh->writeDemoData(20), QString());
        Query query(db(), QStringLiteral("SELECT id FROM vendors ORDER BY name LIMIT 1"));
        query.exec();
        QVERIFY(query.next());
        m_vendor = VendorId::fromString(query.value(0).toString());
    }
    void cleanup() { m_fresh.reset(); }

    void updateContact_writesRowAuditAndCommand()
    {
        VendorService service(db());
        QSignalSpy changed(&service, &VendorService::changed);
        const UpdateVendorContact command = contactCommand(1, QStringLiteral("赵敏"));
        const WriteOutcome outcome = service.updateContact(command);
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Done);
        QCOMPARE(outcome.newVersion, 2);

        const auto detail = VendorRepository(db()).detail(m_vendor);
        QVERIFY(detail);
        QCOMPARE(detail->contactPerson, QStringLiteral("赵敏"));
        QCOMPARE(detail->phone, QStringLiteral("010-12345678"));
        QCOMPARE(detail->version, 2);

        Query audit(
            db(),
            QStringLiteral("SELECT actor, entity, entity_id, action, before_json, after_json, command_id, at "
                           "FROM audit_log WHERE entity_id = :id"));
        audit.bind(QStringLiteral(":id"), m_vendor.toString()).exec();
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("reviewer1"));
        QCOMPARE(audit.value(1).toString(), QStringLiteral("vendor"));
        QCOMPARE(audit.value(3).toString(), QStringLiteral("update_contact"));
        const QJsonObject after = QJsonDocument::fromJson(audit.value(5).toString().toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("contact_person")).toString(), QStringLiteral("赵敏"));
        QVERIFY(!audit.value(4).toString().isEmpty());
        QCOMPARE(audit.value(6).toString(), command.header.id.toString());
        QCOMPARE(audit.value(7).toLongLong(), command.header.at.toMSecsSinceEpoch());
        QVERIFY(!audit.next());

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toStringList(), QStringList {m_vendor.toString()});
    }

    void staleVersion_isAConflictAndWritesNothing()
    {
        VendorService service(db());
        QCOMPARE(service.updateContact(contactCommand(1, QStringLiteral("赵敏"))).kind,
                 WriteOutcome::Kind::Done);
        const WriteOutcome stale = service.updateContact(contactCommand(1, QStringLiteral("钱多多")));
        QCOMPARE(stale.kind, WriteOutcome::Kind::Conflict);
        QVERIFY(stale.message.contains(QStringLiteral("赵敏")));
        QCOMPARE(VendorRepository(db()).detail(m_vendor)->contactPerson, QStringLiteral("赵敏"));
        QCOMPARE(auditRows(), 1);
    }

    void badFields_areNamedAndNothingIsWritten()
    {
        VendorService service(db());
        UpdateVendorContact command = contactCommand(1, QStringLiteral("  "));
        command.phone = QStringLiteral("12345");
        command.email = QStringLiteral("nobody");
        const WriteOutcome outcome = service.updateContact(command);
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Invalid);
        QStringList fields;
        for (const FieldError& error : outcome.fieldErrors)
            fields << error.field;
        QCOMPARE(fields,
                 (QStringList {QStringLiteral("contact_person"), QStringLiteral("phone"),
                               QStringLiteral("email")}));
        QCOMPARE(auditRows(), 0);
    }

    void sameCommandTwice_isAppliedOnce()
    {
        VendorService service(db());
        const UpdateVendorContact command = contactCommand(1, QStringLiteral("赵敏"));
        QCOMPARE(service.updateContact(command).kind, WriteOutcome::Kind::Done);
        QCOMPARE(service.updateContact(command).kind, WriteOutcome::Kind::AlreadyApplied);
        QCOMPARE(VendorRepository(db()).detail(m_vendor)->version, 2);
        QCOMPARE(auditRows(), 1);
    }

    void secondConnection_seesTheConflict()
    {
        Database other(m_fresh->url());
        QCOMPARE(other.open(), QString());
        VendorService mine(db());
        VendorService theirs(other);
        QCOMPARE(theirs.updateContact(contactCommand(1, QStringLiteral("孙丽"))).kind,
                 WriteOutcome::Kind::Done);
        QCOMPARE(mine.updateContact(contactCommand(1, QStringLiteral("赵敏"))).kind,
                 WriteOutcome::Kind::Conflict);
    }

private:
    Database& db() { return m_fresh->database(); }
    UpdateVendorContact contactCommand(int baseVersion, const QString& person)
    {
        UpdateVendorContact command;
        command.header = {CommandId(QUuid::createUuid()), QStringLiteral("reviewer1"),
                          QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
        command.vendor = m_vendor;
        command.baseVersion = baseVersion;
        command.contactPerson = person;
        command.phone = QStringLiteral("010-12345678");
        command.email = QStringLiteral("zhao@example.cn");
        return command;
    }
    int auditRows()
    {
        Query query(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'vendor'"));
        query.exec();
        return query.next() ? query.value(0).toInt() : -1;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    VendorId m_vendor;
};

QTEST_GUILESS_MAIN(TestVendorService)
#include "tst_vendorservice.moc"
