#pragma once
#include <QString>

// What a person typed into the login dialog. Lives in memory only; wipe() overwrites the
// password's characters before releasing them so it does not linger in freed heap.
// Copies of a QString share one buffer, and fill() on a shared copy only detaches it: the
// characters are overwritten by the last copy to be wiped. So every holder wipes its copy, and
// holders that cannot (a QSqlDatabase) drop theirs first (SessionWorker::connectDatabase).
// Core dumps, which would catch the copies Qt's drivers and libpq make, are off
// (CoreDumpGuard).
struct Credentials
{
    QString user;
    QString password;

    void wipe()
    {
        password.fill(QChar(u'\0'));
        password.clear();
        password.squeeze();
    }
};
