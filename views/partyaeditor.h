#pragma once

#include "partyadetails.h"

#include <QCoreApplication>
#include <QHash>

class FormFeedback;
class QFormLayout;
class QLineEdit;

/// The rows of a form that edit a contract's party A (SPEC 6): name, address, contact, phone and
/// e-mail, each known to the form's FormFeedback by the field names of SaveContractDraft's errors.
class PartyAEditor
{
    Q_DECLARE_TR_FUNCTIONS(PartyAEditor)
public:
    /// Adds the five rows to `form` and names them to `feedback`.
    PartyAEditor(QFormLayout* form, FormFeedback& feedback);

    PartyADetails details() const;
    void setDetails(const PartyADetails& details);
    /// The editor of `field`: "partyName", "partyAddress", "partyContact", "partyPhone" or
    /// "partyEmail".
    QLineEdit* edit(const QString& field) const { return m_edits.value(field); }

private:
    QHash<QString, QLineEdit*> m_edits;
};
