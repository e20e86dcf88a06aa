#pragma once

#include "onboardingenums.h"

#include <QList>

#include <optional>

/// What can be done to a vendor application (SPEC 2.1).
enum class ApplicationAction { SaveDraft, Submit, StartReview, Approve, Reject };

template<> struct EnumKeyTable<ApplicationAction>
{
    static constexpr std::array<std::pair<ApplicationAction, std::string_view>, 5> entries {{
        {ApplicationAction::SaveDraft, "save_draft"},
        {ApplicationAction::Submit, "submit"},
        {ApplicationAction::StartReview, "start_review"},
        {ApplicationAction::Approve, "approve"},
        {ApplicationAction::Reject, "reject"},
    }};
};

/// The states of SPEC 2.1 as one table: draft → submitted → under review → approved | rejected, and
/// a rejected application corrected and submitted again.
class ApplicationWorkflow
{
public:
    struct Transition
    {
        ApplicationAction action;
        ApplicationStatus from;
        ApplicationStatus to;
    };

    static const QList<Transition>& table();
    /// Where `action` takes an application in `from`; nothing when the move is not allowed.
    static std::optional<ApplicationStatus> target(ApplicationAction action, ApplicationStatus from);
    /// Whether the applicant's fields may still be changed: only in a draft or after a rejection.
    static bool isEditable(ApplicationStatus status);
};
