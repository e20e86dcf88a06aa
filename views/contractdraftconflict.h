#pragma once

#include "contractrepository.h"
#include "savecontractdraft.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

/// A contract draft someone else saved while the wizard had it open: the draft as it was opened,
/// as saved now and as the wizard holds it, side by side in a ConflictDialog, and the draft the
/// wizard goes on from after the user chose.
class ContractDraftConflict
{
    Q_DECLARE_TR_FUNCTIONS(ContractDraftConflict)
public:
    struct Resolution
    {
        ContractRepository::Detail draft; ///< what the wizard shows now, at their version
        QString note; ///< what to do next
    };

    /// Nothing when the user cancelled: the wizard stays as it is. `mine` is draftOf() the form;
    /// orders are shown by number, from their lines or else from `orderNumbers` (id → number).
    static std::optional<Resolution> resolve(const ContractRepository::Detail& opened,
                                             const ContractRepository::Detail& theirs,
                                             const ContractRepository::Detail& mine,
                                             const QHash<QString, QString>& orderNumbers, QWidget* parent);

    /// `opened` with the fields of the wizard's `form`.
    static ContractRepository::Detail draftOf(const ContractRepository::Detail& opened,
                                              const SaveContractDraft& form,
                                              const ContractRepository::Buyer& buyer,
                                              const QString& vendorName);

private:
    static QList<std::pair<QString, QString>> fields();
    static QHash<QString, QString> values(const ContractRepository::Detail& draft,
                                          const QHash<QString, QString>& orderNumbers);
    /// Copies the field `key` of fields() from `from` to `to`.
    static void copyField(const QString& key, const ContractRepository::Detail& from,
                          ContractRepository::Detail& to);
};
