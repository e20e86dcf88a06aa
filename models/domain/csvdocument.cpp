#include "csvdocument.h"

#include <QStringDecoder>

namespace {

constexpr QChar replacementCharacter(0xFFFD);

/// Whether `text`, decoded as UTF-8 with errors, is a UTF-8 file with a few damaged bytes rather
/// than one in another encoding: it holds more well-formed characters of three UTF-8 bytes (every
/// Chinese character) than replacements. GBK text read as UTF-8 yields a replacement for almost
/// every character and hardly ever a well-formed three-byte sequence.
bool mostlyUtf8(QStringView text)
{
    qsizetype wellFormed = 0;
    qsizetype replaced = 0;
    for (const QChar character : text) {
        if (character == replacementCharacter)
            ++replaced;
        else if (character.unicode() >= 0x800)
            ++wellFormed;
    }
    return wellFormed > replaced;
}

} // namespace

QString CsvDocument::decode(const QByteArray& bytes, QString* encoding)
{
    const auto report = [encoding](const char* name) {
        if (encoding)
            *encoding = QLatin1String(name);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        report("UTF-8 BOM");
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        report("UTF-16");
        QStringDecoder utf16(QStringDecoder::Utf16);
        return utf16.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError() || mostlyUtf8(text)) {
        report("UTF-8");
        return text;
    }
    // Not UTF-8: GB 18030 is a superset of GBK and GB 2312, what Chinese Windows writes.
    report("GB18030");
    QStringDecoder gb18030("GB18030");
    return gb18030.decode(bytes);
}

CsvDocument::Result CsvDocument::read(const QByteArray& bytes)
{
    QString encoding;
    const QString text = decode(bytes, &encoding);
    Result result = parse(text);
    result.encoding = encoding;
    return result;
}

CsvDocument::Result CsvDocument::parse(QStringView text)
{
    Result result;
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QStringView firstLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar separator = firstLine.contains(u'\t') && !firstLine.contains(u',') ? u'\t' : u',';

    int line = 1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        Record record;
        record.line = line;
        QString field;
        bool recordDone = false;
        while (!recordDone) {
            if (i < size && text[i] == u'"') {
                ++i;
                const int quoteLine = line;
                bool closed = false;
                while (i < size) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < size && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\n')
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    result.error
                        = tr("A quoted field that starts on line %1 is never closed.").arg(quoteLine);
                    result.errorLine = quoteLine;
                    return result;
                }
            }
            // Unquoted text, or what follows a closing quote up to the separator.
            const qsizetype start = i;
            while (i < size && text[i] != separator && text[i] != u'\n')
                ++i;
            QStringView rest = text.mid(start, i - start);
            if (rest.endsWith(u'\r'))
                rest.chop(1);
            field += rest;
            record.fields << field;
            field.clear();
            if (i >= size) {
                recordDone = true;
            } else if (text[i] == separator) {
                ++i;
            } else {
                ++i;
                ++line;
                recordDone = true;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            result.records << record;
    }
    return result;
}

std::optional<QString> CsvDocument::damageIn(const Record& record)
{
    for (const QString& field : record.fields) {
        if (field.contains(QChar(u'\0')))
            return tr("The line contains a NUL character.");
        if (field.contains(replacementCharacter))
            return tr("The line contains bytes that are not text in the file's encoding (a damaged "
                      "file, or one saved in another encoding): correct it and import it again.");
    }
    return std::nullopt;
}

QString CsvDocument::formatLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) {
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')
            || field.startsWith(u' ') || field.endsWith(u' ')) {
            QString escaped = field;
            escaped.replace(u'"', QStringLiteral("\"\""));
            quoted << u'"' + escaped + u'"';
        } else {
            quoted << field;
        }
    }
    return quoted.join(u',');
}
