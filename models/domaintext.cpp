#include "domaintext.h"

#include <QDateTime>

QString DomainText::name(VendorStatus value)
{
    switch (value) {
    case VendorStatus::Active:
        return tr("Active");
    case VendorStatus::Suspended:
        return tr("Suspended");
    case VendorStatus::Exited:
        return tr("Exited");
    case VendorStatus::Expelled:
        return tr("Expelled");
    }
    return {};
}

QString DomainText::name(VendorCategory value)
{
    switch (value) {
    case VendorCategory::Software:
        return tr("Software vendor");
    case VendorCategory::WebsiteBuilding:
        return tr("Website-building vendor");
    case VendorCategory::Service:
        return tr("Service vendor");
    }
    return {};
}

QString DomainText::name(EntityType value)
{
    switch (value) {
    case EntityType::Enterprise:
        return tr("Enterprise");
    case EntityType::Individual:
        return tr("Individual");
    }
    return {};
}

QString DomainText::name(OrderType value)
{
    switch (value) {
    case OrderType::New:
        return tr("New purchase");
    case OrderType::Renewal:
        return tr("Renewal");
    case OrderType::ChangeOfSpec:
        return tr("Change of spec");
    case OrderType::Refund:
        return tr("Refund");
    }
    return {};
}

QString DomainText::name(OrderStatus value)
{
    switch (value) {
    case OrderStatus::Paid:
        return tr("Paid");
    case OrderStatus::Refunding:
        return tr("Refunding");
    case OrderStatus::Refunded:
        return tr("Refunded");
    case OrderStatus::Completed:
        return tr("Completed");
    }
    return {};
}

QString DomainText::name(DeliveryType value)
{
    switch (value) {
    case DeliveryType::Image:
        return tr("Image");
    case DeliveryType::Download:
        return tr("Download");
    case DeliveryType::Application:
        return tr("Application (SaaS)");
    case DeliveryType::ManualService:
        return tr("Manual service");
    case DeliveryType::DingTalkPlugin:
        return tr("DingTalk plugin");
    }
    return {};
}

QString DomainText::name(DeliveryState value)
{
    switch (value) {
    case DeliveryState::RequirementPending:
        return tr("Requirement pending");
    case DeliveryState::AwaitingConfirmation:
        return tr("Awaiting vendor confirmation");
    case DeliveryState::Implementing:
        return tr("Implementing");
    case DeliveryState::AwaitingAcceptance:
        return tr("Awaiting acceptance");
    case DeliveryState::Completed:
        return tr("Completed");
    case DeliveryState::Refunding:
        return tr("Refunding");
    case DeliveryState::Refunded:
        return tr("Refunded");
    }
    return {};
}

QString DomainText::name(InvoiceStatus value)
{
    switch (value) {
    case InvoiceStatus::Pending:
        return tr("Pending");
    case InvoiceStatus::Processing:
        return tr("Processing");
    case InvoiceStatus::Mailing:
        return tr("Mailing");
    case InvoiceStatus::Issued:
        return tr("Issued");
    case InvoiceStatus::Delivered:
        return tr("Delivered");
    case InvoiceStatus::Cancelled:
        return tr("Cancelled");
    case InvoiceStatus::Refunded:
        return tr("Refunded");
    case InvoiceStatus::Failed:
        return tr("Issuing failed");
    case InvoiceStatus::ReturnPending:
        return tr("Return pending");
    case InvoiceStatus::AwaitingRedLetter:
        return tr("Awaiting red-letter number");
    case InvoiceStatus::Returning:
        return tr("Returning");
    case InvoiceStatus::ReturnDeclined:
        return tr("Return declined");
    case InvoiceStatus::Voided:
        return tr("Voided");
    }
    return {};
}

QString DomainText::name(InvoiceType value)
{
    switch (value) {
    case InvoiceType::VatNormal:
        return tr("VAT normal invoice");
    case InvoiceType::VatSpecial:
        return tr("VAT special invoice");
    }
    return {};
}

