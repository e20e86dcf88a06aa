#include "rulesettingsbox.h"

#include "clock.h"
#include "conflictdialog.h"
#include "permissiongate.h"
#include "permissions.h"
#include "storageerror.h"
#include "timeordereduuid.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace {

const QString slaDaysKey = QStringLiteral("invoice.sla_days");
const QString slaWorkingDaysKey = QStringLiteral("invoice.sla_working_days");
constexpr qint64 fenPerYuan = 100;

} // namespace

RuleSettingsBox::RuleSettingsBox(SettingsService& settings, const Clock& clock, const QString& actor,
                                 QWidget* parent)
    : QGroupBox(tr("Deadlines and limits"), parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_actor(actor)
    , m_dayKind(new QComboBox(this))
    , m_note(new QLabel(this))
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    addSection(tr("Invoice requests"));
    auto* slaDays = makeSpin(slaDaysKey, tr("Days to issue"), Unit::Plain);
    m_dayKind->setObjectName(slaWorkingDaysKey);
    m_dayKind->addItem(tr("calendar days"), 0);
    m_dayKind->addItem(tr("working days (holiday calendar)"), 1);
    m_fields.append({slaWorkingDaysKey, tr("Counted in"), Unit::DayKind, nullptr});
    auto* sla = new QHBoxLayout;
    sla->addWidget(slaDays);
    sla->addWidget(m_dayKind);
    auto* slaLabel = new QLabel(tr("Issue &within"), this);
    slaLabel->setBuddy(slaDays);
    form->addRow(slaLabel, sla);
    addFigure(QStringLiteral("invoice.cash_on_delivery_limit_fen"), tr("Cash on delivery up to"), Unit::Yuan);
    addFigure(QStringLiteral("invoice.return_working_days"), tr("Returns processed within"),
              Unit::WorkingDays);
    addFigure(QStringLiteral("invoice.red_letter_hours"), tr("Red-letter form confirmed within"),
              Unit::Hours);

    addSection(tr("Service deliveries"));
    addFigure(QStringLiteral("delivery.auto_accept_days"), tr("Accepted automatically after"), Unit::Days);

    addSection(tr("Deposits"));
    addFigure(QStringLiteral("deposit.top_up_working_days"), tr("Top up within"), Unit::WorkingDays);
    addFigure(QStringLiteral("deposit.settlement_day"), tr("Else taken from the settlement on day"),
              Unit::DayOfMonth);
    addFigure(QStringLiteral("deposit.surcharge_deductions"), tr("Surcharge proposed after more than"),
              Unit::Deductions);
    addFigure(QStringLiteral("deposit.surcharge_fen"), tr("Surcharge for a year"), Unit::Yuan);

    addSection(tr("Vendors and products"));
    addFigure(QStringLiteral("violation.expel_points"), tr("Expulsion proposed at"), Unit::Points);
    addFigure(QStringLiteral("vendor.reentry_wait_months"), tr("May apply again after own exit"),
              Unit::Months);
    addFigure(QStringLiteral("product.idle_delist_months"), tr("Delisted without an order for"),
              Unit::Months);

    addSection(tr("Contracts"));
    addFigure(QStringLiteral("contract.paper_mail_working_days"), tr("Paper copies mailed within"),
              Unit::WorkingDays);

    auto* saveButton = new QPushButton(tr("&Save deadlines and limits"), this);
    PermissionGate::require(saveButton, QLatin1String(Permissions::settingsEdit));
    connect(saveButton, &QPushButton::clicked, this, &RuleSettingsBox::save);
    form->addRow(QString(), saveButton);
    m_note->setWordWrap(true);
    form->addRow(m_note);
    reload();
}

void RuleSettingsBox::addSection(const QString& title)
{
    auto* heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    static_cast<QFormLayout*>(layout())->addRow(heading);
}

void RuleSettingsBox::addFigure(const QString& key, const QString& label, Unit unit)
{
    static_cast<QFormLayout*>(layout())->addRow(label, makeSpin(key, label, unit));
}

QSpinBox* RuleSettingsBox::makeSpin(const QString& key, const QString& label, Unit unit)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(key);
    const auto definition = SettingsService::definition(key);
    const qint64 factor = unit == Unit::Yuan ? fenPerYuan : 1;
    spin->setRange(int(definition->minimum / factor), int(definition->maximum / factor));
    if (unit == Unit::Yuan) {
        spin->setPrefix(QStringLiteral("¥"));
        spin->setGroupSeparatorShown(true);
    }
    connect(spin, &QSpinBox::valueChanged, spin,
            [spin, unit](int value) { spin->setSuffix(suffix(unit, value)); });
    m_fields.append({key, label, unit, spin});
    spin->setToolTip(
        tr("Default: %1").arg(displayText(m_fields.last(), QString::number(definition->defaultValue))));
    return spin;
}

QString RuleSettingsBox::suffix(Unit unit, int value)
{
    switch (unit) {
    case Unit::Plain:
    case Unit::Yuan:
    case Unit::DayKind:
        return {};
    case Unit::Days:
        return tr(" day(s)", nullptr, value);
    case Unit::WorkingDays:
        return tr(" working day(s)", nullptr, value);
    case Unit::Hours:
        return tr(" hour(s)", nullptr, value);
    case Unit::Months:
        return tr(" month(s)", nullptr, value);
    case Unit::Points:
        return tr(" point(s) in a year", nullptr, value);
    case Unit::Deductions:
        return tr(" deduction(s) in 12 months", nullptr, value);
    case Unit::DayOfMonth:
        return tr(" of each month");
    }
    return {};
}

