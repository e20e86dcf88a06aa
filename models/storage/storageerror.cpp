#include "storageerror.h"

QString StorageError::userMessage() const
{
    if (!isLostConnection())
        return m_message;
    return tr("The server cannot be reached; MarketDesk keeps trying. Try again once the status bar "
              "says the connection is back.");
}
