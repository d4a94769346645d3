#include "commandlinesecrets.h"

#include "profiles/conninfo.h"

#include <cstring>

namespace CommandLineSecrets {

QStringList inConninfo(const QString &conninfo)
{
    return conninfo.isEmpty() ? QStringList() : Conninfo::secrets(conninfo);
}

void hide(int argc, char **argv, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        const QByteArray bytes = secret.toUtf8();
        if (bytes.isEmpty())
            continue;
        for (int i = 1; i < argc; ++i) {
            for (char *at = std::strstr(argv[i], bytes.constData()); at; at = std::strstr(at, bytes.constData()))
                std::memset(at, '*', std::size_t(bytes.size()));
        }
    }
}

QString warning()
{
    return QStringLiteral("warning: the password given on the command line can be read by other users of this "
                          "computer (ps, /proc) while tessera-cli starts; give it with PGPASSWORD or ~/.pgpass, "
                          "or use --profile with the password saved in the keychain or typed at the prompt");
}

} // namespace CommandLineSecrets