QSpinBox* RuleSettingsBox::spinBox(const QString& key) const
{
    for (const Field& field : m_fields) {
        if (field.key == key)
            return field.spin;
    }
    return nullptr;
}

QString RuleSettingsBox::storedValue(const Field& field) const
{
    if (!field.spin)
        return m_dayKind->currentData().toString();
    return QString::number(field.spin->value() * (field.unit == Unit::Yuan ? fenPerYuan : 1));
}

void RuleSettingsBox::showStored(const Field& field, const QString& stored)
{
    if (!field.spin) {
        m_dayKind->setCurrentIndex(std::max(0, m_dayKind->findData(stored.toInt())));
        return;
    }
    const qint64 number = stored.toLongLong();
    field.spin->setValue(int(field.unit == Unit::Yuan ? number / fenPerYuan : number));
    field.spin->setSuffix(suffix(field.unit, field.spin->value()));
}

QString RuleSettingsBox::displayText(const Field& field, const QString& stored) const
{
    if (!field.spin)
        return m_dayKind->itemText(std::max(0, m_dayKind->findData(stored.toInt())));
    const qint64 number = stored.toLongLong();
    if (field.unit == Unit::Yuan)
        return QStringLiteral("¥") + QLocale().toString(number / fenPerYuan);
    return QString::number(number) + suffix(field.unit, int(number));
}

QString RuleSettingsBox::storedFromText(const Field& field, const QString& text) const
{
    if (!field.spin)
        return m_dayKind->itemData(std::max(0, m_dayKind->findText(text))).toString();
    // The first number, with the group separators an amount shows: "¥10,000", "3 working days".
    static const QRegularExpression number(QStringLiteral("\\d[\\d,]*"));
    const qint64 value = number.match(text).captured().remove(QLatin1Char(',')).toLongLong();
    return QString::number(value * (field.unit == Unit::Yuan ? fenPerYuan : 1));
}

QHash<QString, QString> RuleSettingsBox::displayTexts(const QHash<QString, QString>& stored) const
{
    QHash<QString, QString> texts;
    for (const Field& field : m_fields)
        texts.insert(field.key, displayText(field, stored.value(field.key)));
    return texts;
}

void RuleSettingsBox::reload()
{
    try {
        QHash<QString, SettingsService::Setting> base;
        for (const Field& field : std::as_const(m_fields))
            base.insert(field.key, m_settings.read(field.key));
        m_base = base;
    } catch (const StorageError& error) {
        m_note->setText(error.userMessage());
        return;
    }
    for (const Field& field : std::as_const(m_fields))
        showStored(field, m_base.value(field.key).value);
    m_note->setText(tr("Deadlines already set on a request, a delivery or a contract keep their time; the "
                       "other figures count from the moment they are saved."));
}

bool RuleSettingsBox::save()
{
    QList<SaveSetting> commands;
    QStringList changed;
    for (const Field& field : std::as_const(m_fields)) {
        const SettingsService::Setting base = m_base.value(field.key);
        const QString value = storedValue(field);
        if (base.value == value)
            continue;
        commands.append({{CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()},
                         field.key,
                         value,
                         base.version});
        changed << field.label;
    }
    if (commands.isEmpty()) {
        m_note->setText(tr("Nothing was changed."));
        return false;
    }
    const WriteOutcome outcome = m_settings.saveAll(commands);
    if (outcome.kind == WriteOutcome::Kind::Conflict) {
        resolveConflict();
        return false;
    }
    if (!outcome.succeeded()) {
        QMessageBox::warning(this, title(),
                             outcome.fieldErrors.isEmpty() ? outcome.message
                                                           : outcome.fieldErrors.first().message);
        return false;
    }
    reload();
    m_note->setText(tr("Saved: %1.").arg(changed.join(tr(", "))));
    return true;
}

void RuleSettingsBox::resolveConflict()
{
    QHash<QString, QString> base;
    QHash<QString, QString> theirs;
    QHash<QString, QString> mine;
    QList<std::pair<QString, QString>> fields;
    try {
        for (const Field& field : std::as_const(m_fields)) {
            const QString saved = m_settings.read(field.key).value;
            const QString started = m_base.value(field.key).value;
            const QString held = storedValue(field);
            base.insert(field.key, started);
            theirs.insert(field.key, saved);
            mine.insert(field.key, held);
            if (saved != started || held != started)
                fields.append({field.key, field.label});
        }
    } catch (const StorageError& error) {
        m_note->setText(error.userMessage());
        return;
    }
    const auto resolution
        = ConflictDialog::resolve(fields, displayTexts(base), displayTexts(theirs), displayTexts(mine), this);
    if (!resolution)
        return;
    reload(); // the next save starts from their versions
    for (const Field& field : std::as_const(m_fields)) {
        if (resolution->values.contains(field.key))
            showStored(field, storedFromText(field, resolution->values.value(field.key)));
    }
    m_note->setText(resolution->note);
}
