#pragma once

#include "fielderror.h"

#include <QString>

/// What a service method did with a command.
struct WriteOutcome
{
    enum class Kind {
        Done, ///< written and committed
        AlreadyApplied, ///< the command id was applied before; nothing written again
        Conflict, ///< someone changed the row since the user read it; `message` says how
        Invalid, ///< `fieldErrors` name the fields to correct; nothing written
        Failed, ///< the database refused; `message` holds the technical details
    };

    Kind kind = Kind::Done;
    FieldErrors fieldErrors;
    QString message;
    int newVersion = 0; ///< the row's version after a Done write

    bool succeeded() const { return kind == Kind::Done || kind == Kind::AlreadyApplied; }

    static WriteOutcome done(int newVersion = 0) { return {Kind::Done, {}, {}, newVersion}; }
    static WriteOutcome alreadyApplied() { return {Kind::AlreadyApplied, {}, {}, 0}; }
    static WriteOutcome conflict(const QString& message) { return {Kind::Conflict, {}, message, 0}; }
    static WriteOutcome invalid(const FieldErrors& errors) { return {Kind::Invalid, errors, {}, 0}; }
    static WriteOutcome failed(const QString& message) { return {Kind::Failed, {}, message, 0}; }
};
