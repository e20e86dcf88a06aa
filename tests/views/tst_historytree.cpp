#include "historytree.h"

#include <QTest>

/// A record's History tab in a narrow detail pane.
class TestHistoryTree : public QObject
{
    Q_OBJECT
private slots:
    /// The changes used to be a fourth column of stored JSON, off the edge of the pane.
    void changedFields_areLinesUnderTheirStep_andDoNotWidenTheColumns()
    {
        HistoryTree tree;
        tree.resize(340, 300);
        const QString reason = QStringLiteral("Reason: Deposit not topped up and still short after the "
                                              "settlement of 2025-02-01");
        tree.addEntry(QStringLiteral("2025-02-01 16:00"), QStringLiteral("local"),
                      QStringLiteral("Suspend display"),
                      QStringLiteral("Status: Active → Suspended\n") + reason);
        tree.addError(QStringLiteral("The history could not be read."));
        tree.fitColumns();
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));

        QCOMPARE(tree.topLevelItemCount(), 2);
        const QTreeWidgetItem* entry = tree.topLevelItem(0);
        QCOMPARE(entry->text(2), QStringLiteral("Suspend display"));
        QVERIFY(entry->isExpanded());
        QCOMPARE(entry->childCount(), 2);
        QCOMPARE(entry->child(0)->text(0), QStringLiteral("Status: Active → Suspended"));
        QCOMPARE(entry->child(1)->text(0), reason);
        QVERIFY(entry->child(1)->isFirstColumnSpanned());
        QCOMPARE(entry->child(1)->toolTip(0), reason);
        QVERIFY(tree.topLevelItem(1)->isFirstColumnSpanned());

        // The time and the name fit; the step keeps the rest of the width.
        for (int column : {0, 1}) {
            const int needed = tree.fontMetrics().horizontalAdvance(entry->text(column));
            QVERIFY2(tree.columnWidth(column) >= needed && tree.columnWidth(column) < needed + 40,
                     qPrintable(QStringLiteral("column %1: %2 for %3")
                                    .arg(column)
                                    .arg(tree.columnWidth(column))
                                    .arg(needed)));
        }
        QVERIFY(tree.columnWidth(0) + tree.columnWidth(1) < tree.viewport()->width() / 2 + 60);
    }
};

QTEST_MAIN(TestHistoryTree)
#include "tst_historytree.moc"
