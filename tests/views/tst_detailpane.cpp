#include "detailpane.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTest>

#include <algorithm>

/// The detail pane beside every queue, which the user may drag as narrow as its contents allow.
class TestDetailPane : public QObject
{
    Q_OBJECT

private:
    /// A pane at its usual width, 300 of 1,000 pixels, beside a list in `splitter`, shown.
    static DetailPane* paneAtItsUsualWidth(QSplitter& splitter, int height = 400)
    {
        splitter.addWidget(new QWidget);
        auto* pane = new DetailPane;
        splitter.addWidget(pane);
        splitter.resize(1000, height);
        splitter.setSizes({700, 300});
        splitter.show();
        return pane;
    }

private slots:
    /// A form row decides whether to wrap its label above the value by its own label's width,
    /// while the label column takes the widest unwrapped label: at some widths a short label's
    /// value got less room than its text needed (a phone number lost its last digit).
    void anyPaneWidth_keepsUnbreakableValuesWhole()
    {
        const QString email = QStringLiteral("contact1@vendor1.example.cn");
        const QString phone = QStringLiteral("14982434210");
        QSplitter splitter;
        splitter.addWidget(new QWidget);
        auto* pane = new DetailPane;
        splitter.addWidget(pane);
        splitter.setChildrenCollapsible(false);
        splitter.resize(700, 400);
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        pane->showMessage(QStringLiteral("Select a row to see its details."));
        pane->setRows(
            QStringLiteral("上海数智咨询服务有限公司"),
            {{QStringLiteral("E-mail"), email},
             {QStringLiteral("Phone"), phone},
             {QStringLiteral("Service staff, hours, warranty"), QStringLiteral("33 · 7×24 · 12 months")},
             {QStringLiteral("Agreements"), QStringLiteral("All three accepted")},
             {QStringLiteral("Checklist"), QStringLiteral("0 of 10 ticked")}});

        for (int paneWidth = 150; paneWidth <= 450; paneWidth += 5) {
            splitter.setSizes({700 - paneWidth, paneWidth});
            QCoreApplication::processEvents();
            int checked = 0;
            for (const QLabel* label : pane->findChildren<QLabel*>()) {
                if (label->text() != email && label->text() != phone)
                    continue;
                const int needed = label->fontMetrics().horizontalAdvance(label->text());
                const QWidget* viewport = pane->findChild<QScrollArea*>()->viewport();
                const int shownUpTo = label->mapTo(viewport, label->contentsRect().topLeft()).x() + needed;
                QVERIFY2(shownUpTo <= viewport->width(),
                         qPrintable(QStringLiteral("%1 at a pane width of %2: ends at %3 of %4 pixels")
                                        .arg(label->text())
                                        .arg(paneWidth)
                                        .arg(shownUpTo)
                                        .arg(viewport->width())));
                QVERIFY2(label->contentsRect().width() >= needed,
                         qPrintable(QStringLiteral("%1 at a pane width of %2: %3 of %4 pixels")
                                        .arg(label->text())
                                        .arg(paneWidth)
                                        .arg(label->contentsRect().width())
                                        .arg(needed)));
                ++checked;
            }
            QCOMPARE(checked, 2);
        }
    }

    /// A label as long as "Service staff, hours, warranty" took the label column's width, so at
    /// the pane's usual width the credit code below went under its label instead of beside it.
    void longLabel_isBrokenIntoLines_andValuesStayBesideTheirLabels()
    {
        QSplitter splitter;
        DetailPane* pane = paneAtItsUsualWidth(splitter);
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        pane->setRows(
            QStringLiteral("杭州博远云计算有限公司"),
            {{QStringLiteral("Status"), QStringLiteral("Submitted")},
             {QStringLiteral("Credit code"), QStringLiteral("91284951YQ7E1W7C1W")},
             {QStringLiteral("Registered location"), QStringLiteral("福建省 厦门")},
             {QStringLiteral("Service staff, hours, warranty"), QStringLiteral("84 · 7×24 · 12 months")},
             {QStringLiteral("Submitted at"), QStringLiteral("2026-09-28 00:00")}});
        QCoreApplication::processEvents();

        const auto* form = pane->findChild<QFormLayout*>();
        QCOMPARE(form->rowCount(), 5);
        for (int row = 0; row < form->rowCount(); ++row) {
            const QRect label = form->itemAt(row, QFormLayout::LabelRole)->geometry();
            const QRect value = form->itemAt(row, QFormLayout::FieldRole)->geometry();
            QVERIFY2(value.left() > label.right() && value.top() == label.top(),
                     qPrintable(QStringLiteral("row %1: label %2,%3 value %4,%5")
                                    .arg(row)
                                    .arg(label.left())
                                    .arg(label.top())
                                    .arg(value.left())
                                    .arg(value.top())));
        }
        const auto* longLabel = qobject_cast<QLabel*>(form->itemAt(3, QFormLayout::LabelRole)->widget());
        QVERIFY(longLabel->text().contains(QLatin1Char('\n')));
        QCOMPARE(QString(longLabel->text()).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                 QStringLiteral("Service staff, hours, warranty"));

        // Given room, it is whole again.
        splitter.setSizes({400, 600});
        QCoreApplication::processEvents();
        QCOMPARE(longLabel->text(), QStringLiteral("Service staff, hours, warranty"));
    }