QString DomainText::name(InvoiceMedium value)
{
    switch (value) {
    case InvoiceMedium::Paper:
        return tr("Paper");
    case InvoiceMedium::Electronic:
        return tr("Electronic");
    case InvoiceMedium::Digital:
        return tr("Fully digitalised e-invoice");
    }
    return {};
}

QString DomainText::name(SyncState value)
{
    switch (value) {
    case SyncState::Synced:
        return tr("Synced");
    case SyncState::Pending:
        return tr("Waiting to send");
    case SyncState::Failed:
        return tr("Refused");
    }
    return {};
}

QString DomainText::name(TitleKind value)
{
    switch (value) {
    case TitleKind::Enterprise:
        return tr("Enterprise");
    case TitleKind::Personal:
        return tr("Personal");
    case TitleKind::Organisation:
        return tr("Organisation");
    }
    return {};
}

QString DomainText::name(ReturnReason value)
{
    switch (value) {
    case ReturnReason::WrongType:
        return tr("Wrong invoice type");
    case ReturnReason::WrongTaxId:
        return tr("Wrong tax ID or bank account");
    case ReturnReason::NameChanged:
        return tr("Company name changed");
    case ReturnReason::WrongAmount:
        return tr("Wrong amount");
    case ReturnReason::GoodsReturned:
        return tr("Goods returned");
    }
    return {};
}

QString DomainText::name(InvoiceAction value)
{
    switch (value) {
    case InvoiceAction::Cancel:
        return tr("Buyer cancels");
    case InvoiceAction::Start:
        return tr("Start processing");
    case InvoiceAction::Issue:
        return tr("Issue");
    case InvoiceAction::MarkDelivered:
        return tr("Mark delivered");
    case InvoiceAction::MarkRefunded:
        return tr("Mark refunded");
    case InvoiceAction::MarkFailed:
        return tr("Issuing failed");
    case InvoiceAction::Retry:
        return tr("Retry");
    case InvoiceAction::RequestReturn:
        return tr("Buyer asks to return");
    case InvoiceAction::RequireRedLetter:
        return tr("Needs red-letter form");
    case InvoiceAction::AcceptReturn:
        return tr("Accept return");
    case InvoiceAction::DeclineReturn:
        return tr("Decline return");
    case InvoiceAction::Void:
        return tr("Void");
    case InvoiceAction::LapseRedLetter:
        return tr("Red-letter form lapsed");
    }
    return {};
}

QString DomainText::name(DeliveryAction value)
{
    switch (value) {
    case DeliveryAction::SubmitRequirement:
        return tr("Submit requirement");
    case DeliveryAction::EditRequirement:
        return tr("Edit requirement");
    case DeliveryAction::ConfirmRequirement:
        return tr("Confirm requirement");
    case DeliveryAction::RejectRequirement:
        return tr("Reject requirement");
    case DeliveryAction::SubmitForAcceptance:
        return tr("Submit for acceptance");
    case DeliveryAction::Accept:
        return tr("Accept");
    case DeliveryAction::RejectAcceptance:
        return tr("Reject acceptance");
    case DeliveryAction::AutoAccept:
        return tr("Accepted automatically");
    case DeliveryAction::RequestRefund:
        return tr("Ask for a refund");
    case DeliveryAction::ApproveRefund:
        return tr("Approve refund");
    case DeliveryAction::DeclineRefund:
        return tr("Decline refund");
    case DeliveryAction::RequestIntervention:
        return tr("Ask the platform to intervene");
    case DeliveryAction::CloseIntervention:
        return tr("Close the platform ticket");
    }
    return {};
}

QString DomainText::name(DeliveryActor value)
{
    switch (value) {
    case DeliveryActor::Buyer:
        return tr("Buyer");
    case DeliveryActor::Vendor:
        return tr("Vendor");
    case DeliveryActor::Platform:
        return tr("Platform");
    case DeliveryActor::System:
        return tr("System");
    }
    return {};
}

