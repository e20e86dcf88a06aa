#include "domaintext.h"

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
    }
    return {};
}
