#include "deliverystepdialog.h"

#include "attachmentreader.h"
#include "clock.h"
#include "deliveryservice.h"
#include "domaintext.h"
#include "timeordereduuid.h"
#include "workflowsteps.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

DeliveryStepDialog::DeliveryStepDialog(const DeliveryRepository::Detail& delivery, DeliveryAction action,
                                       DeliveryActor actor, DeliveryRepository& repository,
                                       DeliveryService& service, const Clock& clock, const QString& actorName,
                                       QWidget* parent)
    : QDialog(parent)
    , m_delivery(delivery)
    , m_action(action)
    , m_actor(actor)
    , m_repository(repository)
    , m_service(service)
    , m_clock(clock)
    , m_actorName(actorName)
    , m_text(new QPlainTextEdit)
    , m_files(new QListWidget)
{
    setWindowTitle(tr("%1 — order %2").arg(DomainText::name(action), delivery.orderNo));
    auto* who
        = new QLabel(actor == DeliveryActor::Buyer
                         ? tr("Recorded on the buyer's behalf (%1) by %2.").arg(delivery.buyerName, actorName)
                         : tr("Recorded as the %1 by %2.").arg(DomainText::name(actor), actorName));
    who->setWordWrap(true);
    m_text->setTabChangesFocus(true);
    if (action == DeliveryAction::EditRequirement)
        m_text->setPlainText(delivery.requirement);
    m_text->setPlaceholderText(DeliveryWorkflow::needsText(action) ? tr("Required") : tr("Optional"));
    m_files->setMaximumHeight(90);
    auto* add = new QPushButton(tr("Add &files…"));
    auto* remove = new QPushButton(tr("Re&move"));
    connect(add, &QPushButton::clicked, this, &DeliveryStepDialog::chooseFiles);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_files->currentRow();
        if (row < 0)
            return;
        delete m_files->takeItem(row);
        m_attachments.removeAt(row);
    });
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();

    const QString textLabel
        = action == DeliveryAction::SubmitRequirement || action == DeliveryAction::EditRequirement
        ? tr("&Requirement")
        : action == DeliveryAction::RejectRequirement ? tr("&Reason")
                                                      : tr("&Details");
    auto* form = new QFormLayout;
    form->addRow(who);
    form->addRow(textLabel, m_text);
    form->addRow(tr("Files"), m_files);
    form->addRow(QString(), fileButtons);

    auto* problems = new QLabel;
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("text"), m_text, textLabel);
    m_feedback->addField(QStringLiteral("attachments"), m_files, tr("Files"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(DomainText::name(action));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeliveryStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeliveryStepDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    resize(560, 360);
}

bool DeliveryStepDialog::addFile(const QString& path)
{
    std::optional<QByteArray> content = AttachmentReader::read(this, path, MoveDelivery::maximumFileSize);
    if (!content)
        return false;
    const DeliveryAttachment attachment {QFileInfo(path).fileName(), *std::move(content)};
    m_attachments.append(attachment);
    m_files->addItem(
        tr("%1 (%2)").arg(attachment.fileName, QLocale().formattedDataSize(attachment.content.size())));
    return true;
}

void DeliveryStepDialog::chooseFiles()
{
    for (const QString& path : QFileDialog::getOpenFileNames(this, tr("Add files to the step")))
        addFile(path);
}

void DeliveryStepDialog::accept()
{
    MoveDelivery command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actorName, m_clock.nowUtc()};
    command.deliveryId = m_delivery.id;
    command.baseVersion = m_delivery.version;
    command.action = m_action;
    command.actor = m_actor;
    command.text = m_text->toPlainText();
    command.attachments = m_attachments;
    if (const FieldErrors errors = command.validate(); !errors.isEmpty()) {
        m_feedback->showErrors(errors);
        return;
    }
    const StepSaver::Result result
        = WorkflowSteps::save(command, m_delivery, m_repository, m_service, m_clock, this);
    if (result.next == StepSaver::Next::Reload)
        reject();
    else if (result.next == StepSaver::Next::Report && m_feedback->report(result.outcome))
        QDialog::accept();
}
