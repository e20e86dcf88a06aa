#include "importpreviewdialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

namespace {

ImportOutcome checked(int newLines, int knownLines, int badLines)
{
    ImportOutcome outcome;
    outcome.imported = newLines;
    outcome.alreadyKnown = knownLines;
    outcome.rejected = badLines;
    for (int bad = 0; bad < badLines; ++bad)
        outcome.badLines << ImportBadLine {bad + 2, QStringLiteral("发票金额 is not an amount."), {}};
    return outcome;
}

} // namespace

/// What the user sees of a checked file before anything is written, in English.
class TestImportPreviewDialog : public QObject
{
    Q_OBJECT

private:
    QTranslator m_english;

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(MARKETDESK_EN_QM)));
        QCoreApplication::installTranslator(&m_english);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void summary_countsNewKnownAndBadLines()
    {
        QCOMPARE(ImportPreviewDialog::summary(checked(212, 38, 2)),
                 QStringLiteral("212 new lines, 38 lines already known, and 2 bad lines"));
        QCOMPARE(ImportPreviewDialog::summary(checked(1, 0, 1)), QStringLiteral("1 new line and 1 bad line"));
        QCOMPARE(ImportPreviewDialog::summary(checked(12000, 1, 0)),
                 QStringLiteral("12,000 new lines and 1 line already known"));
        QCOMPARE(ImportPreviewDialog::summary(checked(0, 0, 0)), QStringLiteral("0 new lines"));
    }

    void goodFile_importsOnEnter()
    {
        ImportPreviewDialog dialog(QStringLiteral("weekend.csv"), checked(212, 38, 0));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Import weekend.csv"));
        QVERIFY(dialog.proceedButton());
        QCOMPARE(dialog.proceedButton()->text(), QStringLiteral("&Import 212 new lines"));
        QVERIFY(!dialog.badLinesView());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
    }

    void badLines_areAllListed_andEnterImportsNothing()
    {
        ImportPreviewDialog dialog(QStringLiteral("weekend.csv"), checked(212, 0, 25));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.badLinesView());
        const QStringList listed = dialog.badLinesView()->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(listed.size(), 25);
        QCOMPARE(listed.first(), QStringLiteral("Line 2: 发票金额 is not an amount."));
        QCOMPARE(listed.last(), QStringLiteral("Line 26: 发票金额 is not an amount."));
        QCOMPARE(dialog.proceedButton()->text(),
                 QStringLiteral("Import the &good lines and save the bad ones…"));
        QVERIFY(!dialog.proceedButton()->isDefault());
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(dialog.badLinesView(), Qt::Key_Return);
        QCOMPARE(rejected.count(), 1);
    }

    void nothingNew_offersOnlyToSaveTheBadLines()
    {
        ImportPreviewDialog withBadLines(QStringLiteral("old.csv"), checked(0, 40, 2));
        QCOMPARE(withBadLines.proceedButton()->text(), QStringLiteral("&Save the bad lines…"));
        ImportPreviewDialog allKnown(QStringLiteral("old.csv"), checked(0, 40, 0));
        QVERIFY(!allKnown.proceedButton());
        QCOMPARE(allKnown.summaryLabel()->text(), QStringLiteral("0 new lines and 40 lines already known"));
    }
};

QTEST_MAIN(TestImportPreviewDialog)
#include "tst_importpreviewdialog.moc"