QString DomainText::name(RefundReason value)
{
    switch (value) {
    case RefundReason::Guarantee:
        return tr("Within the refund guarantee");
    case RefundReason::LateService:
        return tr("Service late or dragged out");
    case RefundReason::NotAsDescribed:
        return tr("Product differs from its description");
    case RefundReason::Attitude:
        return tr("Unhappy with the service attitude");
    case RefundReason::CannotDeliver:
        return tr("Vendor cannot deliver");
    case RefundReason::Quality:
        return tr("Quality not up to the requirement");
    case RefundReason::BusinessEnded:
        return tr("Vendor's business ended");
    case RefundReason::Unreachable:
        return tr("Vendor unreachable");
    case RefundReason::Bankrupt:
        return tr("Vendor bankrupt");
    case RefundReason::VendorExit:
        return tr("Vendor left the marketplace");
    case RefundReason::Other:
        return tr("Other");
    }
    return {};
}

QString DomainText::name(RefundStatus value)
{
    switch (value) {
    case RefundStatus::Requested:
        return tr("Waiting for the platform");
    case RefundStatus::Approved:
        return tr("Approved");
    case RefundStatus::Declined:
        return tr("Declined");
    }
    return {};
}

QString DomainText::name(ApplicationStatus value)
{
    switch (value) {
    case ApplicationStatus::Draft:
        return tr("Draft");
    case ApplicationStatus::Submitted:
        return tr("Submitted");
    case ApplicationStatus::UnderReview:
        return tr("Under review");
    case ApplicationStatus::Approved:
        return tr("Approved");
    case ApplicationStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString DomainText::name(ApplicationAction value)
{
    switch (value) {
    case ApplicationAction::SaveDraft:
        return tr("Save draft");
    case ApplicationAction::Submit:
        return tr("Submit");
    case ApplicationAction::StartReview:
        return tr("Start review");
    case ApplicationAction::Approve:
        return tr("Approve");
    case ApplicationAction::Reject:
        return tr("Reject");
    }
    return {};
}

QString DomainText::name(ApplicationFileKind value)
{
    switch (value) {
    case ApplicationFileKind::BusinessLicence:
        return tr("Business licence");
    case ApplicationFileKind::LegalRepresentativeId:
        return tr("Legal representative's ID");
    case ApplicationFileKind::IdCard:
        return tr("ID card");
    case ApplicationFileKind::Other:
        return tr("Other material");
    }
    return {};
}

QString DomainText::name(DepositEntryKind value)
{
    switch (value) {
    case DepositEntryKind::Payment:
        return tr("Payment");
    case DepositEntryKind::TopUp:
        return tr("Top-up");
    case DepositEntryKind::Deduction:
        return tr("Deduction");
    case DepositEntryKind::Refund:
        return tr("Refund of deposit");
    case DepositEntryKind::Settlement:
        return tr("Taken from settlement");
    }
    return {};
}

QString DomainText::name(SurchargeStatus value)
{
    switch (value) {
    case SurchargeStatus::Proposed:
        return tr("Proposed");
    case SurchargeStatus::Confirmed:
        return tr("Confirmed");
    case SurchargeStatus::Declined:
        return tr("Declined");
    }
    return {};
}

QString DomainText::name(LeaveReason value)
{
    switch (value) {
    case LeaveReason::EndOfAgreement:
        return tr("End of agreement");
    case LeaveReason::OwnRequest:
        return tr("Own request");
    case LeaveReason::Points:
        return tr("24 violation points");
    case LeaveReason::ConditionsNotMet:
        return tr("No longer meets the conditions");
    case LeaveReason::Blacklisted:
        return tr("Blacklisted");
    case LeaveReason::LowDeployment:
        return tr("Under 80% deployed on the platform");
    }
    return {};
}

QString DomainText::name(VendorAction value)
{
    switch (value) {
    case VendorAction::Suspend:
        return tr("Suspend display");
    case VendorAction::Lift:
        return tr("Restore display");
    case VendorAction::Exit:
        return tr("Exit");
    case VendorAction::Expel:
        return tr("Expel");
    }
    return {};
}

QString DomainText::name(ProductStatus value)
{
    switch (value) {
    case ProductStatus::Draft:
        return tr("Draft");
    case ProductStatus::UnderReview:
        return tr("Under review");
    case ProductStatus::Listed:
        return tr("Listed");
    case ProductStatus::Rejected:
        return tr("Rejected");
    case ProductStatus::Delisted:
        return tr("Delisted");
    }
    return {};
}

QString DomainText::duration(qint64 milliseconds)
{
    constexpr qint64 minutesPerDay = 1440;
    const qint64 minutes = std::abs(milliseconds) / 60000;
    const qint64 days = minutes / minutesPerDay;
    const qint64 hours = minutes / 60 % 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

QString DomainText::timeLeft(qint64 dueMs, qint64 nowMs)
{
    const QString left = duration(dueMs - nowMs);
    return dueMs < nowMs ? tr("overdue %1").arg(left) : tr("%1 left").arg(left);
}

QString DomainText::name(ContractKind value)
{
    switch (value) {
    case ContractKind::Framework:
        return tr("Framework contract");
    case ContractKind::Order:
        return tr("Order contract");
    case ContractKind::Filing:
        return tr("Filing contract");
    }
    return {};
}

QString DomainText::name(SealMethod value)
{
    switch (value) {
    case SealMethod::OneSided:
        return tr("One-sided platform e-seal");
    case SealMethod::TwoSided:
        return tr("Two-sided e-seal");
    }
    return {};
}

QString DomainText::name(ContractState value)
{
    switch (value) {
    case ContractState::Draft:
        return tr("Draft");
    case ContractState::Signing:
        return tr("Signing");
    case ContractState::Effective:
        return tr("Effective");
    case ContractState::Voided:
        return tr("Voided");
    case ContractState::Terminated:
        return tr("Terminated");
    }
    return {};
}

QString DomainText::name(ContractSubState value)
{
    switch (value) {
    case ContractSubState::FillingIn:
        return tr("Filling in");
    case ContractSubState::ConfirmingText:
        return tr("Confirming the text");
    case ContractSubState::ConfirmingSignature:
        return tr("Confirming the signature");
    case ContractSubState::Generating:
        return tr("Generating");
    case ContractSubState::CustomerSigning:
        return tr("Customer signing");
    case ContractSubState::Cancelling:
        return tr("Cancelling");
    case ContractSubState::PlatformSigning:
        return tr("Platform signing");
    case ContractSubState::Effective:
        return tr("In effect");
    case ContractSubState::PaperCopyRequested:
        return tr("Paper copy requested");
    case ContractSubState::PaperCopyMailed:
        return tr("Paper copy mailed");
    case ContractSubState::Voided:
        return tr("Voided");
    case ContractSubState::Terminated:
        return tr("Terminated");
    }
    return {};
}

QString DomainText::name(ContractAction value)
{
    switch (value) {
    case ContractAction::SubmitDetails:
        return tr("Submit the details");
    case ContractAction::ReviseDetails:
        return tr("Revise the details");
    case ContractAction::ConfirmText:
        return tr("Confirm the text");
    case ContractAction::ConfirmSignature:
        return tr("Confirm signing");
    case ContractAction::FinishGenerating:
        return tr("Finish generating");
    case ContractAction::CustomerSigns:
        return tr("Record the customer's signature");
    case ContractAction::CancelSigning:
        return tr("Cancel signing");
    case ContractAction::FinishCancelling:
        return tr("Confirm the cancellation");
    case ContractAction::PlatformSigns:
        return tr("Record the platform's signature");
    case ContractAction::RequestPaperCopy:
        return tr("Request paper copies");
    case ContractAction::RecordPaperMailing:
        return tr("Record the mailing of paper copies");
    case ContractAction::Void:
        return tr("Void");
    case ContractAction::Terminate:
        return tr("Terminate");
    }
    return {};
}

QString DomainText::localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
