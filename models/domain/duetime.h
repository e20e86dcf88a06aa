#pragma once

#include <QtGlobal>

/// Deadline columns (invoice_requests.action_due_at, deliveries.auto_accept_at) hold this when
/// nothing is due: 2^53 − 1, exact in every backend and in a double, so the columns sort and page
/// without NULLs.
inline constexpr qint64 nothingDueMs = 9007199254740991LL;
