#pragma once

#include "deliveryrepository.h"
#include "queuepage.h"
#include "refundflow.h"

class Clock;
class DeliveryService;
class FlowLogModel;
class QAction;
class QTreeView;
class RefundService;

/// The delivery center (SPEC 4): service orders by delivery state with the time left to their
/// automatic acceptance; for the selected delivery its order, guarantee and warranty periods, the
/// steps each party may take now, and its flow log, expandable, printable and exportable to PDF.
class DeliveriesPage : public QueuePage
{
    Q_OBJECT
public:
    DeliveriesPage(Database& database, DeliveryService& deliveries, RefundService& refunds,
                   const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    /// The action that takes `action` as `actor` on the current delivery.
    QAction* actionFor(DeliveryAction action, DeliveryActor actor) const
    {
        return m_actions.value(key(action, actor));
    }
    FlowLogModel* flowLog() const { return m_flowLog; }
    QTreeView* flowLogView() const { return m_flowLogView; }

protected:
    void showDetail(const QString& id) override;

private:
    static int key(DeliveryAction action, DeliveryActor actor) { return int(action) * 8 + int(actor); }
    QAction* addStep(QMenu* menu, DeliveryAction action, DeliveryActor actor, const QString& text);
    void updateActions();
    void perform(DeliveryAction action, DeliveryActor actor);
    void saveFile(const QModelIndex& index);
    void exportPdf();
    void print();
    void showError(const QString& message);

    Database& m_database;
    DeliveryService& m_service;
    const Clock& m_clock;
    QString m_actor;
    DeliveryRepository m_repository;
    RefundFlow m_refunds;
    FlowLogModel* m_flowLog = nullptr;
    QTreeView* m_flowLogView = nullptr;
    QHash<int, QAction*> m_actions;
    QAction* m_print = nullptr;
    QAction* m_exportPdf = nullptr;
    std::optional<DeliveryRepository::Detail> m_current;
};
