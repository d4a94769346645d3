#pragma once
#include <QString>

// Asks for a password on the terminal with echo off, as psql does. Only when standard input
// is a terminal: in a pipe or a test there is nobody to answer.
namespace PasswordPrompt {
bool canPrompt();
// Returns false when reading failed (end of input).
bool ask(const QString &prompt, QString *password);
}
