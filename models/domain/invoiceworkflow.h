#pragma once

#include "duetime.h"
#include "invoiceenums.h"

#include <QList>

#include <optional>

/// What can be done to an invoice request (SPEC 5.4).
enum class InvoiceAction {
    Cancel,
    Start,
    Issue,
    MarkDelivered,
    MarkRefunded,
    MarkFailed,
    Retry,
    RequestReturn,
    RequireRedLetter,
    AcceptReturn,
    DeclineReturn,
    Void,
    LapseRedLetter,
};

/// Who moves a request: buyer actions are recorded by staff on the buyer's behalf, the clerk is
/// the vendor's invoicing clerk, the system acts on events such as an approved refund.
enum class InvoiceActor { Buyer, Clerk, System };

template<> struct EnumKeyTable<InvoiceAction>
{
    static constexpr std::array<std::pair<InvoiceAction, std::string_view>, 13> entries {{
        {InvoiceAction::Cancel, "cancel"},
        {InvoiceAction::Start, "start"},
        {InvoiceAction::Issue, "issue"},
        {InvoiceAction::MarkDelivered, "mark_delivered"},
        {InvoiceAction::MarkRefunded, "mark_refunded"},
        {InvoiceAction::MarkFailed, "mark_failed"},
        {InvoiceAction::Retry, "retry"},
        {InvoiceAction::RequestReturn, "request_return"},
        {InvoiceAction::RequireRedLetter, "require_red_letter"},
        {InvoiceAction::AcceptReturn, "accept_return"},
        {InvoiceAction::DeclineReturn, "decline_return"},
        {InvoiceAction::Void, "void"},
        {InvoiceAction::LapseRedLetter, "lapse_red_letter"},
    }};
};

template<> struct EnumKeyTable<InvoiceActor>
{
    static constexpr std::array<std::pair<InvoiceActor, std::string_view>, 3> entries {{
        {InvoiceActor::Buyer, "buyer"},
        {InvoiceActor::Clerk, "clerk"},
        {InvoiceActor::System, "system"},
    }};
};

/// The state machine of SPEC 5.4 as one table, and the rules that hang on a request's state.
class InvoiceWorkflow
{
public:
    /// The action_due_at of a request on which nothing is due.
    static constexpr qint64 nothingDue = nothingDueMs;

    struct Transition
    {
        InvoiceAction action;
        InvoiceActor actor;
        InvoiceStatus from;
        /// For Issue this is `Issued`; a paper invoice goes to `Mailing` instead (see target()).
        InvoiceStatus to;
    };

    static const QList<Transition>& table();
    /// Where `action` by `actor` takes a request in `from`, or nothing when the move is not allowed.
    static std::optional<InvoiceStatus> target(InvoiceAction action, InvoiceActor actor, InvoiceStatus from,
                                               InvoiceMedium medium);
    /// Like target(), with the clerk's one shortcut: issuing a pending request starts it on the way
    /// (pending → processing → issued), so the clerk need not press two buttons.
    static std::optional<InvoiceStatus> targetOfStep(InvoiceAction action, InvoiceActor actor,
                                                     InvoiceStatus from, InvoiceMedium medium);
    /// The actions `actor` may take on a request in `from`, in table order.
    static QList<InvoiceAction> allowedActions(InvoiceStatus from, InvoiceActor actor);

    /// Pending, processing or failed: the request still waits for its invoice.
    static bool awaitsIssue(InvoiceStatus status);
    /// A return request waits for the clerk's decision.
    static bool awaitsReturnDecision(InvoiceStatus status);
    /// Whether the request's amount is taken from the order's invoiceable amount. Cancelled,
    /// refunded and voided requests give it back.
    static bool holdsAmount(InvoiceStatus status);
};
