#include "newinvoicerequestdialog.h"

#include "clock.h"
#include "domaintext.h"
#include "invoiceservice.h"
#include "invoicetitledialog.h"
#include "mailingaddressdialog.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

NewInvoiceRequestDialog::NewInvoiceRequestDialog(InvoiceRequestRepository& repository,
                                                 InvoiceService& service, BuyerService& buyers,
                                                 const DatabaseUrl& database, const Clock& clock,
                                                 const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_service(service)
    , m_buyers(buyers)
    , m_clock(clock)
    , m_actor(actor)
    , m_buyerSearch(new QLineEdit)
    , m_buyer(new QComboBox)
    , m_title(new QLabel)
    , m_vendor(new QComboBox)
    , m_orders(new QListWidget)
    , m_amount(new QLineEdit)
    , m_explanation(new QLabel)
    , m_type(new QComboBox)
    , m_medium(new QComboBox)
    , m_address(new QComboBox)
    , m_email(new QLineEdit)
    , m_cashOnDeliveryLimit(service.cashOnDeliveryLimit())
    , m_cashOnDelivery(new QCheckBox(tr("The buyer pays the courier on delivery (到付, up to %1)")
                                         .arg(m_cashOnDeliveryLimit.format(QLocale()))))
    , m_recovery(QStringLiteral("new-invoice-request"), database, actor, clock)
{
    m_buyerSearch->setObjectName(QStringLiteral("buyerSearch"));
    m_buyer->setObjectName(QStringLiteral("buyer"));
    m_vendor->setObjectName(QStringLiteral("vendor"));
    m_orders->setObjectName(QStringLiteral("orders"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_medium->setObjectName(QStringLiteral("medium"));
    m_email->setObjectName(QStringLiteral("email"));
    setWindowTitle(tr("New invoice request"));
    m_buyerSearch->setPlaceholderText(tr("Customer ID or name"));
    m_buyerSearch->setClearButtonEnabled(true);
    m_title->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_orders->setMinimumHeight(120);
    for (const auto& [key, name] : DomainText::entries<InvoiceType>())
        m_type->addItem(name, key);
    for (const auto& [key, name] : DomainText::entries<InvoiceMedium>())
        m_medium->addItem(name, key);

    auto* form = new QFormLayout;
    form->addRow(tr("Find &buyer"), m_buyerSearch);
    form->addRow(tr("Buyer"), m_buyer);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    auto* titleButton = new QPushButton(tr("T&itle…"));
    titleButton->setToolTip(tr("Enter the buyer's invoice title or correct it"));
    connect(titleButton, &QPushButton::clicked, this, &NewInvoiceRequestDialog::editTitle);
    titleRow->addWidget(titleButton);
    form->addRow(tr("Title"), titleRow);
    form->addRow(tr("&Vendor"), m_vendor);
    form->addRow(tr("&Orders"), m_orders);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(QString(), m_explanation);
    form->addRow(tr("Invoice &type"), m_type);
    form->addRow(tr("&Medium"), m_medium);
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    auto* addressButton = new QPushButton(tr("Add add&ress…"));
    connect(addressButton, &QPushButton::clicked, this, &NewInvoiceRequestDialog::addAddress);
    addressRow->addWidget(addressButton);
    // A row holding a layout gets no buddy by itself: without one the mnemonic shows as text.
    auto* addressLabel = new QLabel(tr("Mailing a&ddress"));
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, addressRow);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(QString(), m_cashOnDelivery);

    auto* problems = new QLabel;
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("buyer"), m_buyer, tr("Buyer"));
    m_feedback->addField(QStringLiteral("title"), m_title, tr("Title"));
    m_feedback->addField(QStringLiteral("vendor"), m_vendor, tr("&Vendor"));
    m_feedback->addField(QStringLiteral("orders"), m_orders, tr("&Orders"));
    m_feedback->addField(QStringLiteral("amount"), m_amount, tr("&Amount"));
    m_feedback->addField(QStringLiteral("type"), m_type, tr("Invoice &type"));
    m_feedback->addField(QStringLiteral("address"), m_address, tr("Mailing a&ddress"));
    m_feedback->addField(QStringLiteral("email"), m_email, tr("&E-mail"));
    m_feedback->addField(QStringLiteral("cash_on_delivery"), m_cashOnDelivery);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewInvoiceRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewInvoiceRequestDialog::reject);
    auto* layout = new QVBoxLayout(this);
    m_recoveryBar = m_recovery.offerBar(tr("A request typed at %1 was never saved."),
                                        [this](const QJsonObject& values) { restore(values); });
    if (m_recoveryBar)
        layout->addWidget(m_recoveryBar);
    layout->addLayout(form);
    layout->addWidget(problems);
    layout->addWidget(buttons);

    auto* pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(250);
    connect(m_buyerSearch, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(pause, &QTimer::timeout, this, &NewInvoiceRequestDialog::findBuyers);
    connect(m_buyer, &QComboBox::currentIndexChanged, this, &NewInvoiceRequestDialog::buyerChosen);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &NewInvoiceRequestDialog::vendorChosen);
    connect(m_orders, &QListWidget::itemChanged, this, &NewInvoiceRequestDialog::updateAmount);
    connect(m_amount, &QLineEdit::textEdited, this, [this] {
        const auto amount = Money::parse(m_amount->text());
        m_cashOnDelivery->setEnabled(amount && *amount <= m_cashOnDeliveryLimit);
    });
    connect(m_medium, &QComboBox::currentIndexChanged, this, [this] {
        const bool paper = m_medium->currentData().toString() == enumKey(InvoiceMedium::Paper);
        m_address->setEnabled(paper);
        m_cashOnDelivery->setEnabled(paper);
        m_email->setEnabled(!paper);
    });
    m_email->setEnabled(false);

    connect(m_buyerSearch, &QLineEdit::textChanged, this, &NewInvoiceRequestDialog::remember);
    for (QComboBox* box : {m_buyer, m_vendor, m_type, m_medium, m_address})
        connect(box, &QComboBox::currentIndexChanged, this, &NewInvoiceRequestDialog::remember);
    connect(m_orders, &QListWidget::itemChanged, this, &NewInvoiceRequestDialog::remember);
    connect(m_amount, &QLineEdit::textChanged, this, &NewInvoiceRequestDialog::remember);
    connect(m_email, &QLineEdit::textChanged, this, &NewInvoiceRequestDialog::remember);
    connect(m_cashOnDelivery, &QCheckBox::toggled, this, &NewInvoiceRequestDialog::remember);
    resize(640, sizeHint().height());
}

