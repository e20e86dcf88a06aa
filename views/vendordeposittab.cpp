#include "vendordeposittab.h"

#include "clock.h"
#include "depositledgermodel.h"
#include "depositreceipt.h"
#include "depositservice.h"
#include "domaintext.h"
#include "holidayservice.h"
#include "invoicerequestrepository.h"
#include "papermailingdialog.h"
#include "permissiongate.h"
#include "settingsservice.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

VendorDepositTab::VendorDepositTab(Database& database, DepositService& service, const Clock& clock,
                                   const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_summary(new QLabel)
    , m_surcharge(new QLabel)
    , m_confirm(new QPushButton(tr("Confirm surcharge")))
    , m_decline(new QPushButton(tr("Decline")))
    , m_receipt(new QPushButton(tr("Deposit &receipt PDF…")))
    , m_mailed(new QPushButton(tr("Receipt &mailed…")))
    , m_print(new QPushButton(tr("&Print receipt…")))
    , m_model(new DepositLedgerModel(this))
    , m_table(new QTableView)
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_surcharge->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto* surchargeRow = new QHBoxLayout;
    surchargeRow->addWidget(m_surcharge, 1);
    surchargeRow->addWidget(m_confirm);
    surchargeRow->addWidget(m_decline);
    auto* receiptRow = new QHBoxLayout;
    receiptRow->addStretch();
    receiptRow->addWidget(m_print);
    receiptRow->addWidget(m_receipt);
    receiptRow->addWidget(m_mailed);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(surchargeRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(receiptRow);
    for (QWidget* button : {m_confirm, m_decline, m_mailed})
        PermissionGate::require(button, QLatin1String(Permissions::depositRecord));
    connect(m_confirm, &QPushButton::clicked, this, [this] { decideSurcharge(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decideSurcharge(false); });
    connect(m_receipt, &QPushButton::clicked, this, &VendorDepositTab::chooseReceiptFile);
    connect(m_mailed, &QPushButton::clicked, this, &VendorDepositTab::recordMailing);
    connect(m_print, &QPushButton::clicked, this, &VendorDepositTab::printReceipt);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& row) {
                const bool hasReceipt = row.isValid() && !m_model->line(row.row()).receiptNo.isEmpty();
                m_receipt->setEnabled(hasReceipt);
                m_print->setEnabled(hasReceipt);
                m_mailed->setEnabled(hasReceipt && m_model->line(row.row()).receiptMailedAtMs == 0);
            });
    showVendor(std::nullopt);
}

const DepositRepository::SurchargeRow* VendorDepositTab::proposedSurcharge() const
{
    for (const DepositRepository::SurchargeRow& row : m_ledger.surcharges) {
        if (row.status == SurchargeStatus::Proposed)
            return &row;
    }
    return nullptr;
}

