#include "fieldmerge.h"

#include <QTest>

class TestFieldMerge : public QObject
{
    Q_OBJECT
private slots:
    void keepsTheirs_reappliesMine_reportsCollisions()
    {
        const QHash<QString, QString> base {{QStringLiteral("person"), QStringLiteral("王芳")},
                                            {QStringLiteral("phone"), QStringLiteral("13800000000")},
                                            {QStringLiteral("email"), QStringLiteral("a@x.cn")}};
        QHash<QString, QString> theirs = base;
        theirs.insert(QStringLiteral("phone"), QStringLiteral("13911111111"));
        theirs.insert(QStringLiteral("email"), QStringLiteral("b@x.cn"));
        QHash<QString, QString> mine = base;
        mine.insert(QStringLiteral("person"), QStringLiteral("李雷")); // only I changed it
        mine.insert(QStringLiteral("email"), QStringLiteral("c@x.cn")); // both changed it
        const FieldMerge::Result result = FieldMerge::merge(base, theirs, mine);
        QCOMPARE(result.merged.value(QStringLiteral("person")), QStringLiteral("李雷"));
        QCOMPARE(result.merged.value(QStringLiteral("phone")), QStringLiteral("13911111111"));
        QCOMPARE(result.merged.value(QStringLiteral("email")), QStringLiteral("b@x.cn"));
        QCOMPARE(result.reapplied, QStringList {QStringLiteral("person")});
        QCOMPARE(result.collisions, QStringList {QStringLiteral("email")});

        // The same change on both sides is no collision.
        mine.insert(QStringLiteral("email"), QStringLiteral("b@x.cn"));
        QVERIFY(FieldMerge::merge(base, theirs, mine).collisions.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldMerge)
#include "tst_fieldmerge.moc"
