#include "consoleinvoiceexport.h"
#include "freshdatabase.h"
#include "importflow.h"
#include "importpreviewdialog.h"
#include "invoicefixture.h"
#include "invoiceimporter.h"
#include "testsql.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

namespace {

const QString header
    = QStringLiteral("订单ID,客户ID,联系方式,发票编号,发票金额,发票类型,发票状态,申请时间,开票时间\n");

QString line(int orderNo, const QString& amount = QStringLiteral("88.00"))
{
    return QStringLiteral("%1,C77%1,13800001111,,\"%2\",增值税普通发票,待处理,2026-11-20 10:00:00,\n")
        .arg(orderNo)
        .arg(amount);
}

} // namespace

/// A console export imported from the invoice queue, end to end on a real database: the check,
/// the preview, the file of bad lines and the import, in English. The dialogs are modal, so a
/// timer answers them as a user would.
class TestImportFlow : public QObject
{
    Q_OBJECT

private:
    QTranslator m_english;
    std::unique_ptr<FreshDatabase> m_fresh;
    QTemporaryDir m_folder;
    QWidget m_window;
    QTimer m_answer;
    bool m_proceed = true; ///< how the preview is answered
    QString m_preview; ///< the summary the preview showed
    QStringList m_messages; ///< texts of the message boxes, in order

    Database& db() { return m_fresh->database(); }

    void answerModalDialog()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* preview = qobject_cast<ImportPreviewDialog*>(modal)) {
            m_preview = preview->summaryLabel()->text();
            if (m_proceed && preview->proceedButton())
                preview->proceedButton()->click();
            else
                preview->reject();
        } else if (auto* save = qobject_cast<QFileDialog*>(modal)) {
            static_cast<QDialog*>(save)->accept(); // the name offered; accept() is protected there
        } else if (auto* message = qobject_cast<QMessageBox*>(modal)) {
            m_messages << message->text();
            message->accept();
        }
    }

    bool import(const QString& content)
    {
        const QString path = m_folder.filePath(QStringLiteral("weekend.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(content.toUtf8());
        file.close();
        return ImportFlow::run(
            &m_window, db(), path,
            ImportFlow::stepsFor<ConsoleInvoiceExport, InvoiceImporter>(
                content.toUtf8(), QStringLiteral("weekend.csv"), InvoiceFixture::header()));
    }

    QString rejectsPath() const { return m_folder.filePath(QStringLiteral("weekend-rejected.csv")); }
    QString requests()
    {
        return TestSql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM invoice_requests"));
    }

private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(MARKETDESK_EN_QM)));
        QCoreApplication::installTranslator(&m_english);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        connect(&m_answer, &QTimer::timeout, this, &TestImportFlow::answerModalDialog);
        m_window.show();
    }
    void init()
    {
        OPEN_FRESH_DATABASE(m_fresh);
        m_proceed = true;
        m_preview.clear();
        m_messages.clear();
        QFile::remove(rejectsPath());
        m_answer.start(20);
    }
    void cleanup()
    {
        m_answer.stop();
        m_fresh.reset();
    }

    void goodFile_isImportedAfterThePreview()
    {
        QVERIFY(import(header + line(9001) + line(9002)));
        QCOMPARE(m_preview, QStringLiteral("2 new lines"));
        QCOMPARE(requests(), QStringLiteral("2"));
        QCOMPARE(m_messages, QStringList {QStringLiteral("Imported 2 lines.")});
    }

    void cancelledPreview_writesNothing()
    {
        m_proceed = false;
        QVERIFY(!import(header + line(9001)));
        QCOMPARE(m_preview, QStringLiteral("1 new line"));
        QCOMPARE(requests(), QStringLiteral("0"));
        QVERIFY(m_messages.isEmpty());
    }

    void badLines_areSaved_andTheGoodOnesImported()
    {
        QVERIFY(import(header + line(9001) + line(9002, QStringLiteral("12..0"))));
        QCOMPARE(m_preview, QStringLiteral("1 new line and 1 bad line"));
        QCOMPARE(requests(), QStringLiteral("1"));
        // Beside the imported file, under its name, unless the user names another.
        QFile rejects(rejectsPath());
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QStringList saved
            = QString::fromUtf8(rejects.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(saved.size(), 2);
        QVERIFY(saved.first().endsWith(QStringLiteral("开票时间,Reason")));
        QVERIFY2(saved.last().startsWith(QStringLiteral("9002,"))
                     && saved.last().contains(QStringLiteral("Line 3: ")),
                 qPrintable(saved.last()));
        QCOMPARE(m_messages, QStringList {QStringLiteral("Imported 1 line. 1 bad line was not imported.")});
    }

    void sameFileAgain_showsItIsKnown_andImportsNothing()
    {
        QVERIFY(import(header + line(9001) + line(9002)));
        m_messages.clear();
        QVERIFY(!import(header + line(9001) + line(9002)));
        QCOMPARE(m_preview, QStringLiteral("0 new lines and 2 lines already known"));
        QCOMPARE(requests(), QStringLiteral("2"));
        QVERIFY(m_messages.isEmpty());

        QVERIFY(import(header + line(9002) + line(9003)));
        QCOMPARE(m_preview, QStringLiteral("1 new line and 1 line already known"));
        QCOMPARE(m_messages,
                 QStringList {QStringLiteral("Imported 1 line. 1 line already known was left out.")});
        QCOMPARE(requests(), QStringLiteral("3"));
    }
};

QTEST_MAIN(TestImportFlow)
#include "tst_importflow.moc"
