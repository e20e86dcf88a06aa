#pragma once

#include <QList>
#include <QString>

/// A problem with one input field: `field` is the stable field key the dialog maps back onto its
/// widget, `message` is translated text for the user.
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using FieldErrors = QList<FieldError>;
