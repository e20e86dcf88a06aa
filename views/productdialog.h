#pragma once

#include "formfeedback.h"
#include "productrepository.h"

#include <QDialog>

#include <memory>
#include <optional>

class Clock;
class ProductService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

/// Enters a new product as a draft or changes one (SPEC 3.1): vendor (fixed once created), one of
/// the vendor's markets, name, delivery type, price, warranty and description. The description is
/// checked for what the listing review refuses as it is typed; changing a listed software or tool
/// product says that it goes back to review.
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    ProductDialog(const std::optional<ProductRepository::Detail>& current, Database& database,
                  ProductService& service, const Clock& clock, const QString& actor,
                  QWidget* parent = nullptr);

    QComboBox* vendorBox() const { return m_vendor; }
    QComboBox* marketBox() const { return m_market; }
    QComboBox* deliveryTypeBox() const { return m_deliveryType; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* priceEdit() const { return m_price; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    /// What the wording check flags in the description, or that nothing is.
    QLabel* findingsLabel() const { return m_findings; }
    QLabel* reviewNote() const { return m_reviewNote; }
    /// The id of the product saved; empty before.
    QString savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void vendorChosen();
    void updateNotes();

    std::optional<ProductRepository::Detail> m_current;
    Database& m_database;
    ProductService& m_service;
    const Clock& m_clock;
    QString m_actor;
    QString m_savedId;
    QComboBox* m_vendor;
    QComboBox* m_market;
    QLineEdit* m_name;
    QComboBox* m_deliveryType;
    QLineEdit* m_price;
    QSpinBox* m_warranty;
    QPlainTextEdit* m_description;
    QLabel* m_findings;
    QLabel* m_reviewNote;
    std::unique_ptr<FormFeedback> m_feedback;
};