QJsonObject NewInvoiceRequestDialog::formValues() const
{
    QJsonArray orderIds;
    for (const auto& order : checkedOrders())
        orderIds.append(order.orderId);
    return {{QStringLiteral("buyerSearch"), m_buyerSearch->text()},
            {QStringLiteral("buyerId"), m_buyer->currentData().toString()},
            {QStringLiteral("vendorId"), m_vendor->currentData().toString()},
            {QStringLiteral("orderIds"), orderIds},
            {QStringLiteral("amount"), m_amount->text()},
            {QStringLiteral("type"), m_type->currentData().toString()},
            {QStringLiteral("medium"), m_medium->currentData().toString()},
            {QStringLiteral("addressId"), m_address->currentData().toString()},
            {QStringLiteral("email"), m_email->text()},
            {QStringLiteral("cashOnDelivery"), m_cashOnDelivery->isChecked()}};
}

void NewInvoiceRequestDialog::remember()
{
    m_recovery.keep(formValues());
}

void NewInvoiceRequestDialog::restore(const QJsonObject& values)
{
    const auto text = [&values](const char* key) { return values.value(QLatin1String(key)).toString(); };
    const auto choose = [](QComboBox* box, const QString& data) {
        if (const int index = box->findData(data); index >= 0)
            box->setCurrentIndex(index);
    };
    {
        const QSignalBlocker typing(m_buyerSearch); // no delayed search after the one below
        m_buyerSearch->setText(text("buyerSearch"));
    }
    findBuyers();
    choose(m_buyer, text("buyerId"));
    choose(m_vendor, text("vendorId"));
    const QJsonArray orderIds = values.value(QStringLiteral("orderIds")).toArray();
    for (int row = 0; row < m_orders->count(); ++row) {
        if (orderIds.contains(m_balances.at(row).orderId))
            m_orders->item(row)->setCheckState(Qt::Checked);
    }
    m_amount->setText(text("amount"));
    choose(m_type, text("type"));
    choose(m_medium, text("medium"));
    choose(m_address, text("addressId"));
    m_email->setText(text("email"));
    m_cashOnDelivery->setChecked(values.value(QStringLiteral("cashOnDelivery")).toBool());
    remember();
}

void NewInvoiceRequestDialog::findBuyers()
{
    const QSignalBlocker blocker(m_buyer);
    m_buyer->clear();
    try {
        for (const auto& buyer : m_repository.findBuyers(m_buyerSearch->text()))
            m_buyer->addItem(buyer.text, buyer.id);
    } catch (const StorageError& error) {
        m_feedback->showErrors({{QStringLiteral("buyer"), error.userMessage()}});
    }
    buyerChosen();
}

void NewInvoiceRequestDialog::buyerChosen()
{
    const QString buyerId = m_buyer->currentData().toString();
    const QSignalBlocker blocker(m_vendor);
    m_vendor->clear();
    m_address->clear();
    m_title->clear();
    if (!buyerId.isEmpty()) {
        try {
            const auto title = m_repository.validTitle(buyerId);
            m_title->setText(title ? QStringLiteral("%1 · %2 %3")
                                         .arg(DomainText::nameOfKey<TitleKind>(title->kind), title->title,
                                              title->taxpayerId)
                                   : tr("No valid invoice title: enter the buyer's title first."));
            for (const auto& vendor : m_repository.vendorsOfBuyer(buyerId))
                m_vendor->addItem(vendor.text, vendor.id);
            for (const auto& address : m_repository.addresses(buyerId))
                m_address->addItem(QStringLiteral("%1 %2 · %3%4%5")
                                       .arg(address.recipient, address.phone, address.province, address.city,
                                            address.address),
                                   address.id);
        } catch (const StorageError& error) {
            m_feedback->showErrors({{QStringLiteral("buyer"), error.userMessage()}});
        }
    }
    vendorChosen();
}

