#include "importflow.h"

#include "backgroundtask.h"
#include "csvdocument.h"
#include "database.h"
#include "importpreviewdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
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
    ImportPreviewDialog preview(QFileInfo(path).fileName(), checked, parent);
    if (preview.exec() != QDialog::Accepted)
        return false;
    const bool skipInvalid = checked.rejected > 0;
    if (skipInvalid && !saveBadLines(parent, path, checked, steps.header()))
        return false;
    if (checked.imported == 0)
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
    QMessageBox::information(parent, tr("Import finished"), doneSummary(outcome));
    return true;
}

QString ImportFlow::doneSummary(const ImportOutcome& outcome)
{
    QStringList sentences {tr("Imported %Ln line(s).", nullptr, outcome.imported)};
    if (outcome.alreadyKnown > 0)
        sentences << tr("%Ln line(s) already known were left out.", nullptr, outcome.alreadyKnown);
    if (outcome.rejected > 0)
        sentences << tr("%Ln bad line(s) were not imported.", nullptr, outcome.rejected);
    return sentences.join(QLatin1Char(' '));
}

bool ImportFlow::saveBadLines(QWidget* parent, const QString& path, const ImportOutcome& checked,
                              const QStringList& header)
{
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
            out.write(CsvDocument::formatLine(QStringList(bad.fields) << ImportPreviewDialog::describe(bad))
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
