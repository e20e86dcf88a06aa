#include "batchissuedialog.h"

#include "clock.h"
#include "couriermanifest.h"
#include "domaintext.h"
#include "invoiceservice.h"
#include "timeordereduuid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace {

enum TableColumn {
    FileLine,
    Request,
    OrderNo,
    Amount,
    InvoiceNo,
    Courier,
    TrackingNo,
    Email,
    File,
    Outcome,
    ColumnCount
};

bool isPaper(const BatchIssueDialog::Line& line)
{
    return !line.request || line.request->medium == InvoiceMedium::Paper;
}

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
    // A file added, removed or rewritten: the folder is read again, and the files with it.
    connect(&m_folderWatcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { setInvoiceFolder(m_folder); });
    bool anyPaper = false;
    bool anyElectronic = false;
    for (Line& line : m_lines) {
        anyPaper = anyPaper || isPaper(line);
        anyElectronic = anyElectronic || !isPaper(line);
        if (!isPaper(line) && line.email.isEmpty())
            line.email = line.request->email;
    }
    setWindowTitle(mode == Mode::ConsecutiveNumbers ? tr("Issue %n requests", nullptr, int(lines.size()))
                                                    : tr("Apply the tax software's results"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Request"), tr("Order ID"), tr("Amount"),
                                        tr("Invoice number"), tr("Courier"), tr("Tracking number"),
                                        tr("E-mail"), tr("Invoice file"), tr("Outcome")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(FileLine, mode == Mode::ConsecutiveNumbers);
    m_table->setColumnHidden(Courier, !anyPaper && mode == Mode::ConsecutiveNumbers);
    m_table->setColumnHidden(TrackingNo, !anyPaper && mode == Mode::ConsecutiveNumbers);
    m_table->setColumnHidden(Email, !anyElectronic);
    m_table->setColumnHidden(File, !anyElectronic);
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    if (mode == Mode::ConsecutiveNumbers) {
        m_firstNumber = new QLineEdit;
        m_firstNumber->setObjectName(QStringLiteral("firstNumber"));
        m_firstNumber->setPlaceholderText(tr("e.g. 04471235"));
        form->addRow(tr("&First invoice number"), m_firstNumber);
        connect(m_firstNumber, &QLineEdit::textChanged, this, &BatchIssueDialog::numberLines);
        if (anyPaper) {
            m_courier = new QComboBox;
            m_courier->setEditable(true);
            m_courier->addItems(couriers);
            form->addRow(tr("&Courier for all"), m_courier);
            connect(m_courier, &QComboBox::currentTextChanged, this, &BatchIssueDialog::applyCourierForAll);
            auto* courierList = new QPushButton(tr("Read the courier's list of parcels…"));
            courierList->setObjectName(QStringLiteral("courierList"));
            courierList->setToolTip(tr("The CSV the courier's system exports after booking: each paper "
                                       "request takes the parcel whose reference is its order ID, or "
                                       "else the parcel sent to its recipient's phone."));
            connect(courierList, &QPushButton::clicked, this, &BatchIssueDialog::chooseCourierList);
            form->addRow(tr("Trac&king numbers"), courierList);
            m_courierReport = new QLabel;
            m_courierReport->setObjectName(QStringLiteral("courierReport"));
            m_courierReport->setWordWrap(true);
            m_courierReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_courierReport->hide();
        }
    }
    if (anyElectronic) {
        m_folderButton = new QPushButton(tr("Choose the folder with the invoice files…"));
        m_folderButton->setObjectName(QStringLiteral("folder"));
        m_folderButton->setToolTip(tr("Each electronic invoice's file is the PDF, OFD or XML file whose name "
                                      "contains its invoice number, or else its order ID."));
        connect(m_folderButton, &QPushButton::clicked, this, &BatchIssueDialog::chooseFolder);
        form->addRow(tr("Invoice fi&les"), m_folderButton);
    }
    layout->addLayout(form);
    if (m_courierReport)
        layout->addWidget(m_courierReport);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        readTable();
        refreshTable();
    });
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setText(tr("&Issue all"));
    connect(m_apply, &QPushButton::clicked, this, &BatchIssueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchIssueDialog::reject);
    layout->addWidget(buttons);
    if (mode == Mode::ConsecutiveNumbers) {
        applyCourierForAll();
        numberLines();
    } else {
        refreshTable();
    }
    resize(1100, 520);
}

