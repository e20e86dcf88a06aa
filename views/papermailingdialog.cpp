#include "papermailingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PaperMailingDialog::PaperMailingDialog(const QString& title, const QString& recipient,
                                       const QStringList& couriers, Send send, QWidget* parent)
    : QDialog(parent)
    , m_send(std::move(send))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("To"), new QLabel(recipient));
    m_courier = new QComboBox;
    m_courier->setEditable(true);
    m_courier->addItems(couriers);
    m_trackingNo = new QLineEdit;
    form->addRow(tr("&Courier"), m_courier);
    form->addRow(tr("&Tracking number"), m_trackingNo);
    layout->addLayout(form);
    QLabel* problems = FormFeedback::createProblemsLabel();
    layout->addWidget(problems);
    m_feedback = std::make_unique<FormFeedback>(this, problems);
    m_feedback->addField(QStringLiteral("courier"), m_courier, tr("Courier"));
    m_feedback->addField(QStringLiteral("trackingNo"), m_trackingNo, tr("Tracking number"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaperMailingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaperMailingDialog::reject);
    layout->addWidget(buttons);
    m_trackingNo->setFocus();
}

void PaperMailingDialog::accept()
{
    m_feedback->clear();
    const StepSaver::Result result = m_send(m_courier->currentText(), m_trackingNo->text());
    if (result.next == StepSaver::Next::Reload)
        reject();
    else if (result.next == StepSaver::Next::Report && m_feedback->report(result.outcome))
        QDialog::accept();
}
