#include "adduserdialog.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "query.h"
#include "roledialog.h"
#include "serversetup.h"
#include "storageerror.h"
#include "userspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
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
        for (const QString& login : std::as_const(m_logins)) {
            try {
                Query::execute(m_fresh->database(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
            } catch (const StorageError&) { // a role that owns nothing; leaving it is harmless
            }
        }
        m_logins.clear();
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
        const QString login = QStringLiteral("u_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_logins << login;
        dialog.loginEdit()->setText(login);
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
        QCOMPARE(page.table()->item(0, 0)->text(), login);
        QCOMPARE(page.table()->item(0, 1)->text(), QStringLiteral("审核员"));
    }

    /// Every user once, with all their roles, also those with two roles or none.
    void listsEveryUserWithAllTheirRoles()
    {
        Database& db = m_fresh->database();
        Query::execute(db,
                       QStringLiteral("INSERT INTO users (id, login, display_name, created_at) VALUES "
                                      "('u1', 'ann', 'Ann', 0), ('u2', 'bob', 'Bob', 0), "
                                      "('u3', 'cai', 'Cai', 0)"));
        Query::execute(db,
                       QStringLiteral("INSERT INTO user_roles (user_id, role_id) SELECT 'u1', id FROM roles "
                                      "WHERE key IN ('reviewer', 'clerk') UNION ALL "
                                      "SELECT 'u3', id FROM roles WHERE key = 'delivery'"));
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        UsersPage page(db, clock, QStringLiteral("admin"));
        QCOMPARE(page.table()->rowCount(), 3);
        const QStringList logins {page.table()->item(0, 0)->text(), page.table()->item(1, 0)->text(),
                                  page.table()->item(2, 0)->text()};
        QCOMPARE(logins, (QStringList {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cai")}));
        const QString annRoles = page.table()->item(0, 1)->text();
        const QString reviewer = QStringLiteral("审核员");
        const QString clerk = QStringLiteral("开票专员");
        QVERIFY2(annRoles == QLocale().createSeparatedList({reviewer, clerk})
                     || annRoles == QLocale().createSeparatedList({clerk, reviewer}),
                 qPrintable(annRoles));
        QCOMPARE(page.table()->item(1, 1)->text(), QString());
        QCOMPARE(page.table()->item(2, 1)->text(), QStringLiteral("交付人员"));
    }

    void customRoles_areCreatedAndChanged_builtInOnesAreFixed()
    {
        QFETCH_GLOBAL(QString, backend);
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        UsersPage page(m_fresh->database(), clock, QStringLiteral("admin"));
        QCOMPARE(page.roleTable()->rowCount(), 5);
        QVERIFY(!page.newRoleButton()->isEnabled());
        if (backend == QStringLiteral("sqlite"))
            return;
        QCOMPARE(ServerSetup(m_fresh->database()).initServer(), QString());
        page.reload();
        QVERIFY(page.newRoleButton()->isEnabled());
        page.roleTable()->selectRow(rowOf(page, QStringLiteral("clerk")));
        QVERIFY(!page.editRoleButton()->isEnabled());
        QVERIFY(page.roleTable()
                    ->item(rowOf(page, QStringLiteral("clerk")), 3)
                    ->text()
                    .contains(QLatin1String("Issue invoices")));

        const QString key = QStringLiteral("audit_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_logins << prefixOf(key);
        RoleDialog create(m_fresh->database(), clock, QStringLiteral("admin"), QString());
        create.keyEdit()->setText(QStringLiteral("Clerk 2"));
        create.accept();
        QCOMPARE(create.result(), int(QDialog::Rejected));
        QVERIFY(!create.keyEdit()->toolTip().isEmpty());
        QVERIFY(!create.nameEdit()->toolTip().isEmpty());
        QVERIFY(!create.permissionList()->toolTip().isEmpty());
        create.keyEdit()->setText(key);
        create.nameEdit()->setText(QStringLiteral("发票稽核"));
        checkPermission(create, QStringLiteral("invoice.list"));
        checkPermission(create, QStringLiteral("invoice.void"));
        create.accept();
        QCOMPARE(create.result(), int(QDialog::Accepted));

        page.reload();
        QCOMPARE(page.roleTable()->rowCount(), 6);
        const int row = rowOf(page, key);
        QCOMPARE(page.roleTable()->item(row, 1)->text(), QStringLiteral("发票稽核"));
        page.roleTable()->selectRow(row);
        QVERIFY(page.editRoleButton()->isEnabled());

        RoleDialog edit(m_fresh->database(), clock, QStringLiteral("admin"), key);
        QVERIFY(edit.keyEdit()->isReadOnly());
        QCOMPARE(edit.nameEdit()->text(), QStringLiteral("发票稽核"));
        QStringList checked;
        for (int i = 0; i < edit.permissionList()->count(); ++i) {
            if (edit.permissionList()->item(i)->checkState() == Qt::Checked)
                checked << edit.permissionList()->item(i)->data(Qt::UserRole).toString();
        }
        QCOMPARE(checked, (QStringList {QStringLiteral("invoice.list"), QStringLiteral("invoice.void")}));
        checkPermission(edit, QStringLiteral("invoice.void"));
        edit.accept();
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        page.reload();
        QVERIFY(!page.roleTable()->item(rowOf(page, key), 3)->text().contains(QLatin1String("Void")));
    }

private:
    static int rowOf(UsersPage& page, const QString& key)
    {
        for (int row = 0; row < page.roleTable()->rowCount(); ++row) {
            if (page.roleTable()->item(row, 0)->text() == key)
                return row;
        }
        return -1;
    }

    /// Toggles the check box of `permission`.
    static void checkPermission(RoleDialog& dialog, const QString& permission)
    {
        for (int i = 0; i < dialog.permissionList()->count(); ++i) {
            QListWidgetItem* item = dialog.permissionList()->item(i);
            if (item->data(Qt::UserRole).toString() == permission)
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        }
    }

    QString prefixOf(const QString& key)
    {
        Query query(m_fresh->database(), QStringLiteral("SELECT current_database()"));
        query.exec();
        query.next();
        return ServerSetup::rolePrefix(query.value(0).toString(), m_fresh->database().url().schema()) + key;
    }

    std::unique_ptr<FreshDatabase> m_fresh;
    QStringList m_logins;
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
