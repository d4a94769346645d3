#pragma once
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// libpq connection strings ("host=h dbname=d" conninfo, or postgresql:// URIs) read the way
// libpq reads them, and the secrets in them: a saved profile, a message, a `ps` line must
// never hold a password. Regexes and ';'-splitting got this wrong: conninfo values may be
// quoted and backslash-escaped ("password=a\ b" is the password "a b"), keywords may be
// separated by spaces or tabs, and QPSQL hands each of its ';'-separated connect options to
// libpq as conninfo, so one option may hold several keywords.
namespace Conninfo {

using Keywords = QList<QPair<QString, QString>>;

// True for a key whose value is a secret: libpq's password keywords (those PQconndefaults()
// marks for hiding: password, sslpassword) and, in other drivers' options, any key that names
// a password or a secret (pwd, passwd, ...). passfile and sslkey name files and are kept.
bool isSecretKey(const QString &key);

// libpq's keywords for a URI or conninfo, in libpq's order, empty values dropped. On failure
// *error holds libpq's message with every secret of text masked (libpq quotes a bad URI whole).
bool parse(const QString &text, Keywords *keywords, QString *error);

// A URI or conninfo without its secrets. Unchanged when it holds none; otherwise rebuilt as a
// conninfo from libpq's own reading minus the secret keywords (a URI's user:password@ loses
// the password and keeps the user). Text libpq cannot read loses the secret keywords as far as
// it can be read, and the unreadable rest when that may be part of a secret.
QString withoutSecrets(const QString &text, bool *hadSecret = nullptr);

// QPSQL's connect options, "key=value;key=value". QPSQL turns every ';' into a space and
// appends the lot to its libpq conninfo; asConninfo gives that text, for parse().
QString postgresOptionsAsConninfo(const QString &options);
// The options without secret keywords: unchanged when they hold none, else rebuilt
// "key=value;key=value" from libpq's reading (as withoutSecrets for unreadable text).
QString postgresOptionsWithoutSecrets(const QString &options, bool *hadSecret = nullptr);

// Other drivers' connect options (QOCI, QSQLITE: ';'-separated key=value) without secret keys.
QString driverOptionsWithoutSecrets(const QString &options, bool *hadSecret = nullptr);

// The secrets text holds, as typed and as libpq decodes them, found as far as the text can
// be read (text libpq refuses included): what mask() must hide in messages that echo it.
QStringList secrets(const QString &text);

// message with every occurrence of each secret replaced by "****".
QString mask(QString message, const QStringList &secrets);

}
