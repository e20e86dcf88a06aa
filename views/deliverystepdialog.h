#pragma once

#include "deliveryrepository.h"
#include "formfeedback.h"
#include "movedelivery.h"

#include <QDialog>

class Clock;
class DeliveryService;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

/// Takes one step of a delivery (SPEC 4) with its text and files: a requirement, a reason, the
/// details of a verdict or an implementation report. Steps that need a text refuse to go without.
class DeliveryStepDialog : public QDialog
{
    Q_OBJECT
public:
    /// `repository` reads the delivery again when someone else changed it meanwhile (StepSaver).
    DeliveryStepDialog(const DeliveryRepository::Detail& delivery, DeliveryAction action, DeliveryActor actor,
                       DeliveryRepository& repository, DeliveryService& service, const Clock& clock,
                       const QString& actorName, QWidget* parent = nullptr);

    QPlainTextEdit* textEdit() const { return m_text; }
    /// Adds a file as if the user had chosen it; false with a message when it cannot be read.
    bool addFile(const QString& path);

public slots:
    void accept() override;

private:
    void chooseFiles();

    DeliveryRepository::Detail m_delivery;
    DeliveryAction m_action;
    DeliveryActor m_actor;
    DeliveryRepository& m_repository;
    DeliveryService& m_service;
    const Clock& m_clock;
    QString m_actorName;
    QPlainTextEdit* m_text = nullptr;
    QListWidget* m_files = nullptr;
    QList<DeliveryAttachment> m_attachments;
    std::unique_ptr<FormFeedback> m_feedback;
};
