#include "backgroundwriter.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

/// BackgroundWriter: work runs in the order posted, on another thread; a wait for a ticket
/// returns once that work has run; after an error the rest is skipped and the error is kept until
/// taken; the destructor waits for what was posted.
class TestBackgroundWriter : public QObject
{
    Q_OBJECT
private slots:
    void work_runsInOrder_onAnotherThread()
    {
        QList<int> order;
        std::atomic<bool> elsewhere {true};
        const std::thread::id caller = std::this_thread::get_id();
        BackgroundWriter writer;
        for (int i = 0; i < 50; ++i) {
            writer.post([&, i] {
                if (std::this_thread::get_id() == caller)
                    elsewhere = false;
                order << i;
                return QString();
            });
        }
        writer.waitForAll();
        QCOMPARE(order.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(order.at(i), i);
        QVERIFY(elsewhere);
        QVERIFY(writer.takeError().isEmpty());
    }

    void waitFor_returnsOnceThatWorkRan()
    {
        std::atomic<bool> release {false};
        std::atomic<bool> firstDone {false};
        BackgroundWriter writer;
        const BackgroundWriter::Ticket first = writer.post([&] {
            firstDone = true;
            return QString();
        });
        writer.post([&] {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return QString();
        });
        writer.waitFor(first); // returns although the second piece is still blocked
        QVERIFY(firstDone);
        release = true;
        writer.waitForAll();
    }

    void afterAnError_theRestIsSkipped_andTheErrorTakenOnce()
    {
        int ran = 0;
        BackgroundWriter writer;
        writer.post([&] {
            ++ran;
            return QStringLiteral("the first failed");
        });
        writer.post([&] {
            ++ran;
            return QStringLiteral("never run");
        });
        writer.waitForAll();
        QCOMPARE(ran, 1);
        QCOMPARE(writer.takeError(), QStringLiteral("the first failed"));
        QVERIFY(writer.takeError().isEmpty());
        writer.post([&] {
            ++ran;
            return QString();
        });
        writer.waitForAll();
        QCOMPARE(ran, 2);
    }

    void destructor_waitsForPostedWork()
    {
        std::atomic<int> ran {0};
        {
            BackgroundWriter writer;
            for (int i = 0; i < 5; ++i) {
                writer.post([&] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    ++ran;
                    return QString();
                });
            }
        }
        QCOMPARE(ran.load(), 5);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundWriter)
#include "tst_backgroundwriter.moc"