void VendorDepositTab::showVendor(const std::optional<VendorRepository::Detail>& vendor)
{
    m_vendor = vendor;
    m_ledger = {};
    QString error;
    if (vendor) {
        try {
            m_ledger = DepositRepository(m_database).ledger(vendor->id);
        } catch (const StorageError& failure) {
            error = failure.userMessage();
        }
    }
    m_model->setLines(m_ledger.lines);
    m_table->resizeColumnsToContents();
    m_receipt->setEnabled(false);
    m_print->setEnabled(false);
    m_mailed->setEnabled(false);
    const DepositRepository::SurchargeRow* proposed = proposedSurcharge();
    m_surcharge->setVisible(proposed != nullptr);
    PermissionGate::setVisible(m_confirm, proposed != nullptr);
    PermissionGate::setVisible(m_decline, proposed != nullptr);
    if (proposed)
        m_surcharge->setText(tr("Surcharge of %1 for one year proposed: %2.")
                                 .arg(proposed->amount.format(QLocale()), proposed->reason));
    if (!vendor || !error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    const QLocale locale;
    const Money due = m_ledger.due(now);
    const Money balance = m_ledger.balance();
    const Money shortfall = DepositLedger::shortfall(due, balance);
    QStringList lines {
        tr("Amount due %1 (the highest deposit among %n market(s)%2) · balance %3 · shortfall %4", nullptr,
           int(m_ledger.marketDeposits.size()))
            .arg(due.format(locale),
                 m_ledger.dueSurcharges().isEmpty() ? QString() : tr(", plus the surcharge"),
                 balance.format(locale), shortfall > Money() ? shortfall.format(locale) : tr("none"))};
    if (shortfall > Money()) {
        std::optional<DepositLedger::ShortfallSchedule> schedule;
        try {
            const BusinessRules rules = SettingsService(m_database).rules();
            schedule
                = DepositLedger::pendingShortfall(m_ledger.entries(), due, rules.topUpWorkingDays,
                                                  rules.settlementDay, HolidayService(m_database).calendar());
        } catch (const StorageError& failure) {
            lines << failure.userMessage();
        }
        if (schedule)
            lines << scheduleText(*schedule, now);
        lines << tr("No product can be listed until the deposit is paid in full.");
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

QString VendorDepositTab::scheduleText(const DepositLedger::ShortfallSchedule& schedule, const QDateTime& now)
{
    const QString settlement = schedule.settlementDay.toString(Qt::ISODate);
    const auto when = [&now](const QDateTime& at) {
        return QStringLiteral("%1 (%2)").arg(
            DomainText::localTime(at.toMSecsSinceEpoch()),
            DomainText::timeLeft(at.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()));
    };
    if (now < schedule.topUpDeadline)
        return tr("Top up by %1; after that the shortfall is taken from the settlement of %2, and the "
                  "display "
                  "is suspended if that does not cover it.")
            .arg(when(schedule.topUpDeadline), settlement);
    if (now < schedule.suspendAt)
        return tr("Not topped up in time: the shortfall is taken from the settlement of %1 (Record deposit…, "
                  "Taken from settlement). The display is suspended at %2 unless the deposit is covered.")
            .arg(settlement, when(schedule.suspendAt));
    return tr("Still short after the settlement of %1: the display is suspended until the deposit is "
              "topped up.")
        .arg(settlement);
}

bool VendorDepositTab::decideSurcharge(bool confirm)
{
    const DepositRepository::SurchargeRow* proposed = proposedSurcharge();
    if (!proposed || !m_vendor)
        return false;
    const DecideSurcharge command {{CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()},
                                   proposed->id,
                                   proposed->version,
                                   confirm};
    const WriteOutcome outcome = m_service.decideSurcharge(command);
    if (!outcome.succeeded())
        QMessageBox::warning(this, tr("Surcharge"), outcome.message);
    showVendor(m_vendor);
    return outcome.succeeded();
}

std::optional<DocumentPdf> VendorDepositTab::selectedReceipt() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_vendor)
        return std::nullopt;
    const DepositRepository::Line& line = m_model->line(current.row());
    if (line.receiptNo.isEmpty())
        return std::nullopt;
    DepositReceipt::Facts facts;
    facts.receiptNo = line.receiptNo;
    facts.vendorName = m_vendor->name;
    facts.creditCode = m_vendor->creditCode;
    facts.marketNames = m_vendor->marketNames;
    facts.amount = line.amount;
    facts.topUp = line.kind == DepositEntryKind::TopUp;
    facts.receivedAt = QDateTime::fromMSecsSinceEpoch(line.recordedAtMs, Qt::UTC);
    facts.recordedBy = line.recordedBy;
    return DocumentPdf(line.receiptNo, DepositReceipt::html(facts), QStringLiteral("收据编号"));
}

QString VendorDepositTab::saveReceipt(const QString& path) const
{
    const auto receipt = selectedReceipt();
    return receipt ? receipt->write(path) : tr("Select a payment or top-up first.");
}

void VendorDepositTab::printReceipt()
{
    const auto receipt = selectedReceipt();
    if (!receipt)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        receipt->paint(printer);
}

void VendorDepositTab::chooseReceiptFile()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save deposit receipt"),
        tr("deposit-receipt-%1.pdf").arg(m_model->line(current.row()).receiptNo), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = saveReceipt(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save deposit receipt"), error);
}

void VendorDepositTab::recordMailing()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_vendor)
        return;
    const DepositRepository::Line line = m_model->line(current.row());
    QStringList couriers;
    try {
        couriers = InvoiceRequestRepository(m_database).couriers();
    } catch (const StorageError&) {
        couriers.clear();
    }
    PaperMailingDialog dialog(
        tr("Deposit receipt %1 mailed").arg(line.receiptNo),
        QStringLiteral("%1 %2, %3").arg(m_vendor->name, m_vendor->contactPerson, m_vendor->phone), couriers,
        [this, &line](const QString& courier, const QString& trackingNo) {
            const RecordReceiptMailing command {
                {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()},
                line.id,
                courier,
                trackingNo};
            return StepSaver::Result {StepSaver::Next::Report, m_service.recordReceiptMailing(command)};
        },
        this);
    dialog.exec();
}
