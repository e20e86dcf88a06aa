#include "attachmentreader.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

/// The file behind every "Add file…" of the application, violation and delivery-step dialogs.
class TestAttachmentReader : public QObject
{
    Q_OBJECT

private:
    /// The text of the warning `read` shows, closed at once; empty when none was shown.
    static QString warningOf(const std::function<void()>& read)
    {
        QString shown;
        QTimer watcher;
        QObject::connect(&watcher, &QTimer::timeout, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->close();
            }
        });
        watcher.start(10);
        read();
        return shown;
    }

    QTemporaryDir m_folder;

private slots:
    void smallFile_isRead()
    {
        const QString path = m_folder.filePath(QStringLiteral("licence.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7 营业执照");
        file.close();
        std::optional<QByteArray> content;
        QCOMPARE(warningOf([&] { content = AttachmentReader::read(nullptr, path, 1024); }), QString());
        QCOMPARE(content, QByteArray("%PDF-1.7 营业执照"));
    }

    /// A file over the limit is refused by its size, before it is read: this one is 4 GiB of
    /// nothing on disk, which reading would take seconds and all of that memory.
    void oversizedFile_isRefusedUnread()
    {
        const QString path = m_folder.filePath(QStringLiteral("recording.mp4"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(4) * 1024 * 1024 * 1024));
        file.close();
        std::optional<QByteArray> content = QByteArray("untouched");
        const QString warning
            = warningOf([&] { content = AttachmentReader::read(nullptr, path, qint64(20) * 1024 * 1024); });
        QCOMPARE(warning, QStringLiteral("recording.mp4 is larger than 20 MB."));
        QCOMPARE(content, std::nullopt);
    }

    void unreadableFile_saysWhy()
    {
        const QString path = m_folder.filePath(QStringLiteral("gone.pdf"));
        std::optional<QByteArray> content;
        const QString warning = warningOf([&] { content = AttachmentReader::read(nullptr, path, 1024); });
        QVERIFY2(warning.startsWith(path + QStringLiteral(" could not be read: ")), qPrintable(warning));
        QCOMPARE(content, std::nullopt);
    }
};

QTEST_MAIN(TestAttachmentReader)
#include "tst_attachmentreader.moc"
