#include "importflow.h"

#include <QTest>
#include <QTranslator>

/// The words of an import, in English.
class TestImportFlow : public QObject
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

    void badLinesSummary_countsInSingularAndPlural()
    {
        ImportOutcome checked;
        checked.imported = 1;
        checked.rejected = 1;
        QCOMPARE(ImportFlow::badLinesSummary(checked),
                 QStringLiteral("1 good line, 1 bad line. Nothing is imported while a line is bad."));
        checked.imported = 12000;
        checked.rejected = 2;
        QCOMPARE(ImportFlow::badLinesSummary(checked),
                 QStringLiteral("12,000 good lines, 2 bad lines. Nothing is imported while a line is bad."));
    }
};

QTEST_MAIN(TestImportFlow)
#include "tst_importflow.moc"
