#include "adduserdialog.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "query.h"
#include "serversetup.h"
#include "storageerror.h"
#include "userspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

class TestUsersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup()
    {
        if (!m_login.isEmpty()) {
            try {
                Query::execute(m_fresh->database(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_login));
            } catch (const StorageError&) { // a role that owns nothing; leaving it is harmless
            }
        }
        m_login.clear();
        m_fresh.reset();
    }

    void addsAUserOnATeamServer_saysWhyNotElsewhere()
    {
        QFETCH_GLOBAL(QString, backend);
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        UsersPage page(m_fresh->database(), clock, QStringLiteral("admin"));
        QVERIFY(!page.addButton()->isEnabled());
        if (backend == QStringLiteral("sqlite"))
            return;
        QCOMPARE(ServerSetup(m_fresh->database()).initServer(), QString());
        page.reload();
        QVERIFY(page.addButton()->isEnabled());

        AddUserDialog dialog(m_fresh->database(), clock, QStringLiteral("admin"));
        m_login = QStringLiteral("u_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        dialog.loginEdit()->setText(m_login);
        dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(QStringLiteral("reviewer")));
        dialog.passwordEdit()->setText(QStringLiteral("long-enough-1"));
        dialog.repeatEdit()->setText(QStringLiteral("long-enough-2"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.problemLabel()->text().isEmpty());
        dialog.repeatEdit()->setText(QStringLiteral("long-enough-1"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        page.reload();
        QCOMPARE(page.table()->rowCount(), 1);
        QCOMPARE(page.table()->item(0, 0)->text(), m_login);
        QCOMPARE(page.table()->item(0, 1)->text(), QStringLiteral("审核员"));
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    QString m_login;
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
