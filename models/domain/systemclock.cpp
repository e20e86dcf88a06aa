#include "systemclock.h"

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}
