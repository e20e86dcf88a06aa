#include "mailingaddressdialog.h"

#include "buyerservice.h"
#include "clock.h"
#include "timeordereduuid.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUuid>
#include <QVBoxLayout>

MailingAddressDialog::MailingAddressDialog(const QString& buyerId, BuyerService& service, const Clock& clock,
                                           const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_buyerId(buyerId)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_default(new QCheckBox(tr("Use this address by default")))
{
    setWindowTitle(tr("New mailing address"));
    auto* form = new QFormLayout;
    auto* problems = new QLabel;
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    const QList<std::pair<QString, QString>> fields {
        {QStringLiteral("recipient"), tr("&Recipient")}, {QStringLiteral("phone"), tr("&Phone")},
        {QStringLiteral("province"), tr("Pro&vince")},   {QStringLiteral("city"), tr("&City")},
        {QStringLiteral("address"), tr("&Address")},     {QStringLiteral("postcode"), tr("P&ostcode")},
    };
    for (const auto& [key, label] : fields) {
        auto* edit = new QLineEdit;
        edit->setObjectName(key);
        m_editors.insert(key, edit);
        m_feedback->addField(key, edit, label);
        form->addRow(label, edit);
    }
    form->addRow(QString(), m_default);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailingAddressDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MailingAddressDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void MailingAddressDialog::accept()
{
    SaveMailingAddress command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.buyerId = m_buyerId;
    command.addressId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    command.recipient = editor(QStringLiteral("recipient"))->text();
    command.phone = editor(QStringLiteral("phone"))->text();
    command.province = editor(QStringLiteral("province"))->text();
    command.city = editor(QStringLiteral("city"))->text();
    command.address = editor(QStringLiteral("address"))->text();
    command.postcode = editor(QStringLiteral("postcode"))->text();
    command.isDefault = m_default->isChecked();
    if (const FieldErrors errors = command.validate(); !errors.isEmpty()) {
        m_feedback->showErrors(errors);
        return;
    }
    if (m_feedback->report(m_service.saveAddress(command))) {
        m_savedId = command.addressId;
        QDialog::accept();
    }
}
