#pragma once

#include "orderrepository.h"
#include "queuepage.h"

class Database;

/// The Orders area: every order with its buyer, vendor, product, amounts and status.
class OrdersPage : public QueuePage
{
    Q_OBJECT
public:
    explicit OrdersPage(Database& database, QWidget* parent = nullptr);

protected:
    void showDetail(const QString& id) override;

private:
    OrderRepository m_repository;
};