void BatchIssueDialog::numberLines()
{
    const QStringList numbers
        = IssueInvoiceBatch::consecutiveNumbers(m_firstNumber->text(), int(m_lines.size()));
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_lines[i].invoiceNo = numbers.value(i);
    refreshTable();
}

void BatchIssueDialog::applyCourierForAll()
{
    if (!m_courier)
        return;
    for (Line& line : m_lines)
        if (isPaper(line))
            line.courier = m_courier->currentText();
    refreshTable();
}

void BatchIssueDialog::chooseCourierList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The courier's list of parcels"), QString(),
                                                      tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty())
        readCourierList(path);
}

void BatchIssueDialog::readCourierList(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    const CourierManifest manifest
        = file.open(QIODevice::ReadOnly) ? CourierManifest::parse(file.readAll()) : CourierManifest();
    QStringList report;
    if (!file.isOpen())
        report << tr("%1 cannot be read: %2").arg(name, file.errorString());
    else if (!manifest.error().isEmpty())
        report << tr("%1: %2").arg(name, manifest.error());
    QList<Line*> paperLines;
    QList<CourierManifest::Recipient> recipients;
    for (Line& line : m_lines) {
        if (isPaper(line) && line.request) {
            paperLines << &line;
            const QString phone = line.request->recipientPhone.isEmpty() ? line.request->contactPhone
                                                                         : line.request->recipientPhone;
            recipients << CourierManifest::Recipient {line.orderNo, phone};
        }
    }
    if (report.isEmpty()) {
        const CourierManifest::Assignment assignment = manifest.assign(recipients);
        QSet<int> reportedLines;
        int filled = 0;
        for (qsizetype i = 0; i < paperLines.size(); ++i) {
            const CourierManifest::Match& match = assignment.matches.at(i);
            Line& line = *paperLines.at(i);
            if (match.trackingNo.isEmpty()) {
                report << tr("%1 (order %2): %3").arg(line.request->requestNo, line.orderNo, match.problem);
                reportedLines.unite(QSet<int>(match.lines.cbegin(), match.lines.cend()));
                continue;
            }
            line.trackingNo = match.trackingNo;
            if (!match.courier.isEmpty())
                line.courier = match.courier;
            ++filled;
        }
        for (const CourierManifest::Parcel& parcel : manifest.parcels())
            if (!parcel.problem.isEmpty() && !reportedLines.contains(parcel.line))
                report << tr("Line %1: %2").arg(parcel.line).arg(parcel.problem);
        if (!assignment.unusedLines.isEmpty()) {
            QStringList lines;
            for (int line : assignment.unusedLines)
                lines << QString::number(line);
            report << tr("%n line(s) name no request of this batch: %1.", nullptr, int(lines.size()))
                          .arg(QLocale().createSeparatedList(lines));
        }
        report.prepend(
            tr("%1: %2 of %n paper request(s) got their tracking numbers.", nullptr, int(paperLines.size()))
                .arg(name, QString::number(filled)));
    }
    m_courierReport->setText(report.join(QLatin1Char('\n')));
    m_courierReport->show();
    refreshTable();
}

void BatchIssueDialog::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder with the invoice files"), m_folder);
    if (!folder.isEmpty())
        setInvoiceFolder(folder);
}

void BatchIssueDialog::setInvoiceFolder(const QString& folder)
{
    if (folder != m_folder) {
        if (!m_folder.isEmpty())
            m_folderWatcher.removePath(m_folder);
        m_folderWatcher.addPath(folder);
    }
    m_folder = folder;
    m_matcher = InvoiceFileMatcher(QDir(folder).entryList(QDir::Files | QDir::Readable));
    m_fileContents.clear();
    m_fileErrors.clear();
    if (m_folderButton)
        m_folderButton->setText(QDir::toNativeSeparators(folder));
    refreshTable();
}

const QByteArray* BatchIssueDialog::fileContent(const QString& fileName, QString* error) const
{
    if (!m_fileContents.contains(fileName) && !m_fileErrors.contains(fileName)) {
        QFile file(QDir(m_folder).filePath(fileName));
        if (file.size() > MoveInvoiceRequest::maximumFileSize)
            m_fileErrors.insert(fileName, tr("%1 is larger than 20 MB.").arg(fileName));
        else if (!file.open(QIODevice::ReadOnly))
            m_fileErrors.insert(fileName, tr("%1 cannot be read: %2").arg(fileName, file.errorString()));
        else
            m_fileContents.insert(fileName, file.readAll());
    }
    *error = m_fileErrors.value(fileName);
    const auto found = m_fileContents.constFind(fileName);
    return found == m_fileContents.constEnd() ? nullptr : &found.value();
}

