#pragma once
#include <QString>

// What a person typed into the login dialog. Lives in memory only; wipe() overwrites the
// password's characters before releasing them so it does not linger in freed heap.
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
