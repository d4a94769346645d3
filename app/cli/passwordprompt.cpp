#include "passwordprompt.h"

#include <csignal>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {
termios savedTerminal{};

// Ctrl-C at the prompt ends the program, but not with the terminal left silent.
void restoreAndExit(int)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    const char newline = '\n';
    [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, &newline, 1);
    _exit(130);
}
} // namespace

namespace PasswordPrompt {

bool canPrompt()
{
    return isatty(STDIN_FILENO) == 1;
}

bool ask(const QString &prompt, QString *password)
{
    termios &saved = savedTerminal;
    const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
    struct sigaction previous{};
    if (haveTerm) {
        struct sigaction onInterrupt{};
        onInterrupt.sa_handler = &restoreAndExit;
        sigemptyset(&onInterrupt.sa_mask);
        sigaction(SIGINT, &onInterrupt, &previous);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    // Echo goes off before the prompt shows (as in psql): whatever is typed after it stays
    // hidden, and typed-ahead text was flushed, not taken as the password.
    std::fputs(qUtf8Printable(prompt), stderr);
    std::fflush(stderr);
    std::string line;
    bool gotLine = false;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF)
            break;
        gotLine = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (haveTerm) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        sigaction(SIGINT, &previous, nullptr);
    }
    if (!gotLine)
        std::fputc('\n', stderr);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *password = QString::fromUtf8(line.data(), qsizetype(line.size()));
    // Do not leave the password in the std::string's freed buffer.
    std::fill(line.begin(), line.end(), '\0');
    return gotLine;
}

} // namespace PasswordPrompt
