#include "conflictanswer.h"
#include "editvendorcontactdialog.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "query.h"
#include "vendorrepository.h"
#include "vendorservice.h"

#include <QLineEdit>
#include <QTest>
#include <QUuid>

/// Two clients edit one vendor: the second save shows both versions and keeps what does not collide.
class TestVendorContactConflict : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        QCOMPARE(m_fresh->writeDemoData(20), QString());
    }
    void cleanup() { m_fresh.reset(); }

    void theirsPlusMine_thenSavedOnTheirVersion()
    {
        QString error;
        const std::unique_ptr<Database> other = m_fresh->database().openAnother(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        VendorId vendor;
        {
            // Finished before the writes: an open read keeps SQLite's snapshot from moving on.
            Query pick(m_fresh->database(), QStringLiteral("SELECT id FROM vendors ORDER BY name LIMIT 1"));
            pick.exec();
            QVERIFY(pick.next());
            vendor = VendorId::fromString(pick.value(0).toString());
        }
        const auto mineAtStart = VendorRepository(m_fresh->database()).detail(vendor);
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        VendorService service(m_fresh->database());
        EditVendorContactDialog dialog(*mineAtStart, m_fresh->database(), service, clock,
                                       QStringLiteral("clerk1"));

        // Meanwhile the other client changes the phone and the e-mail.
        VendorService theirService(*other);
        UpdateVendorContact theirs {
            {CommandId(QUuid::createUuid()), QStringLiteral("clerk2"), clock.nowUtc()},
            vendor,
            mineAtStart->version,
            mineAtStart->contactPerson,
            QStringLiteral("0571-88886666"),
            QStringLiteral("theirs@example.cn")};
        QCOMPARE(theirService.updateContact(theirs).kind, WriteOutcome::Kind::Done);

        dialog.editorFor(QStringLiteral("contact_person"))->setText(QStringLiteral("李雷"));
        dialog.editorFor(QStringLiteral("email"))->setText(QStringLiteral("mine@example.cn"));
        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        dialog.accept();
        QCOMPARE(answer.unexpected(), QStringList());
        QCOMPARE(answer.rows(), 3);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: check and save again
        QCOMPARE(dialog.editorFor(QStringLiteral("contact_person"))->text(), QStringLiteral("李雷"));
        QCOMPARE(dialog.editorFor(QStringLiteral("phone"))->text(), QStringLiteral("0571-88886666"));
        QCOMPARE(dialog.editorFor(QStringLiteral("email"))->text(), QStringLiteral("theirs@example.cn"));

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = VendorRepository(*other).detail(vendor);
        QCOMPARE(saved->contactPerson, QStringLiteral("李雷"));
        QCOMPARE(saved->phone, QStringLiteral("0571-88886666"));
        QCOMPARE(saved->version, mineAtStart->version + 2);
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestVendorContactConflict)
#include "tst_vendorcontactconflict.moc"
