#include "productreviewdialog.h"

#include "checklistmodel.h"
#include "checklistview.h"
#include "clock.h"
#include "depositrepository.h"
#include "domaintext.h"
#include "listingtext.h"
#include "productservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

ProductReviewDialog::ProductReviewDialog(const QString& productId, Database& database,
                                         ProductService& service, const Clock& clock, const QString& actor,
                                         QWidget* parent)
    : QDialog(parent)
    , m_productId(productId)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_summary(new QLabel)
    , m_description(new QTextBrowser)
    , m_findings(new QLabel)
    , m_table(new ChecklistView(ChecklistView::MarketColumn::Hidden))
    , m_progress(new QLabel)
    , m_reason(new QPlainTextEdit)
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setMaximumHeight(120);
    m_description->setOpenLinks(false);
    m_findings->setWordWrap(true);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);
    m_reason->setPlaceholderText(tr("Reason: why the product is rejected; the vendor reads it"));
    auto* problems = FormFeedback::createProblemsLabel();
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("reason"), m_reason, tr("Reason"));
    m_feedback->addField(QStringLiteral("checklist"), m_table, tr("Checklist"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::ActionRole);
    m_list = buttons->addButton(tr("&List it"), QDialogButtonBox::ActionRole);
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(ProductAction::Reject); });
    connect(m_list, &QPushButton::clicked, this, [this] { decide(ProductAction::Approve); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductReviewDialog::reject);
    connect(m_table->checklist(), &ChecklistModel::itemEdited, this, &ProductReviewDialog::storeCheck);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Description (flagged words marked)")));
    layout->addWidget(m_description);
    layout->addWidget(m_findings);
    layout->addWidget(
        new QLabel(tr("Listing checklist: tick each item that is met (Space), note what you checked (F2)")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_reason);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    reload();
    if (m_detail && m_detail->status == ProductStatus::UnderReview)
        m_table->setFocus(); // Space ticks the first item at once
    resize(980, 680);
}

void ProductReviewDialog::reload()
{
    try {
        m_detail = ProductRepository(m_database).detail(m_productId);
    } catch (const StorageError& error) {
        m_summary->setText(tr("The product could not be read: %1").arg(error.userMessage()));
        m_detail.reset();
    }
    const ProductStatus status = m_detail ? m_detail->status : ProductStatus::Listed;
    m_list->setEnabled(ProductWorkflow::target(ProductAction::Approve, status).has_value());
    m_reject->setEnabled(ProductWorkflow::target(ProductAction::Reject, status).has_value());
    m_reason->setEnabled(m_reject->isEnabled());
    if (!m_detail)
        return;
    const ProductRepository::Detail& detail = *m_detail;
    setWindowTitle(tr("Listing review: %1").arg(detail.name));
    QString summary = tr("<b>%1</b> — %2<br>%3 · %4 · %5 · %6<br>Warranty %7 days")
                          .arg(detail.name.toHtmlEscaped(), DomainText::name(detail.status),
                               detail.vendorName.toHtmlEscaped(), detail.marketName.toHtmlEscaped(),
                               DomainText::name(detail.deliveryType), detail.price.format(QLocale()))
                          .arg(detail.warrantyDays);
    summary
        += QStringLiteral("<br>") + depositLine(detail) + QStringLiteral(" · ") + securityReviewLine(detail);
    if (!detail.rejectReason.isEmpty())
        summary
            += QStringLiteral("<br>") + tr("Rejected before: %1").arg(detail.rejectReason.toHtmlEscaped());
    m_summary->setText(summary);
    const auto findings = ListingWordCheck::findings(detail.description);
    m_description->setHtml(ListingText::markedHtml(detail.description, findings));
    m_findings->setText(tr("Wording check: %1").arg(ListingText::summary(findings)));

    // The listing checks take the shape of entry conditions; the hidden market column would name
    // the one market the product is listed in, which the summary names.
    QList<ApplicationRepository::Check> checks;
    for (const ProductRepository::Check& check : detail.checks) {
        ApplicationRepository::Check row;
        row.condition.id = enumKey(check.item);
        row.condition.marketName = detail.marketName;
        row.condition.text = ListingText::name(check.item);
        row.ticked = check.ticked;
        row.note = check.note;
        row.checkedBy = check.checkedBy;
        row.checkedAtMs = check.checkedAtMs;
        checks.append(row);
    }
    m_table->showChecks(checks, detail.status == ProductStatus::UnderReview);
    const int unticked = detail.untickedCount();
    m_progress->setText(
        unticked == 0 ? tr("Every item is ticked.")
                      : tr("%n of %1 item(s) not ticked yet.", nullptr, unticked).arg(detail.checks.size()));
}

QString ProductReviewDialog::depositLine(const ProductRepository::Detail& detail) const
{
    try {
        const auto ledger = DepositRepository(m_database).ledger(VendorId::fromString(detail.vendorId));
        const QDateTime now = m_clock.nowUtc();
        const Money shortfall = DepositLedger::shortfall(ledger.due(now), ledger.balance());
        const QString paid = tr("Deposit %1 paid of %2 due")
                                 .arg(ledger.balance().format(QLocale()), ledger.due(now).format(QLocale()));
        return shortfall > Money() ? tr("%1, <b>%2 short</b>").arg(paid, shortfall.format(QLocale())) : paid;
    } catch (const StorageError& error) {
        return tr("The deposit could not be read: %1").arg(error.userMessage().toHtmlEscaped());
    }
}

QString ProductReviewDialog::securityReviewLine(const ProductRepository::Detail& detail)
{
    if (!ProductWorkflow::needsSecurityReview(detail.deliveryType))
        return tr("no security review for a manual service");
    if (detail.securityReviewedAtMs == 0)
        return tr("<b>security review not passed yet</b>");
    return tr("security review passed %1").arg(DomainText::localTime(detail.securityReviewedAtMs));
}

void ProductReviewDialog::storeCheck(const QString& itemKey, bool ticked, const QString& note)
{
    const auto item = enumFromKey<ListingCheck>(itemKey);
    if (!item)
        return;
    const CheckProductItem command {
        {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()}, m_productId, *item, ticked, note};
    m_feedback->report(m_service.checkItem(command));
    reload();
}

bool ProductReviewDialog::decide(ProductAction action)
{
    if (!m_detail)
        return false;
    m_feedback->clear();
    ReviewProduct command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.productId = m_productId;
    command.baseVersion = m_detail->version;
    command.action = action;
    command.reason = m_reason->toPlainText();
    const bool stored = m_feedback->report(m_service.review(command));
    reload();
    if (stored)
        QDialog::accept();
    return stored;
}
