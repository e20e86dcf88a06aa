#include "violationdialog.h"

#include "attachmentreader.h"
#include "clock.h"
#include "timeordereduuid.h"
#include "violationpoints.h"
#include "violationservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

ViolationDialog::ViolationDialog(const VendorId& vendor, const QString& vendorName, int pointsThisYear,
                                 int expelPoints, const QList<CatalogueRepository::ViolationType>& types,
                                 ViolationService& service, const Clock& clock, const QString& actor,
                                 QWidget* parent)
    : QDialog(parent)
    , m_vendor(vendor)
    , m_pointsThisYear(pointsThisYear)
    , m_expelPoints(expelPoints)
    , m_types(types)
    , m_service(service)
    , m_clock(clock)
    , m_actor(actor)
    , m_type(new QComboBox)
    , m_date(new QDateEdit(clock.nowUtc().toLocalTime().date()))
    , m_description(new QPlainTextEdit)
    , m_files(new QListWidget)
    , m_consequence(new QLabel)
{
    setWindowTitle(tr("Record a violation of %1").arg(vendorName));
    for (const CatalogueRepository::ViolationType& type : types)
        m_type->addItem(tr("%1 (%n point(s))", nullptr, type.points).arg(type.name), type.id);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_description->setTabChangesFocus(true);
    m_files->setMaximumHeight(70);
    m_consequence->setWordWrap(true);
    auto* attach = new QPushButton(tr("&Attach evidence…"));
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence"));
        if (!path.isEmpty())
            addEvidence(path);
    });
    auto* problems = FormFeedback::createProblemsLabel();
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    auto* form = new QFormLayout;
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Occurred on"), m_date);
    form->addRow(tr("&What happened"), m_description);
    form->addRow(tr("Evidence"), m_files);
    form->addRow(QString(), attach);
    m_feedback->addField(QStringLiteral("type"), m_type, tr("Type"));
    m_feedback->addField(QStringLiteral("occurred_on"), m_date, tr("Occurred on"));
    m_feedback->addField(QStringLiteral("description"), m_description, tr("What happened"));
    m_feedback->addField(QStringLiteral("evidence"), m_files, tr("Evidence"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ViolationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ViolationDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ViolationDialog::typeChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_consequence);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    typeChanged();
    resize(520, sizeHint().height());
}

void ViolationDialog::typeChanged()
{
    const int index = m_type->currentIndex();
    const int points = index >= 0 && index < m_types.size() ? m_types.at(index).points : 0;
    const int year = ViolationPoints::countedYear(m_clock.nowUtc());
    const int total = m_pointsThisYear + points;
    QString text = tr("The points count in %1: the vendor's total becomes %2.").arg(year).arg(total);
    if (ViolationPoints::proposesExpulsion(total, m_expelPoints))
        text += QLatin1Char(' ')
            + tr("That reaches %1 points: expulsion will be proposed.").arg(m_expelPoints);
    m_consequence->setText(text);
}

bool ViolationDialog::addEvidence(const QString& path)
{
    std::optional<QByteArray> content = AttachmentReader::read(this, path, RecordViolation::maximumFileSize);
    if (!content)
        return false;
    m_evidence.append({QFileInfo(path).fileName(), *std::move(content)});
    m_files->addItem(m_evidence.last().fileName);
    return true;
}

void ViolationDialog::accept()
{
    m_feedback->clear();
    RecordViolation command;
    command.header = {CommandId(TimeOrderedUuid::create()), m_actor, m_clock.nowUtc()};
    command.violationId = TimeOrderedUuid::create().toString(QUuid::WithoutBraces);
    command.vendorId = m_vendor;
    command.violationTypeId = m_type->currentData().toString();
    command.occurredOn = m_date->date();
    command.description = m_description->toPlainText();
    command.evidence = m_evidence;
    if (m_feedback->report(m_service.record(command)))
        QDialog::accept();
}
