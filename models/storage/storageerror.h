#pragma once

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

/// A database operation failed. `what()` names the failing SQL and its bound values so that a log
/// line is enough to reproduce it. Thrown inside storage only: services catch it and return an
/// outcome, repositories' callers get it as an error message.
class StorageError : public std::runtime_error
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)
public:
    enum class Cause {
        Statement, ///< the database refused or the statement failed
        LostConnection, ///< the server is out of reach; the same work goes through once it is back
    };

    explicit StorageError(const QString& message, Cause cause = Cause::Statement)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_cause(cause)
    { }
    const QString& message() const { return m_message; }
    bool isLostConnection() const { return m_cause == Cause::LostConnection; }
    /// What the user is told: the message, or, when the server is out of reach, that and what to
    /// do (translated) in place of the driver's text, which says nothing more.
    QString userMessage() const;

private:
    QString m_message;
    Cause m_cause;
};
