#include "partyaeditor.h"

#include "formfeedback.h"

#include <QFormLayout>
#include <QLineEdit>

PartyAEditor::PartyAEditor(QFormLayout* form, FormFeedback& feedback)
{
    const QList<std::pair<QString, QString>> fields {
        {QStringLiteral("partyName"), tr("&Name")},       {QStringLiteral("partyAddress"), tr("&Address")},
        {QStringLiteral("partyContact"), tr("&Contact")}, {QStringLiteral("partyPhone"), tr("&Phone")},
        {QStringLiteral("partyEmail"), tr("&E-mail")},
    };
    for (const auto& [key, label] : fields) {
        auto* edit = new QLineEdit;
        m_edits.insert(key, edit);
        form->addRow(label, edit);
        feedback.addField(key, edit, label);
    }
}

PartyADetails PartyAEditor::details() const
{
    return {edit(QStringLiteral("partyName"))->text(), edit(QStringLiteral("partyAddress"))->text(),
            edit(QStringLiteral("partyContact"))->text(), edit(QStringLiteral("partyPhone"))->text(),
            edit(QStringLiteral("partyEmail"))->text()};
}

void PartyAEditor::setDetails(const PartyADetails& details)
{
    edit(QStringLiteral("partyName"))->setText(details.name);
    edit(QStringLiteral("partyAddress"))->setText(details.address);
    edit(QStringLiteral("partyContact"))->setText(details.contact);
    edit(QStringLiteral("partyPhone"))->setText(details.phone);
    edit(QStringLiteral("partyEmail"))->setText(details.email);
}
