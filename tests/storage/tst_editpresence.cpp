#include "editpresence.h"
#include "freshdatabase.h"

#include <QTest>

class TestEditPresence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { FreshDatabase::addBackendRows(); }
    void init() { OPEN_FRESH_DATABASE(m_fresh); }
    void cleanup() { m_fresh.reset(); }

    void othersSeeWhoEdits_notThemselves_notStaleOnes()
    {
        EditPresence presence(m_fresh->database());
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        presence.announce(QStringLiteral("vendor"), QStringLiteral("v1"), QStringLiteral("wang"), now);
        presence.announce(QStringLiteral("vendor"), QStringLiteral("v1"), QStringLiteral("li"),
                          now.addSecs(60));
        presence.announce(QStringLiteral("vendor"), QStringLiteral("v2"), QStringLiteral("zhao"), now);
        // Announcing again replaces one's own row instead of adding a second.
        presence.announce(QStringLiteral("vendor"), QStringLiteral("v1"), QStringLiteral("wang"),
                          now.addSecs(30));

        auto others = presence.others(QStringLiteral("vendor"), QStringLiteral("v1"), QStringLiteral("li"),
                                      now.addSecs(90));
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().holder, QStringLiteral("wang"));
        QCOMPARE(others.first().since, now.addSecs(30));
        QCOMPARE(presence
                     .others(QStringLiteral("vendor"), QStringLiteral("v1"), QStringLiteral("zhao"),
                             now.addSecs(90))
                     .size(),
                 2);

        // An hour later the announcements are a crashed client's: ignored.
        QVERIFY(presence
                    .others(QStringLiteral("vendor"), QStringLiteral("v1"), QStringLiteral("zhao"),
                            now.addMSecs(EditPresence::staleAfterMs + 60'000 + 1))
                    .isEmpty());
        presence.withdraw(QStringLiteral("vendor"), QStringLiteral("v1"), QStringLiteral("wang"));
        others = presence.others(QStringLiteral("vendor"), QStringLiteral("v1"), QStringLiteral("zhao"),
                                 now.addSecs(90));
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().holder, QStringLiteral("li"));
    }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
};

QTEST_GUILESS_MAIN(TestEditPresence)
#include "tst_editpresence.moc"
