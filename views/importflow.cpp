#include "importflow.h"

#include "backgroundtask.h"
#include "csvdocument.h"
#include "database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

bool ImportFlow::run(QWidget* parent, Database& database, const QString& path, const Steps& steps)
{
    ImportOutcome checked;
    QString error;
    BackgroundTask::run(parent, tr("Checking %1…").arg(QFileInfo(path).fileName()),
                        [&](const BackgroundTask::Progress& progress) {
                            auto worker = database.openAnother(&error);
                            if (error.isEmpty())
                                checked = steps.check(*worker, progress);
                        });
    if (error.isEmpty())
        error = checked.error;
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Import"), error);
        return false;
    }
    const bool skipInvalid = checked.rejected > 0;
    if (skipInvalid && !acceptBadLines(parent, path, checked, steps.header()))
        return false;
    ImportOutcome outcome;
    const bool finished = BackgroundTask::run(parent, tr("Importing %1…").arg(QFileInfo(path).fileName()),
                                              [&](const BackgroundTask::Progress& progress) {
                                                  auto worker = database.openAnother(&error);
                                                  if (error.isEmpty())
                                                      outcome = steps.apply(*worker, skipInvalid, progress);
                                              });
    if (!finished || outcome.cancelled) {
        QMessageBox::information(parent, tr("Import cancelled"), tr("Nothing was imported."));
        return false;
    }
    if (!error.isEmpty() || !outcome.error.isEmpty()) {
        QMessageBox::warning(parent, tr("Import"), error.isEmpty() ? outcome.error : error);
        return false;
    }
    QMessageBox::information(parent, tr("Import finished"),
                             tr("Imported %1, rejected %2.").arg(outcome.imported).arg(outcome.rejected));
    return true;
}

QString ImportFlow::badLinesSummary(const ImportOutcome& checked)
{
    return tr("%1, %2. Nothing is imported while a line is bad.")
        .arg(tr("%Ln good line(s)", nullptr, checked.imported),
             tr("%Ln bad line(s)", nullptr, checked.rejected));
}

bool ImportFlow::acceptBadLines(QWidget* parent, const QString& path, const ImportOutcome& checked,
                                const QStringList& header)
{
    QStringList lines;
    for (const auto& bad : checked.badLines.mid(0, 20))
        lines << tr("Line %1: %2").arg(bad.line).arg(bad.reason);
    if (checked.badLines.size() > 20)
        lines << tr("… and %n more", nullptr, int(checked.badLines.size() - 20));
    QMessageBox box(QMessageBox::Warning, tr("Bad lines in the file"), badLinesSummary(checked),
                    QMessageBox::Cancel, parent);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
    QPushButton* skip
        = box.addButton(tr("Import the good lines and save the bad ones…"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() != skip)
        return false;
    const QString rejects = QFileDialog::getSaveFileName(
        parent, tr("Save the bad lines"),
        QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + QStringLiteral("-rejected.csv")),
        tr("CSV files (*.csv)"));
    if (rejects.isEmpty())
        return false;
    QSaveFile out(rejects);
    if (out.open(QIODevice::WriteOnly)) {
        out.write("\xEF\xBB\xBF" + CsvDocument::formatLine(QStringList(header) << tr("Reason")).toUtf8()
                  + "\r\n");
        for (const auto& bad : checked.badLines)
            out.write(CsvDocument::formatLine(QStringList(bad.fields)
                                              << tr("Line %1: %2").arg(bad.line).arg(bad.reason))
                          .toUtf8()
                      + "\r\n");
    }
    if (!out.commit()) {
        QMessageBox::warning(parent, tr("Import"),
                             tr("%1 cannot be written: %2").arg(rejects, out.errorString()));
        return false;
    }
    return true;
}
