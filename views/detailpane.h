#pragma once

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

/// The right-hand pane of a queue page: a title and label/value rows with selectable text.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget* parent = nullptr);

    /// Replaces the rows; values are plain text.
    void setRows(const QString& title, const QList<std::pair<QString, QString>>& rows);
    /// Shows `message` alone, e.g. "Select a row", and clears the notice.
    void showMessage(const QString& message);
    /// A highlighted line under the title, e.g. who else is editing the record; empty hides it.
    void setNotice(const QString& notice);
    QString notice() const;
    /// Lays out below the rows, e.g. action buttons; the pane takes ownership.
    void addFooter(QWidget* footer);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void breakLongLabels();
    void keepContentsWide();

    QScrollArea* m_scrollArea = nullptr;
    /// What scrolls: the title, the notice, the rows and the footers.
    QWidget* m_content = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_notice = nullptr;
    QWidget* m_rowsHost = nullptr;
    QFormLayout* m_form = nullptr;
    /// Each row's label and its text before breakLongLabels() broke it into lines.
    QList<std::pair<QLabel*, QString>> m_labels;
};
