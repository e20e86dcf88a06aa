#include "materialchangedialog.h"

#include "clock.h"
#include "materialchangetext.h"
#include "timeordereduuid.h"
#include "vendorservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUuid>
#include <QVBoxLayout>

MaterialChangeDialog::MaterialChangeDialog(const VendorId& vendor, const QString& vendorName,
                                           VendorService& service, const Clock& clock, const QString& actor,
                                           QWidget* parent)
    : QDialog(parent)
    , m_vendor(vendor)
    , m_vendorName(vendorName)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_kind(new QComboBox)
    , m_effective(new QDateEdit(MaterialChangeRule::chinaDate(clock.nowUtc())))
    , m_before(new QLineEdit)
    , m_after(new QLineEdit)
    , m_reported(new QCheckBox(tr("Re&ported by the vendor on")))
    , m_reportedOn(new QDateEdit(MaterialChangeRule::chinaDate(clock.nowUtc())))
    , m_note(new QPlainTextEdit)
    , m_deadline(new QLabel)
{
    setWindowTitle(tr("Record a material change of %1").arg(vendorName));
    for (const auto& [key, name] : MaterialChangeText::kindEntries())
        m_kind->addItem(name, key);
    for (QDateEdit* date : {m_effective, m_reportedOn}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_before->setMaxLength(RecordMaterialChange::maximumValueLength);
    m_after->setMaxLength(RecordMaterialChange::maximumValueLength);
    m_reported->setChecked(true);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_deadline->setWordWrap(true);
    auto* reportedRow = new QHBoxLayout;
    reportedRow->addWidget(m_reported);
    reportedRow->addWidget(m_reportedOn, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&What changed"), m_kind);
    form->addRow(tr("&Took effect on"), m_effective);
    form->addRow(tr("&Before"), m_before);
    form->addRow(tr("&Now"), m_after);
    form->addRow(QString(), reportedRow);
    form->addRow(tr("N&ote"), m_note);
    auto* problems = FormFeedback::createProblemsLabel();
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("effective_on"), m_effective, tr("Took effect on"));
    m_feedback->addField(QStringLiteral("before"), m_before, tr("Before"));
    m_feedback->addField(QStringLiteral("after"), m_after, tr("Now"));
    m_feedback->addField(QStringLiteral("reported_on"), m_reportedOn, tr("Reported on"));
    m_feedback->addField(QStringLiteral("note"), m_note, tr("Note"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MaterialChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MaterialChangeDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MaterialChangeDialog::kindChosen);
    connect(m_effective, &QDateEdit::dateChanged, this, &MaterialChangeDialog::updateDeadline);
    connect(m_reportedOn, &QDateEdit::dateChanged, this, &MaterialChangeDialog::updateDeadline);
    connect(m_reported, &QCheckBox::toggled, this, [this](bool reported) {
        m_reportedOn->setEnabled(reported);
        updateDeadline();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_deadline);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    kindChosen();
    resize(520, sizeHint().height());
}

void MaterialChangeDialog::kindChosen()
{
    // A renaming changes the vendor's own name: the name it has now is the "before".
    const bool renames = m_kind->currentData().toString() == enumKey(MaterialChangeKind::CompanyName);
    m_before->setReadOnly(renames);
    if (renames)
        m_before->setText(m_vendorName);
    else if (m_before->text() == m_vendorName)
        m_before->clear();
    updateDeadline();
}

void MaterialChangeDialog::updateDeadline()
{
    const QDate effectiveOn = m_effective->date();
    const QDate reportedOn = m_reported->isChecked() ? m_reportedOn->date() : QDate();
    QString text = tr("The report is due by %1, %2 days after the change took effect: %3.")
                       .arg(effectiveOn.addDays(MaterialChangeRule::reportDays).toString(Qt::ISODate))
                       .arg(MaterialChangeRule::reportDays)
                       .arg(MaterialChangeText::reportText(effectiveOn, reportedOn, m_clock.nowUtc()));
    if (m_kind->currentData().toString() == enumKey(MaterialChangeKind::CompanyName))
        text += QLatin1Char('\n') + tr("Saving renames the vendor.");
    m_deadline->setText(text);
}

void MaterialChangeDialog::accept()
{
    m_feedback->clear();
    RecordMaterialChange command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.changeId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    command.vendorId = m_vendor;
    command.kind = enumFromKey<MaterialChangeKind>(m_kind->currentData().toString())
                       .value_or(MaterialChangeKind::Other);
    command.effectiveOn = m_effective->date();
    if (m_reported->isChecked())
        command.reportedOn = m_reportedOn->date();
    command.before = m_before->text();
    command.after = m_after->text();
    command.note = m_note->toPlainText();
    if (m_feedback->report(m_service.recordChange(command)))
        QDialog::accept();
}
