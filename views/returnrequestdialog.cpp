#include "returnrequestdialog.h"

#include "clock.h"
#include "domaintext.h"
#include "invoiceservice.h"
#include "timeordereduuid.h"
#include "workflowsteps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUuid>
#include <QVBoxLayout>

ReturnRequestDialog::ReturnRequestDialog(const InvoiceRequestRepository::Detail& request,
                                         InvoiceRequestRepository& repository, const QStringList& couriers,
                                         InvoiceService& service, const Clock& clock, const QString& actor,
                                         QWidget* parent)
    : QDialog(parent)
    , m_request(request)
    , m_repository(repository)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_reason(new QComboBox)
    , m_booked(new QCheckBox(tr("The buyer has already deducted or booked this invoice (已抵扣/入账)")))
    , m_redLetterNo(new QLineEdit)
    , m_courier(new QComboBox)
    , m_trackingNo(new QLineEdit)
    , m_note(new QPlainTextEdit)
{
    setWindowTitle(tr("Return request for invoice %1").arg(request.invoiceNo));
    for (const auto& [key, name] : DomainText::entries<ReturnReason>())
        m_reason->addItem(name, key);
    m_redLetterNo->setPlaceholderText(tr("Red-letter confirmation number, if the buyer has it"));
    m_redLetterNo->setEnabled(false);
    connect(m_booked, &QCheckBox::toggled, m_redLetterNo, &QWidget::setEnabled);
    m_courier->setEditable(true);
    m_courier->addItem(QString());
    m_courier->addItems(couriers);
    m_note->setPlaceholderText(tr("At most 100 characters"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    auto* counter = new QLabel;
    connect(m_note, &QPlainTextEdit::textChanged, this, [this, counter] {
        const auto length = m_note->toPlainText().trimmed().size();
        counter->setText(tr("%1 / %2").arg(length).arg(MoveInvoiceRequest::maximumNoteLength));
        counter->setStyleSheet(
            length > MoveInvoiceRequest::maximumNoteLength ? QStringLiteral("color: #c0392b;") : QString());
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), m_booked);
    form->addRow(tr("Red-&letter number"), m_redLetterNo);
    const bool paperBack = request.medium == InvoiceMedium::Paper;
    if (paperBack) {
        form->addRow(tr("Returned by &courier"), m_courier);
        form->addRow(tr("Return &tracking number"), m_trackingNo);
    }
    form->addRow(tr("E&xplanation"), m_note);
    form->addRow(QString(), counter);
    m_courier->setVisible(paperBack);
    m_trackingNo->setVisible(paperBack);

    auto* problems = new QLabel;
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("return_reason"), m_reason, tr("&Reason"));
    m_feedback->addField(QStringLiteral("red_letter_no"), m_redLetterNo, tr("Red-&letter number"));
    m_feedback->addField(QStringLiteral("return_courier"), m_courier, tr("Returned by &courier"));
    m_feedback->addField(QStringLiteral("return_tracking_no"), m_trackingNo, tr("Return &tracking number"));
    m_feedback->addField(QStringLiteral("note"), m_note, tr("E&xplanation"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReturnRequestDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ReturnRequestDialog::accept()
{
    MoveInvoiceRequest command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.requestId = m_request.id;
    command.baseVersion = m_request.version;
    command.action = InvoiceAction::RequestReturn;
    command.actor = InvoiceActor::Buyer;
    command.returnReason = m_reason->currentData().toString();
    command.booked = m_booked->isChecked();
    command.redLetterNo = command.booked ? m_redLetterNo->text() : QString();
    command.returnCourier = m_courier->currentText();
    command.returnTrackingNo = m_trackingNo->text();
    command.note = m_note->toPlainText();
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
