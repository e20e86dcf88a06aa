#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Comma-separated text as spreadsheets and consoles write it (RFC 4180): quoted fields may hold
/// commas, quotes ("") and line breaks. Reads UTF-8 with or without a byte order mark, UTF-16 with
/// one, and GBK/GB 18030 (what Chinese Excel saves); a tab-separated file is recognised by its
/// first line. A UTF-8 file with a few damaged bytes stays UTF-8: only its damaged lines are
/// lost, not every Chinese character of it.
class CsvDocument
{
    Q_DECLARE_TR_FUNCTIONS(CsvDocument)
public:
    struct Record
    {
        int line = 0; ///< 1-based line of the file where the record starts
        QStringList fields;
    };
    struct Result
    {
        QList<Record> records;
        QString encoding; ///< "UTF-8", "UTF-8 BOM", "UTF-16" or "GB18030"
        QString error; ///< translated; set when the file cannot be read to its end
        int errorLine = 0;
    };

    static Result read(const QByteArray& bytes);
    static Result parse(QStringView text);
    /// The text of `bytes` in the encoding recognised as described above.
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
    /// Why `record` cannot be taken as it stands: it holds a NUL character, or bytes that were not
    /// text in the file's encoding (U+FFFD after decoding: a damaged or mis-saved file). Nothing
    /// when it is clean text.
    static std::optional<QString> damageIn(const Record& record);
    /// One CSV line (no line break) with fields quoted where needed.
    static QString formatLine(const QStringList& fields);
};
