#include "issueinvoicedialog.h"

#include "clock.h"
#include "domaintext.h"
#include "invoiceservice.h"
#include "timeordereduuid.h"
#include "workflowsteps.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isNull() ? QString() : utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QLabel* value(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

IssueInvoiceDialog::IssueInvoiceDialog(const InvoiceRequestRepository::Detail& request,
                                       InvoiceRequestRepository& repository, const QStringList& couriers,
                                       InvoiceService& service, const Clock& clock, const QString& actor,
                                       QWidget* parent)
    : QDialog(parent)
    , m_request(request)
    , m_repository(repository)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
{
    setWindowTitle(tr("Issue invoice %1").arg(request.requestNo));
    const QLocale locale;
    const bool paper = request.medium == InvoiceMedium::Paper;

    auto* requestBox = new QGroupBox(tr("Request"));
    auto* requestForm = new QFormLayout(requestBox);
    requestForm->addRow(tr("Amount"), value(request.amount.format(locale)));
    requestForm->addRow(tr("Title"), value(request.title.isEmpty() ? tr("(not given)") : request.title));
    if (!request.taxpayerId.isEmpty())
        requestForm->addRow(tr("Taxpayer ID"), value(request.taxpayerId));
    requestForm->addRow(tr("Status"), value(DomainText::name(request.status)));
    requestForm->addRow(
        tr("Invoice type"),
        value(DomainText::name(request.type) + QStringLiteral(" · ") + DomainText::name(request.medium)));
    requestForm->addRow(tr("Applied at"), value(localTime(request.appliedAt)));
    if (paper) {
        requestForm->addRow(tr("Recipient"), value(request.recipient));
        requestForm->addRow(tr("Phone"), value(request.recipientPhone));
        requestForm->addRow(tr("Address"), value(request.address));
        requestForm->addRow(tr("Postcode"), value(request.postcode));
    }

    auto* orderBox = new QGroupBox(tr("Order"));
    auto* orderForm = new QFormLayout(orderBox);
    orderForm->addRow(tr("Order ID"), value(request.orderNo));
    if (request.orderKnown) {
        orderForm->addRow(tr("Paid amount"), value(request.orderPaid.format(locale)));
        orderForm->addRow(tr("Paid at"), value(localTime(request.orderPaidAt)));
        orderForm->addRow(tr("Order type"), value(DomainText::nameOfKey<OrderType>(request.orderType)));
        if (request.orderRefunded > Money())
            orderForm->addRow(tr("Refunded"), value(request.orderRefunded.format(locale)));
    } else {
        orderForm->addRow(QString(),
                          value(tr("This order is not in the database (imported from the console).")));
    }

    auto* issueBox = new QGroupBox(tr("Invoice"));
    auto* issueForm = new QFormLayout(issueBox);
    m_invoiceNo = new QLineEdit;
    m_invoiceNo->setObjectName(QStringLiteral("invoiceNo"));
    m_invoiceNo->setPlaceholderText(tr("8 digits, or 20 if fully digitalised"));
    issueForm->addRow(tr("Invoice &number"), m_invoiceNo);
    if (paper) {
        m_courier = new QComboBox;
        m_courier->setObjectName(QStringLiteral("courier"));
        m_courier->setEditable(true);
        m_courier->addItems(couriers);
        m_courier->setCurrentIndex(0);
        issueForm->addRow(tr("&Courier"), m_courier);
        m_trackingNo = new QLineEdit;
        m_trackingNo->setObjectName(QStringLiteral("trackingNo"));
        issueForm->addRow(tr("&Tracking number"), m_trackingNo);
        // SPEC 5.3: up to the limit (¥50) the parcel may go cash on delivery, which the buyer agreed
        // to when applying.
        const Money limit = service.cashOnDeliveryLimit();
        const bool cod = request.cashOnDelivery || request.amount <= limit;
        const QString limitText = limit.format(QLocale());
        auto* shipping
            = value(cod ? tr("Cash on delivery (到付) allowed: the amount is not above %1.").arg(limitText)
                        : tr("The vendor pays the courier: the amount is above %1.").arg(limitText));
        shipping->setObjectName(QStringLiteral("shipping"));
        issueForm->addRow(tr("Shipping"), shipping);
    } else {
        m_email = new QLineEdit(request.email);
        m_email->setObjectName(QStringLiteral("email"));
        issueForm->addRow(tr("&E-mail"), m_email);
        m_fileButton = new QPushButton(tr("Choose the invoice file (PDF, XML, OFD)…"));
        m_fileButton->setObjectName(QStringLiteral("file"));
        connect(m_fileButton, &QPushButton::clicked, this, &IssueInvoiceDialog::chooseFile);
        issueForm->addRow(tr("&File"), m_fileButton);
    }

    auto* warning = new QLabel;
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    if (request.orderRefundFlag())
        warning->setText(
            tr("The order was refunded: this request cannot be issued. Mark it refunded instead."));
    else if (request.type == InvoiceType::VatSpecial && !request.vendorCanIssueSpecial)
        warning->setText(
            tr("This vendor cannot issue VAT special invoices: contact the buyer and switch the request "
               "to a normal invoice first."));
    warning->setVisible(!warning->text().isEmpty());

    auto* problems = new QLabel;
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("invoice_no"), m_invoiceNo, tr("Invoice &number"));
    if (m_courier)
        m_feedback->addField(QStringLiteral("courier"), m_courier, tr("&Courier"));
    if (m_trackingNo)
        m_feedback->addField(QStringLiteral("tracking_no"), m_trackingNo, tr("&Tracking number"));
    if (m_email)
        m_feedback->addField(QStringLiteral("email"), m_email, tr("&E-mail"));
    if (m_fileButton)
        m_feedback->addField(QStringLiteral("file"), m_fileButton, tr("&File"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Issue"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(!request.orderRefundFlag());
    connect(buttons, &QDialogButtonBox::accepted, this, &IssueInvoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssueInvoiceDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(requestBox);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(orderBox);
    right->addWidget(issueBox);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(columns);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    m_invoiceNo->setFocus();
    resize(820, sizeHint().height());
}

void IssueInvoiceDialog::setInvoiceFile(const QString& fileName, const QByteArray& content)
{
    m_fileName = fileName;
    m_fileContent = content;
    if (m_fileButton)
        m_fileButton->setText(tr("%1 (%2 KB)").arg(fileName).arg((content.size() + 1023) / 1024));
}

void IssueInvoiceDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Invoice file"), QString(),
                                                      tr("Invoice files (*.pdf *.xml *.ofd)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > MoveInvoiceRequest::maximumFileSize) {
        m_feedback->showErrors({{QStringLiteral("file"), tr("The invoice file is larger than 20 MB.")}});
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_feedback->showErrors(
            {{QStringLiteral("file"), tr("%1 cannot be read: %2").arg(path, file.errorString())}});
        return;
    }
    setInvoiceFile(QFileInfo(path).fileName(), file.readAll());
}

void IssueInvoiceDialog::accept()
{
    MoveInvoiceRequest command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.requestId = m_request.id;
    command.baseVersion = m_request.version;
    command.action = InvoiceAction::Issue;
    command.actor = InvoiceActor::Clerk;
    command.invoiceNo = m_invoiceNo->text();
    if (m_courier) {
        command.courier = m_courier->currentText();
        command.trackingNo = m_trackingNo->text();
    } else {
        command.email = m_email->text();
        command.fileName = m_fileName;
        command.fileContent = m_fileContent;
    }
    // Check what can be checked here first, so every problem shows at once.
    if (const FieldErrors errors = command.validate(m_request.medium, m_request.status); !errors.isEmpty()) {
        m_feedback->showErrors(errors);
        return;
    }
    const StepSaver::Result result
        = WorkflowSteps::save(command, m_request, m_repository, m_service, m_clock, this);
    if (result.next == StepSaver::Next::Reload)
        reject();
    else if (result.next == StepSaver::Next::Report && m_feedback->report(result.outcome))
        QDialog::accept();
}
