#include "buyerservice.h"
#include "conflictanswer.h"
#include "fixedclock.h"
#include "freshdatabase.h"
#include "invoicefixture.h"
#include "invoicerequestrepository.h"
#include "invoicetitledialog.h"
#include "mailingaddressdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QUuid>

class TestInvoiceTitleDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        InvoiceFixture::write(m_fresh->database());
    }
    void cleanup() { m_fresh.reset(); }

    void kindDecidesTheFields_andBadFieldsAreMarked()
    {
        BuyerService service(m_fresh->database());
        InvoiceRequestRepository repository(m_fresh->database());
        FixedClock clock(InvoiceFixture::now());
        const QString buyer = QLatin1String(InvoiceFixture::personalBuyerId);
        InvoiceTitleDialog dialog(buyer, std::nullopt, repository, service, clock, QStringLiteral("entry1"));
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("personal")));
        QCOMPARE(dialog.editor(QStringLiteral("title"))->text(), QStringLiteral("个人"));
        QVERIFY(dialog.editor(QStringLiteral("title"))->isReadOnly());
        QVERIFY(!dialog.editor(QStringLiteral("bank"))->isEnabled());

        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("enterprise")));
        QVERIFY(dialog.editor(QStringLiteral("title"))->text().isEmpty());
        dialog.editor(QStringLiteral("title"))->setText(QStringLiteral("宁波海纳物流有限公司"));
        dialog.editor(QStringLiteral("taxpayer_id"))->setText(QStringLiteral("913302"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.editor(QStringLiteral("taxpayer_id"))->toolTip().isEmpty());
        QVERIFY(dialog.editor(QStringLiteral("title"))->toolTip().isEmpty());

        dialog.editor(QStringLiteral("taxpayer_id"))->setText(QStringLiteral("91330206MA2GXXXX3K"));
        dialog.editor(QStringLiteral("bank"))->setText(QStringLiteral("宁波银行"));
        dialog.editor(QStringLiteral("account"))->setText(QStringLiteral("5101 2233 4455"));
        dialog.editor(QStringLiteral("registered_address"))->setText(QStringLiteral("宁波市北仑区港城路8号"));
        dialog.editor(QStringLiteral("registered_phone"))->setText(QStringLiteral("0574-86861234"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto valid = repository.validTitle(buyer);
        QVERIFY(valid);
        QCOMPARE(valid->kind, QStringLiteral("enterprise"));
        QCOMPARE(valid->title, QStringLiteral("宁波海纳物流有限公司"));
    }

    void correctedMeanwhile_showsBothAndKeepsWhatDoesNotCollide()
    {
        const QString buyer = QLatin1String(InvoiceFixture::personalBuyerId);
        FixedClock clock(InvoiceFixture::now());
        BuyerService service(m_fresh->database());
        SaveInvoiceTitle entered {{CommandId(QUuid::createUuid()), QStringLiteral("entry1"), clock.nowUtc()},
                                  buyer,
                                  QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  0,
                                  TitleKind::Enterprise,
                                  QStringLiteral("宁波海纳物流有限公司"),
                                  QStringLiteral("91330206MA2GXXXX3K"),
                                  QStringLiteral("宁波银行"),
                                  QStringLiteral("510122334455"),
                                  QStringLiteral("宁波市北仑区港城路8号"),
                                  QStringLiteral("0574-86861234")};
        QCOMPARE(service.saveTitle(entered).kind, WriteOutcome::Kind::Done);
        InvoiceRequestRepository repository(m_fresh->database());
        const auto startedFrom = repository.validTitle(buyer);
        QVERIFY(startedFrom);
        InvoiceTitleDialog dialog(buyer, startedFrom, repository, service, clock, QStringLiteral("entry1"));

        // Meanwhile another client corrects the bank and the registered phone.
        QString error;
        const std::unique_ptr<Database> other = m_fresh->database().openAnother(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        SaveInvoiceTitle theirs = entered;
        theirs.header = {CommandId(QUuid::createUuid()), QStringLiteral("entry2"), clock.nowUtc()};
        theirs.baseVersion = startedFrom->version;
        theirs.bank = QStringLiteral("中国银行宁波分行");
        theirs.registeredPhone = QStringLiteral("0574-86860000");
        QCOMPARE(BuyerService(*other).saveTitle(theirs).kind, WriteOutcome::Kind::Done);

        // Here the bank (a collision) and the account are changed.
        dialog.editor(QStringLiteral("bank"))->setText(QStringLiteral("工商银行"));
        dialog.editor(QStringLiteral("account"))->setText(QStringLiteral("620011112222"));
        const ConflictAnswer answer(ConflictDialog::Choice::Merge);
        dialog.accept();
        QCOMPARE(answer.unexpected(), QStringList());
        QCOMPARE(answer.rows(), 7);
        QCOMPARE(answer.collisions(), QStringList {QStringLiteral("bank")});
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: check and save again
        QCOMPARE(dialog.editor(QStringLiteral("bank"))->text(), QStringLiteral("中国银行宁波分行"));
        QCOMPARE(dialog.editor(QStringLiteral("account"))->text(), QStringLiteral("620011112222"));
        QCOMPARE(dialog.editor(QStringLiteral("registered_phone"))->text(), QStringLiteral("0574-86860000"));

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = InvoiceRequestRepository(*other).validTitle(buyer);
        QCOMPARE(saved->bank, QStringLiteral("中国银行宁波分行"));
        QCOMPARE(saved->account, QStringLiteral("620011112222"));
        QCOMPARE(saved->registeredPhone, QStringLiteral("0574-86860000"));
        QCOMPARE(saved->version, startedFrom->version + 2);
    }

    void mailingAddress_isCheckedThenSaved()
    {
        BuyerService service(m_fresh->database());
        FixedClock clock(InvoiceFixture::now());
        const QString buyer = QLatin1String(InvoiceFixture::personalBuyerId);
        MailingAddressDialog dialog(buyer, service, clock, QStringLiteral("entry1"));
        dialog.editor(QStringLiteral("recipient"))->setText(QStringLiteral("李雷"));
        dialog.editor(QStringLiteral("phone"))->setText(QStringLiteral("139"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.editor(QStringLiteral("phone"))->toolTip().isEmpty());
        QVERIFY(dialog.editor(QStringLiteral("recipient"))->toolTip().isEmpty());
        dialog.editor(QStringLiteral("phone"))->setText(QStringLiteral("13900002222"));
        dialog.editor(QStringLiteral("province"))->setText(QStringLiteral("四川省"));
        dialog.editor(QStringLiteral("city"))->setText(QStringLiteral("成都市"));
        dialog.editor(QStringLiteral("address"))->setText(QStringLiteral("武侯区天府大道100号"));
        dialog.editor(QStringLiteral("postcode"))->setText(QStringLiteral("610041"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto addresses = InvoiceRequestRepository(m_fresh->database()).addresses(buyer);
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.first().id, dialog.savedId());
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_MAIN(TestInvoiceTitleDialog)
#include "tst_invoicetitledialog.moc"