    /// A Chinese label breaks after a list mark (、), not inside a word such as 时间.
    void chineseLabel_breaksAfterAListMark()
    {
        QSplitter splitter;
        DetailPane* pane = paneAtItsUsualWidth(splitter);
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        const QString text = QStringLiteral("服务人员、时间、质保期");
        pane->setRows(QStringLiteral("杭州博远云计算有限公司"),
                      {{QStringLiteral("统一社会信用代码"), QStringLiteral("91988026TUJNB042RC")},
                       {text, QStringLiteral("84 · 7×24 · 12 个月")}});
        QCoreApplication::processEvents();

        const auto* form = pane->findChild<QFormLayout*>();
        const auto* label = qobject_cast<QLabel*>(form->itemAt(1, QFormLayout::LabelRole)->widget());
        const QStringList lines = label->text().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() > 1, qPrintable(label->text()));
        QCOMPARE(lines.join(QString()), text);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines.at(i).endsWith(QStringLiteral("、")), qPrintable(label->text()));
    }

    /// A contract's rows in a window too low for them all: the form squeezed every row below the
    /// height of its text (a value of three lines showed one and a half), where the pane now
    /// scrolls.
    void rowsTallerThanThePane_keepTheirHeight_andThePaneScrolls()
    {
        QSplitter splitter;
        DetailPane* pane = paneAtItsUsualWidth(splitter, 200);
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        pane->setRows(
            QStringLiteral("Contract HT20261004-B0EB2474"),
            {{QStringLiteral("State"), QStringLiteral("Effective · In effect")},
             {QStringLiteral("Seal method"), QStringLiteral("One-sided platform e-seal")},
             {QStringLiteral("Buyer"), QStringLiteral("宁波数智咨询服务有限公司 (1000000000126462)")},
             {QStringLiteral("Party A"),
              QStringLiteral("宁波数智咨询服务有限公司\n上海市浦东新区世纪大道393号\n"
                             "王芳 13812345678 partya@ningbo-shuzhi.example.cn")},
             {QStringLiteral("Validity"), QStringLiteral("2026-10-04 – 2027-10-03")},
             {QStringLiteral("Applied at"), QStringLiteral("2026-10-04 07:54 by demo")}});
        const auto* scrollArea = pane->findChild<QScrollArea*>();
        QVERIFY(scrollArea);
        QTRY_VERIFY(scrollArea->verticalScrollBar()->isVisible());

        const auto* form = pane->findChild<QFormLayout*>();
        for (int row = 0; row < form->rowCount(); ++row) {
            const auto* value = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::FieldRole)->widget());
            const int needed = value->heightForWidth(value->width());
            QVERIFY2(value->height() >= needed,
                     qPrintable(QStringLiteral("row %1 (%2): %3 of %4 pixels at a width of %5")
                                    .arg(row)
                                    .arg(value->text())
                                    .arg(value->height())
                                    .arg(needed)
                                    .arg(value->width())));
        }
    }

    void wrappingValue_mayBeNarrowerThanItsText()
    {
        const QString sentence = QStringLiteral("Deployment and data migration for small companies");
        DetailPane pane;
        pane.setRows(QStringLiteral("Title"), {{QStringLiteral("Main business"), sentence}});
        pane.resize(120, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        const auto labels = pane.findChildren<QLabel*>();
        const auto value = std::find_if(labels.cbegin(), labels.cend(),
                                        [&](const QLabel* label) { return label->text() == sentence; });
        QVERIFY(value != labels.cend());
        QVERIFY((*value)->minimumWidth() < (*value)->fontMetrics().horizontalAdvance(sentence));
        QVERIFY((*value)->minimumWidth()
                >= (*value)->fontMetrics().horizontalAdvance(QStringLiteral("Deployment")));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
