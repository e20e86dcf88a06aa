#include "connectiondialog.h"

#include "database.h"
#include "migrator.h"
#include "serverprobe.h"
#include "storageerror.h"
#include "ui_connectiondialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>

ConnectionDialog::ConnectionDialog(const DatabaseUrl& current, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    m_ui->backend->addItem(tr("Embedded SQLite file"));
    m_ui->backend->addItem(tr("PostgreSQL server (team)"));
    connect(m_ui->backend, &QComboBox::currentIndexChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    const bool postgres = current.backend() == DatabaseUrl::Backend::Postgres;
    m_ui->backend->setCurrentIndex(postgres ? 1 : 0);
    m_ui->pages->setCurrentIndex(postgres ? 1 : 0);
    m_ui->path->setText(current.path());
    m_ui->host->setText(postgres ? current.host() : QStringLiteral("localhost"));
    m_ui->port->setValue(current.port());
    m_ui->user->setText(current.user());
    m_ui->databaseName->setText(postgres ? current.databaseName() : QStringLiteral("marketdesk"));
    m_ui->schema->setText(current.schema());

    m_test = m_ui->buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->browse, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
}

ConnectionDialog::~ConnectionDialog() = default;

std::optional<DatabaseUrl> ConnectionDialog::url() const
{
    QString error;
    std::optional<DatabaseUrl> url;
    if (m_ui->backend->currentIndex() == 0) {
        url = DatabaseUrl::parse(QStringLiteral("sqlite:") + m_ui->path->text().trimmed(), &error);
    } else {
        const QString schema = m_ui->schema->text().trimmed();
        if (!schema.isEmpty() && !DatabaseUrl::isSchemaName(schema)) {
            m_ui->result->setText(tr("Schema: use letters, digits and _, not starting with a digit."));
            return std::nullopt;
        }
        url = DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4%5")
                                     .arg(m_ui->user->text().trimmed(), m_ui->host->text().trimmed())
                                     .arg(m_ui->port->value())
                                     .arg(m_ui->databaseName->text().trimmed(),
                                          schema.isEmpty() ? QString() : QStringLiteral("?schema=") + schema),
                                 &error);
    }
    if (!url)
        m_ui->result->setText(error.isEmpty() ? tr("Fill in every field.") : error);
    return url;
}

bool ConnectionDialog::testConnection()
{
    const std::optional<DatabaseUrl> target = url();
    if (!target)
        return false;
    if (const QString unanswered = waitForServer(*target); !unanswered.isEmpty()) {
        m_ui->result->setText(unanswered);
        return false;
    }
    Database database(*target);
    m_password.clear();
    const QString error
        = database.open([this](const DatabaseUrl& url, const QString&) -> std::optional<QString> {
              bool ok = false;
              const QString password = QInputDialog::getText(
                  this, tr("Password"), tr("Password for %1:").arg(url.user()), QLineEdit::Password, {}, &ok);
              if (!ok)
                  return std::nullopt;
              m_password = password;
              return password;
          });
    if (!error.isEmpty()) {
        m_ui->result->setText(error);
        return false;
    }
    try {
        Migrator migrator(database);
        if (const QString refusal = migrator.refusal(); !refusal.isEmpty()) {
            m_ui->result->setText(refusal);
            return false;
        }
        const int version = migrator.currentVersion();
        m_ui->result->setText(version == 0
                                  ? tr("Connected. The database is empty; MarketDesk will set it up.")
                                  : tr("Connected. Schema version %1.").arg(version));
    } catch (const StorageError& failure) {
        m_ui->result->setText(
            tr("Connected, but the schema could not be read: %1").arg(failure.userMessage()));
        return false;
    }
    return true;
}

QString ConnectionDialog::waitForServer(const DatabaseUrl& url)
{
    if (url.backend() != DatabaseUrl::Backend::Postgres)
        return {};
    m_ui->result->setText(tr("Waiting for %1 to answer…").arg(url.toString()));
    setEditable(false);
    ServerProbe probe;
    // Cancel or Esc closes the dialog, which ends the wait.
    const QMetaObject::Connection closed = connect(this, &QDialog::finished, &probe, &ServerProbe::cancel);
    QString error = probe.waitFor(url);
    disconnect(closed);
    setEditable(true);
    return error;
}

void ConnectionDialog::setEditable(bool editable)
{
    m_ui->backend->setEnabled(editable);
    m_ui->pages->setEnabled(editable);
    m_test->setEnabled(editable);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
}

void ConnectionDialog::accept()
{
    if (testConnection())
        QDialog::accept();
}

void ConnectionDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("SQLite database file"), m_ui->path->text(),
                                                      tr("SQLite databases (*.db *.sqlite);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_ui->path->setText(file);
}
