#pragma once

#include "invoicerequestrepository.h"

#include <QDialog>

class Clock;
class InvoiceService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/// Issues many requests in one go, all or none: either the selected paper requests with
/// consecutive invoice numbers from a first number, or the lines of the tax software's result
/// file. Every line shows its outcome before anything is applied.
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
    };
    enum class Mode { ConsecutiveNumbers, ResultFile };

    BatchIssueDialog(Mode mode, const QList<Line>& lines, const QStringList& couriers,
                     InvoiceService& service, const Clock& clock, const QString& actor,
                     QWidget* parent = nullptr);

    QLineEdit* firstNumberEdit() const { return m_firstNumber; }
    QTableWidget* table() const { return m_table; }
    /// The ids issued by accept().
    QStringList issuedIds() const { return m_issued; }

public slots:
    void accept() override;

private:
    void numberLines();
    void refreshTable();
    void readTable();

    Mode m_mode;
    QList<Line> m_lines;
    InvoiceService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QLineEdit* m_firstNumber = nullptr;
    QComboBox* m_courier = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_apply = nullptr;
    QStringList m_issued;
};
