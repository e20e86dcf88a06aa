#include "memoryprobe.h"

#include "database.h"
#include "databaseurl.h"
#include "invoicelistmodel.h"
#include "naivequeue.h"
#include "systemclock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

namespace {

constexpr int pages = 10;
constexpr int pageRows = 200;

} // namespace

double MemoryProbe::residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
    const QRegularExpressionMatch match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024 : 0;
}

int MemoryProbe::runChild(const QString& mode, const QString& url, int naiveTimeoutMs)
{
    const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return 2;
    Database database(*parsed);
    if (const QString error = database.open(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (mode == QStringLiteral("naive")) {
        NaiveQueue naive(database.connection());
        if (!naive.open(QDeadlineTimer(naiveTimeoutMs))) {
            std::printf("timeout\n");
            return 0;
        }
        naive.paint(0, pages * pageRows);
        std::printf("rss_mb %.1f\n", residentMb());
        return 0;
    }
    const SystemClock clock;
    InvoiceListModel model(database, clock);
    model.reload();
    for (int page = 1; page < pages && model.canFetchMore({}); ++page)
        model.fetchMore({});
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
    }
    std::printf("rss_mb %.1f\n", residentMb());
    return 0;
}

std::optional<double> MemoryProbe::measure(const QString& mode, const QString& url, int naiveTimeoutMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--probe-memory"), mode, QStringLiteral("--database"), url,
                 QStringLiteral("--naive-timeout"), QString::number(naiveTimeoutMs / 1000)});
    if (!child.waitForFinished(naiveTimeoutMs + 120000) || child.exitCode() != 0)
        return std::nullopt;
    static const QRegularExpression line(QStringLiteral("rss_mb ([0-9.]+)"));
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(child.readAllStandardOutput()));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toDouble();
}
