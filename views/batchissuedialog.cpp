#include "batchissuedialog.h"

#include "clock.h"
#include "domaintext.h"
#include "invoiceservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace {

enum TableColumn { FileLine, Request, OrderNo, Amount, InvoiceNo, Courier, TrackingNo, Outcome, ColumnCount };

} // namespace

BatchIssueDialog::BatchIssueDialog(Mode mode, const QList<Line>& lines, const QStringList& couriers,
                                   InvoiceService& service, const Clock& clock, const QString& actor,
                                   QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_lines(lines)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_summary(new QLabel)
{
    setWindowTitle(mode == Mode::ConsecutiveNumbers ? tr("Issue %n requests", nullptr, int(lines.size()))
                                                    : tr("Apply the tax software's results"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Request"), tr("Order ID"), tr("Amount"),
                                        tr("Invoice number"), tr("Courier"), tr("Tracking number"),
                                        tr("Outcome")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(FileLine, mode == Mode::ConsecutiveNumbers);
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::ConsecutiveNumbers) {
        m_firstNumber = new QLineEdit;
        m_firstNumber->setObjectName(QStringLiteral("firstNumber"));
        m_firstNumber->setPlaceholderText(tr("e.g. 04471235"));
        m_courier = new QComboBox;
        m_courier->setEditable(true);
        m_courier->addItems(couriers);
        auto* form = new QFormLayout;
        form->addRow(tr("&First invoice number"), m_firstNumber);
        form->addRow(tr("&Courier for all"), m_courier);
        layout->addLayout(form);
        connect(m_firstNumber, &QLineEdit::textChanged, this, &BatchIssueDialog::numberLines);
        connect(m_courier, &QComboBox::currentTextChanged, this, &BatchIssueDialog::numberLines);
        connect(m_table, &QTableWidget::itemChanged, this, [this] {
            readTable();
            refreshTable();
        });
    } else {
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setText(tr("&Issue all"));
    connect(m_apply, &QPushButton::clicked, this, &BatchIssueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchIssueDialog::reject);
    layout->addWidget(buttons);
    if (mode == Mode::ConsecutiveNumbers)
        numberLines();
    else
        refreshTable();
    resize(1000, 520);
}

void BatchIssueDialog::numberLines()
{
    const QStringList numbers
        = IssueInvoiceBatch::consecutiveNumbers(m_firstNumber->text(), int(m_lines.size()));
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        m_lines[i].invoiceNo = numbers.value(i);
        m_lines[i].courier = m_courier->currentText();
    }
    refreshTable();
}

void BatchIssueDialog::readTable()
{
    for (int row = 0; row < m_table->rowCount() && row < m_lines.size(); ++row) {
        m_lines[row].invoiceNo = m_table->item(row, InvoiceNo)->text().trimmed();
        m_lines[row].courier = m_table->item(row, Courier)->text().trimmed();
        m_lines[row].trackingNo = m_table->item(row, TrackingNo)->text().trimmed();
    }
}

void BatchIssueDialog::refreshTable()
{
    const QSignalBlocker blocker(m_table);
    const QLocale locale;
    m_table->setRowCount(int(m_lines.size()));
    int problems = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        Line& line = m_lines[row];
        QString problem = line.problem;
        if (problem.isEmpty() && line.request) {
            MoveInvoiceRequest check;
            check.action = InvoiceAction::Issue;
            check.invoiceNo = line.invoiceNo;
            check.courier = line.courier;
            check.trackingNo = line.trackingNo;
            if (line.request->medium != InvoiceMedium::Paper)
                problem = tr("An electronic invoice needs its file: issue it on its own.");
            else if (line.request->orderRefundFlag())
                problem = tr("The order was refunded: mark the request refunded instead.");
            else if (const FieldErrors errors = check.validate(InvoiceMedium::Paper, line.request->status);
                     !errors.isEmpty())
                problem = errors.first().message;
        }
        if (!problem.isEmpty())
            ++problems;
        const QStringList cells {line.fileLine > 0 ? QString::number(line.fileLine) : QString(),
                                 line.request ? line.request->requestNo : QString(),
                                 line.orderNo,
                                 line.request ? line.request->amount.format(locale) : QString(),
                                 line.invoiceNo,
                                 line.courier,
                                 line.trackingNo,
                                 problem.isEmpty() ? tr("Ready") : problem};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            const bool editable = m_mode == Mode::ConsecutiveNumbers
                && (column == InvoiceNo || column == Courier || column == TrackingNo);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (column == Outcome && !problem.isEmpty())
                item->setForeground(QColor(0xC0, 0x39, 0x2B));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        problems == 0
            ? tr("All %n lines are ready. Issuing applies all of them or none.", nullptr, int(m_lines.size()))
            : tr("%n lines have a problem: nothing can be issued until every line is ready.", nullptr,
                 problems));
    m_apply->setEnabled(problems == 0 && !m_lines.isEmpty());
}

void BatchIssueDialog::accept()
{
    IssueInvoiceBatch batch;
    batch.header = {CommandId(QUuid::createUuid()), m_actor, m_clock.nowUtc()};
    for (const Line& line : std::as_const(m_lines)) {
        if (line.request)
            batch.items << IssueInvoiceBatch::Item {line.request->id, line.request->version, line.invoiceNo,
                                                    line.courier, line.trackingNo};
    }
    const WriteOutcome outcome = m_service.issueBatch(batch);
    if (outcome.succeeded()) {
        for (const auto& item : std::as_const(batch.items))
            m_issued << item.requestId;
        QDialog::accept();
        return;
    }
    QString message = outcome.message;
    for (const FieldError& error : outcome.fieldErrors)
        message += (message.isEmpty() ? QString() : QStringLiteral("\n")) + error.message;
    QMessageBox::warning(this, tr("Nothing was issued"), message);
}
