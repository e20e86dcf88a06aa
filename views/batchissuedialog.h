#pragma once

#include "invoicefilematcher.h"
#include "invoicerequestrepository.h"

#include <QDialog>
#include <QFileSystemWatcher>
#include <QHash>

class Clock;
class InvoiceService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/// Issues many requests in one go, all or none: either the selected requests with consecutive
/// invoice numbers from a first number, or the lines of the tax software's result file. Paper
/// requests take courier and tracking number; electronic and 数电 requests take their e-mail
/// address and their file, found by invoice number or order ID in a folder the clerk chooses.
/// The tracking numbers may come from the courier's list of booked parcels once the invoices are
/// printed and packed. Every line shows its outcome before anything is applied.
class BatchIssueDialog : public QDialog
{
    Q_OBJECT
public:
    struct Line
    {
        std::optional<InvoiceRequestRepository::Detail> request; ///< empty when no request matched
        int fileLine = 0; ///< 0 when the line comes from the selection
        QString orderNo;
        QString invoiceNo;
        QString courier;
        QString trackingNo;
        QString problem; ///< translated; empty when the line can be applied
        QString email; ///< electronic and 数电: the request's own address unless set
        QString fileName; ///< electronic and 数电: the file matched in the folder
    };
    enum class Mode { ConsecutiveNumbers, ResultFile };

    BatchIssueDialog(Mode mode, const QList<Line>& lines, const QStringList& couriers,
                     InvoiceService& service, const Clock& clock, const QString& actor,
                     QWidget* parent = nullptr);

    QLineEdit* firstNumberEdit() const { return m_firstNumber; }
    QTableWidget* table() const { return m_table; }
    QPushButton* applyButton() const { return m_apply; }
    /// Looks for the electronic invoices' files in `folder` (what the folder button does).
    void setInvoiceFolder(const QString& folder);
    /// Fills the paper requests' tracking numbers (and couriers, where it names them) from the
    /// courier's list of booked parcels at `path` (what the courier list button does), and says
    /// beneath the form what matched and what did not.
    void readCourierList(const QString& path);
    QLabel* courierReport() const { return m_courierReport; }
    /// The ids issued by accept().
    QStringList issuedIds() const { return m_issued; }

public slots:
    void accept() override;

private:
    void numberLines();
    void applyCourierForAll();
    void chooseCourierList();
    void refreshTable();
    void readTable();
    void chooseFolder();
    QString lineProblem(Line& line) const;
    /// The file's bytes, read once; nullptr with `error` set when it cannot be used.
    const QByteArray* fileContent(const QString& fileName, QString* error) const;

    Mode m_mode;
    QList<Line> m_lines;
    InvoiceService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QLineEdit* m_firstNumber = nullptr;
    QComboBox* m_courier = nullptr;
    QPushButton* m_folderButton = nullptr;
    QLabel* m_courierReport = nullptr;
    QString m_folder;
    /// Files the clerk saves into the folder while the dialog is open are matched at once.
    QFileSystemWatcher m_folderWatcher;
    InvoiceFileMatcher m_matcher {QStringList()};
    mutable QHash<QString, QByteArray> m_fileContents;
    mutable QHash<QString, QString> m_fileErrors;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_apply = nullptr;
    QStringList m_issued;
};
