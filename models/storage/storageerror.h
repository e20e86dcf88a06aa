#pragma once

#include <QString>

#include <stdexcept>

/// A database operation failed. `what()` names the failing SQL and its bound values so that a log
/// line is enough to reproduce it. Thrown inside storage only: services catch it and return an
/// outcome, repositories' callers get it as an error message.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};
