#include "contractwizard.h"

#include "clock.h"
#include "contractdraftconflict.h"
#include "contractorderpickmodel.h"
#include "contractparties.h"
#include "contractrules.h"
#include "contractservice.h"
#include "contracttext.h"
#include "domaintext.h"
#include "partyaeditor.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTextBrowser>
#include <QUuid>
#include <QVBoxLayout>

namespace {

QWizardPage* makePage(const QString& title, const QString& subTitle)
{
    auto* page = new QWizardPage;
    page->setTitle(title);
    page->setSubTitle(subTitle);
    new QVBoxLayout(page);
    return page;
}

QVBoxLayout* layoutOf(QWizardPage* page)
{
    return static_cast<QVBoxLayout*>(page->layout());
}

ContractSubState stepOfPage(int id)
{
    switch (id) {
    case ContractWizard::TextPage:
        return ContractSubState::ConfirmingText;
    case ContractWizard::SignPage:
        return ContractSubState::ConfirmingSignature;
    default:
        return ContractSubState::FillingIn;
    }
}

} // namespace

ContractWizard::ContractWizard(Database& database, ContractService& service, const Clock& clock,
                               const QString& actor, const std::optional<ContractRepository::Detail>& draft,
                               QWidget* parent)
    : QWizard(parent)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_repository(database)
    , m_parties(m_repository)
    , m_contractId(TimeOrderedUuid::create().toString(QUuid::WithoutBraces))
{
    setWindowTitle(tr("New contract"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Save &draft"));
    setButtonText(QWizard::FinishButton, tr("Confirm &signing"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveDraft();
    });
    m_problems = FormFeedback::createProblemsLabel();
    m_savedNote = new QLabel;
    m_feedback = std::make_unique<FormFeedback>(this, m_problems);

    setPage(TypePage, buildTypePage());
    setPage(SealPage, buildSealPage());
    setPage(OrdersPage, buildOrdersPage());
    setPage(PartyPage, buildPartyPage());
    setPage(TextPage, buildTextPage());
    setPage(SignPage, buildSignPage());
    // The problems and the "saved" note sit under whichever page is shown; until one is, under
    // the first, which also owns them when the wizard closes before it is shown.
    const auto placeNotes = [this](QWizardPage* shown) {
        layoutOf(shown)->addWidget(m_problems);
        layoutOf(shown)->addWidget(m_savedNote);
    };
    placeNotes(page(TypePage));
    connect(this, &QWizard::currentIdChanged, this, [this, placeNotes](int id) {
        if (QWizardPage* shown = page(id))
            placeNotes(shown);
        m_problems->clear();
    });
    if (draft) {
        fill(*draft);
        m_opened = draft;
        const ContractSubState at = draft->subState;
        m_resumePage = at == ContractSubState::ConfirmingSignature ? SignPage
            : at == ContractSubState::ConfirmingText               ? TextPage
                                                                   : TypePage;
    }
    resize(820, 640);
}

ContractWizard::~ContractWizard() = default;

QLineEdit* ContractWizard::partyEdit(const QString& field) const
{
    return m_party->edit(field);
}

QWizardPage* ContractWizard::buildTypePage()
{
    QWizardPage* type = makePage(tr("Type"), tr("Who signs, and which kind of contract."));
    m_frameworkNote = new QLabel;
    m_frameworkNote->setWordWrap(true);
    auto* form = new QFormLayout;
    m_customer = new QLineEdit;
    m_customer->setPlaceholderText(tr("Customer ID, e.g. C880001"));
    m_buyerName = new QLabel;
    connect(m_customer, &QLineEdit::editingFinished, this, &ContractWizard::resolveBuyer);
    form->addRow(tr("&Buyer"), m_customer);
    form->addRow(QString(), m_buyerName);
    m_vendor = new QComboBox;
    m_vendor->addItem(tr("(choose the vendor)"), QString());
    try {
        for (const ContractRepository::Vendor& vendor : m_repository.vendors())
            m_vendor->addItem(vendor.name, vendor.id);
    } catch (const StorageError& error) {
        m_buyerName->setText(error.userMessage());
    }
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &ContractWizard::updateFrameworkNote);
    form->addRow(tr("&Vendor (party B)"), m_vendor);
    layoutOf(type)->addLayout(form);

    auto* kinds = new QButtonGroup(type);
    const QList<std::pair<ContractKind, QString>> descriptions {
        {ContractKind::Framework,
         tr("The terms for all purchases of this buyer from this vendor; one valid per account.")},
        {ContractKind::Order,
         tr("Lists orders with their amounts; stands under an effective framework contract.")},
        {ContractKind::Filing,
         tr("Lists the orders of a project the buyer files for record; stands under an effective "
            "framework contract.")},
    };
    for (const auto& [kind, description] : descriptions) {
        auto* button = new QRadioButton(DomainText::name(kind));
        kinds->addButton(button);
        m_kindButtons.append(button);
        layoutOf(type)->addWidget(button);
        auto* note = new QLabel(description);
        note->setWordWrap(true);
        note->setContentsMargins(24, 0, 0, 6);
        layoutOf(type)->addWidget(note);
        connect(button, &QRadioButton::toggled, this, &ContractWizard::updateFrameworkNote);
    }
    m_kindButtons.first()->setChecked(true);
    layoutOf(type)->addWidget(m_frameworkNote);
    layoutOf(type)->addStretch();
    return type;
}

QWizardPage* ContractWizard::buildSealPage()
{
    QWizardPage* seal
        = makePage(tr("Seal method"), tr("How the contract is sealed; it cannot change once generated."));
    auto* seals = new QButtonGroup(seal);
    for (SealMethod method : enumValues<SealMethod>()) {
        auto* button = new QRadioButton(DomainText::name(method));
        seals->addButton(button);
        m_sealButtons.append(button);
        layoutOf(seal)->addWidget(button);
    }
    m_sealButtons.first()->setChecked(true);
    m_sealNote = new QLabel;
    m_sealNote->setWordWrap(true);
    layoutOf(seal)->addWidget(m_sealNote);
    layoutOf(seal)->addStretch();
    return seal;
}

QWizardPage* ContractWizard::buildOrdersPage()
{
    QWizardPage* orders = makePage(tr("Orders"),
                                   tr("Only paid orders not listed in another contract can be picked; "
                                      "refund orders count negative and the total may not fall below zero."));
    auto* form = new QFormLayout;
    m_filingProject = new QLineEdit;
    m_filingProject->setPlaceholderText(tr("e.g. 数据中心上云项目"));
    m_filingProjectLabel = new QLabel(tr("&Project filed"));
    m_filingProjectLabel->setBuddy(m_filingProject);
    form->addRow(m_filingProjectLabel, m_filingProject);
    layoutOf(orders)->addLayout(form);
    m_orders = new ContractOrderPickModel(this);
    auto* view = new QTableView;
    view->setObjectName(QStringLiteral("contractOrders"));
    view->setModel(m_orders);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layoutOf(orders)->addWidget(view, 1);
    m_total = new QLabel;
    m_orderMessage = new QLabel;
    m_orderMessage->setWordWrap(true);
    layoutOf(orders)->addWidget(m_total);
    layoutOf(orders)->addWidget(m_orderMessage);
    connect(m_orders, &ContractOrderPickModel::totalChanged, this, [this](Money total) {
        m_total->setText(tr("Contract total: %1").arg(total.format(QLocale())));
        m_orderMessage->clear();
    });
    connect(m_orders, &ContractOrderPickModel::checkRefused, m_orderMessage, &QLabel::setText);
    return orders;
}

QWizardPage* ContractWizard::buildPartyPage()
{
    QWizardPage* party = makePage(tr("Party A"),
                                  tr("The buyer's details as the contract states them; saving them here "
                                     "also updates the buyer's saved details."));
    auto* form = new QFormLayout;
    m_party = std::make_unique<PartyAEditor>(form, *m_feedback);
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    m_validFrom = new QDateEdit(today);
    m_validUntil = new QDateEdit(today.addYears(1).addDays(-1));
    for (QDateEdit* edit : {m_validFrom, m_validUntil}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    form->addRow(tr("Valid &from"), m_validFrom);
    form->addRow(tr("Valid &until"), m_validUntil);
    m_feedback->addField(QStringLiteral("validFrom"), m_validFrom, tr("Valid from"));
    m_feedback->addField(QStringLiteral("validUntil"), m_validUntil, tr("Valid until"));
    m_feedback->addField(QStringLiteral("filingProject"), m_filingProject, tr("Project filed"));
    layoutOf(party)->addLayout(form);
    layoutOf(party)->addStretch();
    return party;
}

QWizardPage* ContractWizard::buildTextPage()
{
    QWizardPage* text
        = makePage(tr("Contract text"), tr("Read the generated text. Go back to change anything."));
    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("contractText"));
    layoutOf(text)->addWidget(m_text, 1);
    m_textConfirmed = new QCheckBox(tr("I have read the text and confirm it"));
    layoutOf(text)->addWidget(m_textConfirmed);
    return text;
}

QWizardPage* ContractWizard::buildSignPage()
{
    QWizardPage* sign = makePage(tr("Signing"),
                                 tr("Once signing is confirmed the text is final and the contract goes "
                                    "to the customer for signing."));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layoutOf(sign)->addWidget(m_summary);
    m_signConfirmed = new QCheckBox(tr("Confirm signing with the method chosen"));
    layoutOf(sign)->addWidget(m_signConfirmed);
    layoutOf(sign)->addStretch();
    return sign;
}

void ContractWizard::fill(const ContractRepository::Detail& draft)
{
    setWindowTitle(tr("Contract %1").arg(draft.contractNo));
    m_contractId = draft.id;
    m_contractNo = draft.contractNo;
    m_version = draft.version;
    m_customer->setText(draft.buyer.customerNo);
    resolveBuyer();
    m_vendor->setCurrentIndex(qMax(0, m_vendor->findData(draft.vendor.id)));
    m_kindButtons.at(int(draft.kind))->setChecked(true);
    m_sealButtons.at(int(draft.seal))->setChecked(true);
    m_filingProject->setText(draft.filingProject);
    m_initialOrderIds = draft.orderIds;
    m_party->setDetails(draft.partyA);
    if (draft.validFrom.isValid())
        m_validFrom->setDate(draft.validFrom);
    if (draft.validUntil.isValid())
        m_validUntil->setDate(draft.validUntil);
    // Resuming at the text or the signature: the steps before were confirmed already.
    m_textConfirmed->setChecked(draft.subState == ContractSubState::ConfirmingSignature);
}

void ContractWizard::resolveBuyer()
{
    m_buyerName->setText(m_parties.findBuyer(m_customer->text()));
    updateFrameworkNote();
}

void ContractWizard::updateFrameworkNote()
{
    m_frameworkNote->setText(m_parties.findFramework(vendorId()));
}

ContractKind ContractWizard::kind() const
{
    for (int i = 0; i < m_kindButtons.size(); ++i) {
        if (m_kindButtons.at(i)->isChecked())
            return ContractKind(i);
    }
    return ContractKind::Framework;
}

SealMethod ContractWizard::seal() const
{
    return m_sealButtons.at(int(SealMethod::TwoSided))->isChecked() ? SealMethod::TwoSided
                                                                    : SealMethod::OneSided;
}

QString ContractWizard::vendorId() const
{
    return m_vendor->currentData().toString();
}

void ContractWizard::setVisible(bool visible)
{
    QWizard::setVisible(visible);
    // Resuming walks through the confirmed pages, so that Back leads to them as it would have;
    // a page whose check fails now (say, the framework contract ended meanwhile) stops the walk.
    if (!visible || m_resumePage == TypePage)
        return;
    const int target = m_resumePage;
    m_resumePage = TypePage;
    while (currentId() != target) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

int ContractWizard::nextId() const
{
    if (currentId() == SealPage && !ContractRules::listsOrders(kind()))
        return PartyPage;
    return QWizard::nextId();
}

void ContractWizard::initializePage(int id)
{
    const bool filing = kind() == ContractKind::Filing;
    switch (id) {
    case SealPage: {
        const auto imposed = ContractRules::imposedSeal(m_parties.buyer() && m_parties.buyer()->individual);
        if (imposed)
            m_sealButtons.at(int(*imposed))->setChecked(true);
        for (QRadioButton* button : std::as_const(m_sealButtons))
            button->setEnabled(!imposed);
        m_sealNote->setText(imposed
                                ? tr("An individual buyer signs with two-sided e-seals; there is no choice.")
                                : QString());
        break;
    }
    case OrdersPage:
        m_filingProject->setVisible(filing);
        m_filingProject->setEnabled(filing);
        m_filingProjectLabel->setVisible(filing);
        loadOrders(m_orders->rowCount() > 0 ? m_orders->checkedIds() : m_initialOrderIds);
        break;
    case PartyPage:
        if (m_party->details().name.isEmpty()) {
            std::optional<PartyADetails> saved;
            try {
                saved = m_repository.partyA(m_parties.buyer()->id);
            } catch (const StorageError&) {
                saved.reset();
            }
            m_party->setDetails(saved.value_or(PartyADetails {m_parties.buyer()->name, {}, {}, {}, {}}));
        }
        break;
    case TextPage: {
        if (m_contractNo.isEmpty())
            m_contractNo = ContractRules::contractNumber(QUuid::fromString(m_contractId), m_clock.nowUtc());
        try {
            const QString frameworkNo = m_parties.framework() && ContractRules::listsOrders(kind())
                ? m_parties.framework()->contractNo
                : QString();
            m_text->setHtml(ContractText::render(m_repository.document(
                command(ContractSubState::ConfirmingText), m_contractNo, frameworkNo, m_orders->orders())));
        } catch (const StorageError& error) {
            m_text->setPlainText(error.userMessage());
        }
        break;
    }
    case SignPage: {
        const SaveContractDraft draft = command(ContractSubState::ConfirmingSignature);
        QString summary
            = tr("<b>%1</b> %2<br>%3 · %4<br>Party A: %5<br>Party B: %6<br>Valid %7 – %8")
                  .arg(m_contractNo.toHtmlEscaped(), DomainText::name(draft.kind),
                       DomainText::name(draft.seal), m_customer->text().toHtmlEscaped(),
                       draft.partyA.name.toHtmlEscaped(), m_vendor->currentText().toHtmlEscaped(),
                       draft.validFrom.toString(Qt::ISODate), draft.validUntil.toString(Qt::ISODate));
        if (ContractRules::listsOrders(draft.kind))
            summary += tr("<br>%n order(s), total %1", nullptr, int(draft.orderIds.size()))
                           .arg(m_orders->total().format(QLocale()));
        m_summary->setText(summary);
        break;
    }
    default:
        break;
    }
}

void ContractWizard::loadOrders(const QStringList& checkedIds)
{
    try {
        m_orders->setOrders(m_repository.candidateOrders(m_parties.buyer()->id, vendorId(), m_contractId),
                            checkedIds);
    } catch (const StorageError& error) {
        m_orderMessage->setText(error.userMessage());
    }
}

bool ContractWizard::validateCurrentPage()
{
    m_problems->clear();
    switch (currentId()) {
    case TypePage:
        m_problems->setText(m_parties.problem(vendorId(), kind(), m_contractId));
        return m_problems->text().isEmpty();
    case OrdersPage:
        if (kind() == ContractKind::Filing && m_filingProject->text().trimmed().isEmpty()) {
            m_problems->setText(tr("Name the project filed."));
            return false;
        }
        if (m_orders->checkedIds().isEmpty()) {
            m_problems->setText(tr("Pick at least one order."));
            return false;
        }
        return true;
    case PartyPage: {
        const FieldErrors errors = command(ContractSubState::ConfirmingText).validate();
        m_feedback->showErrors(errors);
        return errors.isEmpty();
    }
    case TextPage:
        if (!m_textConfirmed->isChecked())
            m_problems->setText(tr("Read the text and confirm it to go on."));
        return m_textConfirmed->isChecked();
    case SignPage:
        if (!m_signConfirmed->isChecked())
            m_problems->setText(tr("Tick the confirmation to sign."));
        return m_signConfirmed->isChecked();
    default:
        return true;
    }
}

SaveContractDraft ContractWizard::command(ContractSubState step) const
{
    SaveContractDraft draft;
    draft.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    draft.contractId = m_contractId;
    draft.baseVersion = m_version;
    draft.buyerId = m_parties.buyer() ? m_parties.buyer()->id : QString();
    draft.vendorId = vendorId();
    draft.kind = kind();
    draft.seal = seal();
    if (ContractRules::listsOrders(draft.kind))
        draft.orderIds = m_orders->rowCount() > 0 ? m_orders->checkedIds() : m_initialOrderIds;
    draft.partyA = m_party->details();
    draft.validFrom = m_validFrom->date();
    draft.validUntil = m_validUntil->date();
    if (draft.kind == ContractKind::Filing)
        draft.filingProject = m_filingProject->text();
    draft.step = step;
    return draft;
}

bool ContractWizard::save(ContractSubState step)
{
    const WriteOutcome outcome = m_service.saveDraft(command(step));
    if (outcome.kind == WriteOutcome::Kind::Conflict && m_opened) {
        resolveConflict(outcome);
        return false;
    }
    if (!m_feedback->report(outcome))
        return false;
    if (outcome.kind == WriteOutcome::Kind::Done)
        m_version = outcome.newVersion;
    try {
        if ((m_opened = m_repository.detail(m_contractId))) {
            m_contractNo = m_opened->contractNo;
            m_version = m_opened->version;
        }
    } catch (const StorageError&) {
        // The save itself succeeded; the number shows after the next read.
    }
    return true;
}

void ContractWizard::resolveConflict(const WriteOutcome& conflict)
{
    std::optional<ContractRepository::Detail> theirs;
    try {
        theirs = m_repository.detail(m_contractId);
    } catch (const StorageError& error) {
        m_feedback->report(WriteOutcome::failed(error.userMessage()));
        return;
    }
    // A contract generated or withdrawn meanwhile is no draft to merge into.
    if (!theirs || theirs->state() != ContractState::Draft) {
        m_feedback->report(conflict);
        return;
    }
    const ContractRepository::Detail mine = ContractDraftConflict::draftOf(
        *m_opened, command(stepOfPage(currentId())), m_parties.buyer().value_or(ContractRepository::Buyer {}),
        m_vendor->currentText());
    QHash<QString, QString> orderNumbers;
    for (const ContractRepository::CandidateOrder& order : m_orders->orders())
        orderNumbers.insert(order.id, order.orderNo);
    const auto resolution = ContractDraftConflict::resolve(*m_opened, *theirs, mine, orderNumbers, this);
    if (!resolution)
        return;
    fill(resolution->draft);
    m_opened = theirs;
    if (m_orders->rowCount() > 0)
        loadOrders(resolution->draft.orderIds);
    initializePage(currentId());
    m_feedback->showNote(resolution->note);
}

bool ContractWizard::saveDraft()
{
    if (!save(stepOfPage(currentId())))
        return false;
    m_savedNote->setText(
        tr("Draft %1 saved at %2.")
            .arg(m_contractNo, m_clock.nowUtc().toLocalTime().toString(QStringLiteral("HH:mm"))));
    return true;
}

void ContractWizard::accept()
{
    if (!validateCurrentPage() || !save(ContractSubState::ConfirmingSignature))
        return;
    for (ContractAction action : {ContractAction::ConfirmSignature, ContractAction::FinishGenerating}) {
        MoveContract move;
        move.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
        move.contractId = m_contractId;
        move.baseVersion = m_version;
        move.action = action;
        const WriteOutcome outcome = m_service.move(move);
        if (!m_feedback->report(outcome))
            return;
        m_version = outcome.newVersion;
    }
    QWizard::accept();
}

void ContractWizard::reject()
{
    // Past the first page a contract that was never saved would be lost without a word.
    if (m_version == 0 && currentId() > TypePage
        && QMessageBox::question(
               this, windowTitle(),
               tr("Close without saving? \"Save draft\" keeps the contract to finish later."),
               QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Close)
        return;
    QWizard::reject();
}
