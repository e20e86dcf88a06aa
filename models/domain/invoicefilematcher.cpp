#include "invoicefilematcher.h"

#include <QFileInfo>

namespace {

const QStringList formatsByPreference {QStringLiteral("pdf"), QStringLiteral("ofd"), QStringLiteral("xml")};

bool isWordCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// Whether `key` occurs in `text` with no ASCII letter or digit right before or after it.
bool containsAsWord(const QString& text, const QString& key)
{
    for (qsizetype at = text.indexOf(key, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(key, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + key.size();
        const bool startsWord = at == 0 || !isWordCharacter(text.at(at - 1));
        const bool endsWord = end == text.size() || !isWordCharacter(text.at(end));
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

} // namespace

InvoiceFileMatcher::InvoiceFileMatcher(const QStringList& fileNames)
{
    for (const QString& name : fileNames) {
        if (isInvoiceFile(name))
            m_fileNames << name;
    }
    m_fileNames.sort();
}

bool InvoiceFileMatcher::isInvoiceFile(const QString& fileName)
{
    return formatsByPreference.contains(QFileInfo(fileName).suffix().toLower());
}

QStringList InvoiceFileMatcher::filesNaming(const QString& key) const
{
    QStringList found;
    if (key.trimmed().isEmpty())
        return found;
    for (const QString& name : m_fileNames) {
        if (containsAsWord(QFileInfo(name).completeBaseName(), key.trimmed()))
            found << name;
    }
    return found;
}

InvoiceFileMatcher::Match InvoiceFileMatcher::match(const QString& invoiceNo, const QString& orderNo) const
{
    QStringList found = filesNaming(invoiceNo);
    if (found.isEmpty())
        found = filesNaming(orderNo);
    if (found.isEmpty())
        return {QString(),
                tr("No file in the folder has invoice number %1 or order ID %2 in its name.")
                    .arg(invoiceNo, orderNo)};
    const QString baseName = QFileInfo(found.first()).completeBaseName();
    for (const QString& name : std::as_const(found)) {
        if (QFileInfo(name).completeBaseName() != baseName)
            return {QString(),
                    tr("Several files could be this invoice's: %1.").arg(found.join(QStringLiteral(", ")))};
    }
    std::sort(found.begin(), found.end(), [](const QString& a, const QString& b) {
        return formatsByPreference.indexOf(QFileInfo(a).suffix().toLower())
            < formatsByPreference.indexOf(QFileInfo(b).suffix().toLower());
    });
    return {found.first(), QString()};
}