void NewInvoiceRequestDialog::vendorChosen()
{
    const QSignalBlocker blocker(m_orders);
    m_orders->clear();
    m_balances.clear();
    const QString buyerId = m_buyer->currentData().toString();
    const QString vendorId = m_vendor->currentData().toString();
    if (!buyerId.isEmpty() && !vendorId.isEmpty()) {
        try {
            m_balances = m_repository.orderBalances(buyerId, vendorId);
        } catch (const StorageError& error) {
            m_feedback->showErrors({{QStringLiteral("orders"), error.userMessage()}});
        }
    }
    const QLocale locale;
    for (const auto& balance : std::as_const(m_balances)) {
        QString text = tr("%1 — invoiceable %2").arg(balance.orderNo, balance.invoiceable().format(locale));
        if (balance.isStatement())
            text += tr(" — monthly statement %1, invoiced whole").arg(balance.statementPeriod);
        auto* item = new QListWidgetItem(text, m_orders);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    updateAmount();
}

void NewInvoiceRequestDialog::editTitle()
{
    const QString buyerId = m_buyer->currentData().toString();
    if (buyerId.isEmpty()) {
        m_feedback->showErrors({{QStringLiteral("buyer"), tr("Choose the buyer.")}});
        return;
    }
    std::optional<InvoiceRequestRepository::BuyerTitle> current;
    try {
        current = m_repository.validTitle(buyerId);
    } catch (const StorageError& error) {
        m_feedback->showErrors({{QStringLiteral("title"), error.userMessage()}});
        return;
    }
    InvoiceTitleDialog dialog(buyerId, current, m_repository, m_buyers, m_clock, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        buyerChosen();
}

void NewInvoiceRequestDialog::addAddress()
{
    const QString buyerId = m_buyer->currentData().toString();
    if (buyerId.isEmpty()) {
        m_feedback->showErrors({{QStringLiteral("buyer"), tr("Choose the buyer.")}});
        return;
    }
    MailingAddressDialog dialog(buyerId, m_buyers, m_clock, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    buyerChosen();
    m_address->setCurrentIndex(std::max(0, m_address->findData(dialog.savedId())));
}

QList<InvoiceableAmount::OrderBalance> NewInvoiceRequestDialog::checkedOrders() const
{
    QList<InvoiceableAmount::OrderBalance> checked;
    for (int row = 0; row < m_orders->count(); ++row) {
        if (m_orders->item(row)->checkState() == Qt::Checked)
            checked << m_balances.at(row);
    }
    return checked;
}

void NewInvoiceRequestDialog::updateAmount()
{
    const QList<InvoiceableAmount::OrderBalance> orders = checkedOrders();
    Money paid;
    Money refunded;
    Money requested;
    Money vouchers;
    for (const auto& order : orders) {
        paid += order.paid;
        refunded += order.refunded;
        requested += order.requested;
        vouchers += order.voucher;
    }
    const Money invoiceable = InvoiceableAmount::total(orders);
    const QLocale locale;
    m_amount->setText(orders.isEmpty() ? QString() : invoiceable.toPlainString());
    m_explanation->setText(
        orders.isEmpty()
            ? tr("Tick the orders to invoice.")
            : tr("Invoiceable %1 = cash paid %2 − refunded %3 − already requested or invoiced %4. "
                 "Vouchers and coupons (%5) are not invoiceable.")
                  .arg(invoiceable.format(locale), paid.format(locale), refunded.format(locale),
                       requested.format(locale), vouchers.format(locale)));
    m_cashOnDelivery->setEnabled(invoiceable <= m_cashOnDeliveryLimit);
}

void NewInvoiceRequestDialog::accept()
{
    QString error;
    const auto amount = Money::parse(m_amount->text(), &error);
    if (!amount) {
        m_feedback->showErrors({{QStringLiteral("amount"), error}});
        return;
    }
    CreateInvoiceRequest command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.requestId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    command.buyerId = m_buyer->currentData().toString();
    command.vendorId = m_vendor->currentData().toString();
    for (const auto& order : checkedOrders())
        command.orderIds << order.orderId;
    command.amount = *amount;
    command.type
        = enumFromKey<InvoiceType>(m_type->currentData().toString()).value_or(InvoiceType::VatNormal);
    command.medium
        = enumFromKey<InvoiceMedium>(m_medium->currentData().toString()).value_or(InvoiceMedium::Paper);
    command.addressId = m_address->currentData().toString();
    command.email = m_email->text();
    command.cashOnDelivery = m_cashOnDelivery->isEnabled() && m_cashOnDelivery->isChecked();
    if (m_feedback->report(m_service.create(command))) {
        m_recovery.clear();
        m_createdId = command.requestId;
        QDialog::accept();
    }
}
