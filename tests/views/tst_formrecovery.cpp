#include "applicationdialog.h"
#include "applicationservice.h"
#include "cataloguerepository.h"
#include "domaintext.h"
#include "fixedclock.h"
#include "formrecovery.h"
#include "freshdatabase.h"
#include "onboardingfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using F = OnboardingFixture;

/// A form kept on disk by FormRecovery comes back where it was typed: for the same form, user and
/// database, whole, and under either interface language.
class TestFormRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        newApplication().clear(); // left by an earlier run
    }
    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_chinese);
        m_fresh.reset();
    }

    void keptForm_belongsToItsDatabase()
    {
        const QString form = QStringLiteral("new-invoice-request");
        const QString user = QStringLiteral("entry7");
        const DatabaseUrl here = DatabaseUrl::sqliteFile(QDir::current().filePath(QStringLiteral("a.db")));
        const DatabaseUrl relative = DatabaseUrl::sqliteFile(QStringLiteral("a.db"));
        const DatabaseUrl elsewhere
            = DatabaseUrl::sqliteFile(QDir::current().filePath(QStringLiteral("b.db")));
        const auto server
            = DatabaseUrl::parse(QStringLiteral("postgresql://marketdesk@127.0.0.1:5432/marketdesk"));
        QVERIFY(server);
        {
            FormRecovery typing(form, here, user, m_clock);
            typing.clear();
            typing.keep({{QStringLiteral("email"), QStringLiteral("finance@xinghai.example.cn")}});
        }
        QCOMPARE(
            FormRecovery(form, relative, user, m_clock).pending().value_or(FormRecovery::Snapshot {}).values,
            QJsonObject({{QStringLiteral("email"), QStringLiteral("finance@xinghai.example.cn")}}));
        QVERIFY(!FormRecovery(form, elsewhere, user, m_clock).pending());
        QVERIFY(!FormRecovery(form, *server, user, m_clock).pending());
        FormRecovery(form, here, user, m_clock).clear();
        QVERIFY(!FormRecovery(form, relative, user, m_clock).pending());
    }

    void applicationForm_keepsWhatIsTyped_untilItIsSaved()
    {
        ApplicationService service(db());
        const auto markets = CatalogueRepository(db()).markets();
        {
            ApplicationDialog typing(std::nullopt, markets, db(), service, m_clock, user());
            QVERIFY(!typing.recoveryBar());
            typing.editor(QStringLiteral("company_name"))->setText(QStringLiteral("杭州云栈科技有限公司"));
            typing.provinceBox()->setCurrentIndex(typing.provinceBox()->findData(QStringLiteral("浙江省")));
            typing.cityBox()->setCurrentIndex(typing.cityBox()->findData(QStringLiteral("杭州市")));
            typing.marketList()->item(1)->setCheckState(Qt::Checked);
            typing.staffBox()->setValue(20);
            // On disk while the form is still open, as a crash would leave it.
            QTRY_COMPARE(newApplication()
                             .pending()
                             .value_or(FormRecovery::Snapshot {})
                             .values.value(QStringLiteral("service_staff_count")),
                         QJsonValue(QStringLiteral("20")));
        }
        ApplicationDialog again(std::nullopt, markets, db(), service, m_clock, user());
        QVERIFY(again.recoveryBar());
        again.recoveryBar()->findChild<QPushButton*>(QStringLiteral("restore"))->click();
        QCOMPARE(again.editor(QStringLiteral("company_name"))->text(),
                 QStringLiteral("杭州云栈科技有限公司"));
        QCOMPARE(again.cityBox()->currentData().toString(), QStringLiteral("杭州市"));
        QCOMPARE(again.marketList()->item(1)->checkState(), Qt::Checked);
        QCOMPARE(again.staffBox()->value(), 20);
        QVERIFY(again.save(false));
        QVERIFY(!newApplication().pending());
    }

    void applicationForm_keptInOneLanguage_comesBackWholeInTheOther()
    {
        ApplicationService service(db());
        const auto markets = CatalogueRepository(db()).markets();
        const QString individual = enumKey(EntityType::Individual);
        {
            ApplicationDialog typing(std::nullopt, markets, db(), service, m_clock, user());
            typing.entityTypeBox()->setCurrentIndex(typing.entityTypeBox()->findData(individual));
            typing.marketList()->item(2)->setCheckState(Qt::Checked);
            typing.agreementBox(1)->setChecked(true);
        }
        QVERIFY(m_chinese.load(QStringLiteral(MARKETDESK_ZH_CN_QM)));
        QCoreApplication::installTranslator(&m_chinese);
        ApplicationDialog again(std::nullopt, markets, db(), service, m_clock, user());
        QCOMPARE(again.entityTypeBox()->currentText(), DomainText::name(EntityType::Enterprise));
        QVERIFY(again.entityTypeBox()->currentText() != QStringLiteral("Enterprise")); // shown in Chinese
        again.recoveryBar()->findChild<QPushButton*>(QStringLiteral("restore"))->click();
        QCOMPARE(again.entityTypeBox()->currentData().toString(), individual);
        for (int row = 0; row < again.marketList()->count(); ++row)
            QCOMPARE(again.marketList()->item(row)->checkState(), row == 2 ? Qt::Checked : Qt::Unchecked);
        QVERIFY(!again.agreementBox(0)->isChecked());
        QVERIFY(again.agreementBox(1)->isChecked());
        QVERIFY(!again.agreementBox(2)->isChecked());
    }

private:
    Database& db() { return m_fresh->database(); }
    static QString user() { return QStringLiteral("entry9"); }
    FormRecovery newApplication() const
    {
        return FormRecovery(QStringLiteral("new-application"), m_fresh->database().url(), user(), m_clock);
    }

    FixedClock m_clock {F::chinaTime(2026, 11, 23)};
    std::unique_ptr<FreshDatabase> m_fresh;
    QTranslator m_chinese;
};

QTEST_MAIN(TestFormRecovery)
#include "tst_formrecovery.moc"
