#pragma once
#include <QString>

// A ":name" placeholder found by BindParameters::find.
struct BindParameter
{
    QString name;    // without the colon
    int offset = 0;  // QString index of the ':' in the statement
    int length = 0;  // including the ':'

    friend bool operator==(const BindParameter &a, const BindParameter &b)
    {
        return a.name == b.name && a.offset == b.offset && a.length == b.length;
    }
};