void BatchIssueDialog::readTable()
{
    for (int row = 0; row < m_table->rowCount() && row < m_lines.size(); ++row) {
        Line& line = m_lines[row];
        const auto text = [this, row](int column) { return m_table->item(row, column)->text().trimmed(); };
        if (m_mode == Mode::ConsecutiveNumbers) {
            line.invoiceNo = text(InvoiceNo);
            line.courier = text(Courier);
            line.trackingNo = text(TrackingNo);
        }
        if (!isPaper(line))
            line.email = text(Email);
    }
}

QString BatchIssueDialog::lineProblem(Line& line) const
{
    line.fileName.clear();
    if (!line.problem.isEmpty() || !line.request)
        return line.problem;
    if (line.request->orderRefundFlag())
        return tr("The order was refunded: mark the request refunded instead.");
    MoveInvoiceRequest check;
    check.action = InvoiceAction::Issue;
    check.invoiceNo = line.invoiceNo;
    check.courier = line.courier;
    check.trackingNo = line.trackingNo;
    if (!isPaper(line)) {
        if (m_folder.isEmpty())
            return tr("Choose the folder with the invoice files.");
        const InvoiceFileMatcher::Match match = m_matcher.match(line.invoiceNo, line.orderNo);
        if (!match.problem.isEmpty())
            return match.problem;
        line.fileName = match.fileName;
        QString error;
        const QByteArray* content = fileContent(line.fileName, &error);
        if (!content)
            return error;
        check.email = line.email;
        check.fileName = line.fileName;
        check.fileContent = *content;
    }
    const FieldErrors errors = check.validate(line.request->medium, line.request->status);
    return errors.isEmpty() ? QString() : errors.first().message;
}

void BatchIssueDialog::refreshTable()
{
    const QSignalBlocker blocker(m_table);
    const QLocale locale;
    m_table->setRowCount(int(m_lines.size()));
    QStringList problems;
    QHash<QString, int> fileUses;
    for (Line& line : m_lines)
        problems << lineProblem(line);
    for (const Line& line : std::as_const(m_lines))
        fileUses[line.fileName] += line.fileName.isEmpty() ? 0 : 1;
    int problemCount = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line& line = m_lines.at(row);
        QString& problem = problems[row];
        if (problem.isEmpty() && fileUses.value(line.fileName) > 1)
            problem = tr("%1 is matched to more than one request.").arg(line.fileName);
        if (!problem.isEmpty())
            ++problemCount;
        const bool paper = isPaper(line);
        const QStringList cells {line.fileLine > 0 ? QString::number(line.fileLine) : QString(),
                                 line.request ? line.request->requestNo : QString(),
                                 line.orderNo,
                                 line.request ? line.request->amount.format(locale) : QString(),
                                 line.invoiceNo,
                                 paper ? line.courier : QString(),
                                 paper ? line.trackingNo : QString(),
                                 paper ? QString() : line.email,
                                 line.fileName,
                                 problem.isEmpty() ? tr("Ready") : problem};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            const bool numbered = m_mode == Mode::ConsecutiveNumbers;
            const bool editable = (numbered && column == InvoiceNo)
                || (numbered && paper && (column == Courier || column == TrackingNo))
                || (!paper && line.request && column == Email);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (column == Outcome && !problem.isEmpty())
                item->setForeground(QColor(0xC0, 0x39, 0x2B));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        problemCount == 0
            ? tr("All %n lines are ready. Issuing applies all of them or none.", nullptr, int(m_lines.size()))
            : tr("%n lines have a problem: nothing can be issued until every line is ready.", nullptr,
                 problemCount));
    m_apply->setEnabled(problemCount == 0 && !m_lines.isEmpty());
}

void BatchIssueDialog::accept()
{
    IssueInvoiceBatch batch;
    batch.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    for (const Line& line : std::as_const(m_lines)) {
        if (!line.request)
            continue;
        IssueInvoiceBatch::Item item {
            line.request->id, line.request->version, line.invoiceNo, {}, {}, {}, {}, {}};
        if (isPaper(line)) {
            item.courier = line.courier;
            item.trackingNo = line.trackingNo;
        } else {
            QString error;
            const QByteArray* content = fileContent(line.fileName, &error);
            item.email = line.email;
            item.fileName = line.fileName;
            item.fileContent = content ? *content : QByteArray();
        }
        batch.items << item;
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
