#include "productdialog.h"

#include "clock.h"
#include "domaintext.h"
#include "listingtext.h"
#include "productservice.h"
#include "productworkflow.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

ProductDialog::ProductDialog(const std::optional<ProductRepository::Detail>& current, Database& database,
                             ProductService& service, const Clock& clock, const QString& actor,
                             QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_vendor(new QComboBox)
    , m_market(new QComboBox)
    , m_name(new QLineEdit)
    , m_deliveryType(new QComboBox)
    , m_price(new QLineEdit)
    , m_warranty(new QSpinBox)
    , m_description(new QPlainTextEdit)
    , m_findings(new QLabel)
    , m_reviewNote(new QLabel)
{
    setWindowTitle(current ? tr("Product %1").arg(current->name) : tr("New product"));
    auto* problems = FormFeedback::createProblemsLabel();
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    try {
        if (current)
            m_vendor->addItem(current->vendorName, current->vendorId);
        else
            for (const auto& [id, name] : ProductRepository(m_database).sellingVendors())
                m_vendor->addItem(name, id);
    } catch (const StorageError& error) {
        m_feedback->showNote(error.userMessage());
    }
    m_vendor->setEnabled(!current);
    for (const auto& [key, name] : DomainText::entries<DeliveryType>())
        m_deliveryType->addItem(name, key);
    m_price->setPlaceholderText(tr("e.g. 1,280.00"));
    m_warranty->setRange(0, SaveProduct::maximumWarrantyDays);
    m_warranty->setSuffix(tr(" days"));
    m_description->setTabChangesFocus(true);
    m_findings->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_reviewNote->setWordWrap(true);
    m_reviewNote->setObjectName(QStringLiteral("reviewNote"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Vendor"), m_vendor);
    form->addRow(tr("&Market"), m_market);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Delivery type"), m_deliveryType);
    form->addRow(tr("&Price (¥)"), m_price);
    form->addRow(tr("&Warranty"), m_warranty);
    form->addRow(tr("D&escription"), m_description);
    form->addRow(tr("Wording check"), m_findings);
    m_feedback->addField(QStringLiteral("vendor"), m_vendor, tr("Vendor"));
    m_feedback->addField(QStringLiteral("market"), m_market, tr("Market"));
    m_feedback->addField(QStringLiteral("name"), m_name, tr("Name"));
    m_feedback->addField(QStringLiteral("price"), m_price, tr("Price"));
    m_feedback->addField(QStringLiteral("warranty_days"), m_warranty, tr("Warranty"));
    m_feedback->addField(QStringLiteral("description"), m_description, tr("Description"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_reviewNote);
    layout->addWidget(problems);
    layout->addWidget(buttons);

    connect(m_vendor, &QComboBox::currentIndexChanged, this, &ProductDialog::vendorChosen);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProductDialog::updateNotes);
    connect(m_deliveryType, &QComboBox::currentIndexChanged, this, &ProductDialog::updateNotes);
    vendorChosen();
    if (current) {
        m_market->setCurrentIndex(std::max(0, m_market->findData(current->marketId)));
        m_name->setText(current->name);
        m_deliveryType->setCurrentIndex(
            std::max(0, m_deliveryType->findData(enumKey(current->deliveryType))));
        m_price->setText(current->price.toPlainString());
        m_warranty->setValue(current->warrantyDays);
        m_description->setPlainText(current->description);
    }
    updateNotes();
    resize(640, sizeHint().height());
}

void ProductDialog::vendorChosen()
{
    const QString market = m_market->currentData().toString();
    m_market->clear();
    try {
        for (const auto& [id, name] :
             ProductRepository(m_database).marketsOf(m_vendor->currentData().toString()))
            m_market->addItem(name, id);
    } catch (const StorageError& error) {
        m_feedback->showNote(error.userMessage());
    }
    m_market->setCurrentIndex(std::max(0, m_market->findData(market)));
}

void ProductDialog::updateNotes()
{
    const auto findings = ListingWordCheck::findings(m_description->toPlainText());
    m_findings->setText(findings.isEmpty()
                            ? tr("Nothing flagged.")
                            : tr("Flagged for the reviewer: %1").arg(ListingText::summary(findings)));
    const auto type = enumFromKey<DeliveryType>(m_deliveryType->currentData().toString());
    const bool backToReview = m_current && m_current->status == ProductStatus::Listed
        && (ProductWorkflow::needsSecurityReview(m_current->deliveryType)
            || (type && ProductWorkflow::needsSecurityReview(*type)));
    m_reviewNote->setText(backToReview ? tr("Saving takes %1 off sale until it is reviewed again: a changed "
                                            "software or tool product needs a new security review.")
                                             .arg(m_current->name)
                                       : QString());
    m_reviewNote->setVisible(backToReview);
}

void ProductDialog::accept()
{
    m_feedback->clear();
    QString error;
    const auto price = Money::parse(m_price->text(), &error);
    if (!price) {
        m_feedback->showErrors({{QStringLiteral("price"), error}});
        return;
    }
    SaveProduct command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.productId = m_current ? m_current->id : TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    command.baseVersion = m_current ? m_current->version : 0;
    command.vendorId = m_vendor->currentData().toString();
    command.marketId = m_market->currentData().toString();
    command.productName = m_name->text();
    command.deliveryType = enumFromKey<DeliveryType>(m_deliveryType->currentData().toString())
                               .value_or(DeliveryType::Application);
    command.price = *price;
    command.warrantyDays = m_warranty->value();
    command.description = m_description->toPlainText();
    if (!m_feedback->report(m_service.save(command)))
        return;
    m_savedId = command.productId;
    QDialog::accept();
}
