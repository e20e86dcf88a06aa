#pragma once

#include <QLabel>

class QAbstractScrollArea;

/// A few words in the middle of an empty list, e.g. that nothing matches the filters or how
/// records come to be there. It covers the list's viewport and follows its size; clicks go
/// through to the list.
class EmptyListNotice : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyListNotice(QAbstractScrollArea* list);

    /// Shows `text`; an empty one hides the notice.
    void showText(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
