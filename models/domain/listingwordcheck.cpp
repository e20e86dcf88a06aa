#include "listingwordcheck.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

/// Absolute and superlative claims of the kind China's advertising rules forbid.
const QStringList exaggerations {
    QStringLiteral("唯一"), QStringLiteral("最优"),   QStringLiteral("最佳"),     QStringLiteral("最好"),
    QStringLiteral("最强"), QStringLiteral("最低价"), QStringLiteral("第一"),     QStringLiteral("顶级"),
    QStringLiteral("独家"), QStringLiteral("国家级"), QStringLiteral("全网首发"), QStringLiteral("万能")};
/// Ways of taking the sale or the buyer off the marketplace.
const QStringList outsideSales {
    QStringLiteral("微信"),     QStringLiteral("加V"),      QStringLiteral("QQ"),  QStringLiteral("线下交易"),
    QStringLiteral("私下交易"), QStringLiteral("线下付款"), QStringLiteral("淘宝")};
const QStringList separateRegistrations {QStringLiteral("注册账号"), QStringLiteral("注册帐号"),
                                         QStringLiteral("注册会员"), QStringLiteral("另行注册")};
/// The marketplace's own pages may be linked.
const QStringList platformHosts {QStringLiteral("aliyun.com"), QStringLiteral("alibabacloud.com")};

void findWords(const QString& text, const QStringList& words, ListingWordCheck::Kind kind,
               QList<ListingWordCheck::Finding>& found)
{
    for (const QString& word : words) {
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive))
            found.append({kind, text.mid(at, word.size()), int(at)});
    }
}

bool isPlatformHost(const QString& link)
{
    static const QRegularExpression hostPattern(QStringLiteral("^(?:https?://)?([^/:?#\\s]+)"),
                                                QRegularExpression::CaseInsensitiveOption);
    const QString host = hostPattern.match(link).captured(1).toLower();
    return std::any_of(platformHosts.begin(), platformHosts.end(), [&](const QString& platform) {
        return host == platform || host.endsWith(QLatin1Char('.') + platform);
    });
}

} // namespace

QList<ListingWordCheck::Finding> ListingWordCheck::findings(const QString& description)
{
    QList<Finding> found;
    findWords(description, exaggerations, Kind::Exaggeration, found);
    findWords(description, outsideSales, Kind::OutsideSale, found);
    findWords(description, separateRegistrations, Kind::SeparateRegistration, found);
    // A web address with a scheme or www., or a bare host under a common top-level domain.
    static const QRegularExpression linkPattern(
        QStringLiteral(
            "(?:https?://|www\\.)[^\\s，。；、）)]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|io|"
            "top|xyz|cc)\\b(?:/[^\\s，。；、）)]*)?"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = linkPattern.globalMatch(description); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!isPlatformHost(match.captured()))
            found.append({Kind::OutsideLink, match.captured(), int(match.capturedStart())});
    }
    std::sort(found.begin(), found.end(),
              [](const Finding& a, const Finding& b) { return a.position < b.position; });
    return found;
}
