#include "marketplaceinvoice.h"

TitleKind MarketplaceInvoice::titleKind() const
{
    if (!taxpayerId.isEmpty())
        return TitleKind::Enterprise;
    return title == QStringLiteral("个人") ? TitleKind::Personal : TitleKind::Organisation;
}
