#pragma once
#include <QList>
#include <QString>

// libpq's grammar for connection strings, with where each part is in the text: what
// PQconninfoParse cannot tell (it only gives the values) and what is needed to cut a secret
// out of the text as typed, or to find one in text libpq refuses. Mirrors conninfo_parse()
// and conninfo_uri_parse_options() of libpq 15; libpq itself stays the judge (Conninfo).
namespace ConninfoText {

bool isUri(const QString &text);   // "postgresql://" or "postgres://", as libpq tests it
bool isSpace(QChar c);             // libpq's isspace() in the C locale

// One "key=value" of a conninfo: the value unquoted and unescaped, and as typed.
struct Token
{
    QString key;
    QString value;
    QString rawValue;
    qsizetype begin = 0;   // the whole "key = value" in the text
    qsizetype end = 0;     // 0 for a value whose quote never closes
};

struct Tokens
{
    QList<Token> tokens;
    qsizetype stoppedAt = -1;   // where the grammar stopped fitting (-1: it fits throughout)
};

// Reads "key=value key='quoted \' value' key=esc\ aped" as libpq does: blanks separate
// keywords, single quotes and backslashes as libpq reads them. Stops at a keyword without
// "=" and at an unterminated quote (whose value is then the rest of the text).
Tokens tokenize(const QString &text);

// A part of a URI: userinfo's password (key "password"), or a query parameter (key
// percent-decoded, as libpq decodes it). begin/end span what to cut: ":password", or
// "key=value" with the '&' after it.
struct UriPart
{
    QString key;
    QString raw;
    QString decoded;
    qsizetype begin = 0;
    qsizetype end = 0;
};
QList<UriPart> uriParts(const QString &uri);
// The URI without those parts (no dangling '?' or '&').
QString uriWithout(const QString &uri, const QList<UriPart> &cuts);

QString percentDecoded(QStringView raw);

// A value written for a conninfo: as it is when plain, else quoted and escaped.
QString quoted(const QString &value);

}
