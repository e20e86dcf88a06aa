#include "connectiondialog.h"
#include "databasefailuredialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

/// The start-up dialog for a database that cannot be opened: try again, choose another, quit.
class TestDatabaseFailureDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_failed = DatabaseUrl::sqliteFile(m_folder.filePath(QStringLiteral("gone/market.db"))); }

    void showsWhichDatabaseAndWhy()
    {
        DatabaseFailureDialog dialog(m_failed, QStringLiteral("the saved settings"),
                                     QStringLiteral("Disk on fire."));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("reason"))->text(),
                 QStringLiteral("Disk on fire."));
        bool named = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            named = named
                || (label->text().contains(m_failed.toString())
                    && label->text().contains(QStringLiteral("saved")));
        QVERIFY(named);
        QVERIFY(dialog.retryButton()->isDefault());
    }

    void anotherConnection_isSaidToWaitForAStartWithoutTheOverridingOption()
    {
        const auto advice = [this](const QString& overriddenBy) {
            DatabaseFailureDialog dialog(m_failed, QStringLiteral("the --database option"),
                                         QStringLiteral("No."), overriddenBy);
            return dialog.findChild<QLabel*>(QStringLiteral("advice"))->text();
        };
        QVERIFY(advice(QString()).endsWith(QStringLiteral("for later starts.")));
        QVERIFY(advice(QStringLiteral("the --database option"))
                    .endsWith(QStringLiteral("for a start without the --database option.")));
    }

    void tryAgain_acceptsTheSameDatabase()
    {
        DatabaseFailureDialog dialog(m_failed, QStringLiteral("the test"), QStringLiteral("No."));
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.nextUrl(), std::optional<DatabaseUrl>(m_failed));
    }

    void quit_rejects()
    {
        DatabaseFailureDialog dialog(m_failed, QStringLiteral("the test"), QStringLiteral("No."));
        dialog.show();
        dialog.quitButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.nextUrl(), std::nullopt);
    }

    void changeConnection_acceptsTheTestedChoice()
    {
        const QString chosen = m_folder.filePath(QStringLiteral("chosen.db"));
        DatabaseFailureDialog dialog(m_failed, QStringLiteral("the test"), QStringLiteral("No."));
        dialog.show();
        answerConnectionDialog(chosen);
        dialog.changeButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.nextUrl(), std::optional<DatabaseUrl>(DatabaseUrl::sqliteFile(chosen)));
        QCOMPARE(dialog.password(), QString());
    }

    void cancelledConnectionDialog_keepsTheChoiceOpen()
    {
        DatabaseFailureDialog dialog(m_failed, QStringLiteral("the test"), QStringLiteral("No."));
        dialog.show();
        answerConnectionDialog(QString());
        dialog.changeButton()->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.nextUrl(), std::nullopt);
    }

private:
    /// Once the ConnectionDialog shows: types `path` and saves, or cancels when `path` is empty.
    void answerConnectionDialog(const QString& path)
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, path] {
            auto* connection = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
            if (!connection)
                return;
            timer->deleteLater();
            if (path.isEmpty()) {
                connection->reject();
                return;
            }
            connection->findChild<QLineEdit*>(QStringLiteral("path"))->setText(path);
            connection->accept();
        });
        timer->start(20);
    }

    QTemporaryDir m_folder;
    DatabaseUrl m_failed = DatabaseUrl::sqliteFile(QString());
};

QTEST_MAIN(TestDatabaseFailureDialog)
#include "tst_databasefailuredialog.moc"
