#include "conninfo.h"

#include "profiles/conninfotext.h"

#include <QObject>
#include <QSet>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

using namespace ConninfoText;

namespace Conninfo {
namespace {

// libpq's password keywords, as libpq itself marks them ("*": hide the value when showing it).
const QSet<QString> &libpqSecretKeywords()
{
    static const QSet<QString> keywords = [] {
        QSet<QString> set;
        PQconninfoOption *defaults = PQconndefaults();
        for (PQconninfoOption *o = defaults; o && o->keyword; ++o) {
            if (o->dispchar && o->dispchar[0] == '*')
                set.insert(QString::fromUtf8(o->keyword));
        }
        PQconninfoFree(defaults);
        return set;
    }();
    return keywords;
}

using Options = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

Options libpqParse(const QString &text, QString *error)
{
    char *message = nullptr;
    Options options(PQconninfoParse(text.toUtf8().constData(), &message), &PQconninfoFree);
    if (!options && error)
        *error = message ? QString::fromUtf8(message).trimmed() : QObject::tr("out of memory");
    PQfreemem(message);
    return options;
}

bool looksLikeConnectionString(const QString &value)
{
    return isUri(value) || value.contains(u'=');
}

// libpq's reading of text minus the secret keywords; false when libpq cannot read it. A
// secret keyword counts even with an empty value. A dbname that is itself a connection string
// is cleaned too: libpq does not expand it here, but it is text that reaches disk.
bool keywordsWithoutSecrets(const QString &text, Keywords *kept, bool *hadSecret)
{
    const Options options = libpqParse(text, nullptr);
    if (!options)
        return false;
    *hadSecret = false;
    for (PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        QString value = QString::fromUtf8(o->val);
        if (isSecretKey(key)) {
            *hadSecret = true;
            continue;
        }
        if (key == QLatin1String("dbname") && looksLikeConnectionString(value)) {
            bool nested = false;
            value = withoutSecrets(value, &nested);
            *hadSecret = *hadSecret || nested;
        }
        if (!value.isEmpty())
            kept->append({key, value});
    }
    return true;
}

QString joined(const Keywords &keywords, QChar separator)
{
    QStringList parts;
    for (const auto &[key, value] : keywords)
        parts.append(key + QLatin1Char('=') + quoted(value));
    return parts.join(separator);
}

// The text as typed minus its secrets when libpq reads that as exactly the kept keywords and
// nothing secret; else the kept keywords written out. libpq's reading decides either way.
QString typedFormIfSame(const QString &candidate, const QString &candidateAsConninfo, const Keywords &kept,
                        QChar separator)
{
    Keywords again;
    bool secretLeft = false;
    if (keywordsWithoutSecrets(candidateAsConninfo, &again, &secretLeft) && !secretLeft && again == kept)
        return candidate;
    return joined(kept, separator);
}

// The secret keywords cut out of a conninfo as typed, each with the blanks after it. text may
// be the ';'-to-blank copy of QPSQL options: its spans are the options' spans.
QString conninfoWithout(const QString &typed, const QString &asConninfo)
{
    const Tokens t = tokenize(asConninfo);
    QString out = typed;
    for (auto it = t.tokens.crbegin(); it != t.tokens.crend(); ++it) {
        if (!isSecretKey(it->key) || it->end <= it->begin)
            continue;
        qsizetype end = it->end;
        while (end < typed.size() && isSpace(typed[end]))   // a ';' of QPSQL options stays
            ++end;
        out.remove(it->begin, end - it->begin);
    }
    return out.trimmed();
}

QList<UriPart> uriSecrets(const QString &uri)
{
    QList<UriPart> secret = uriParts(uri);
    secret.removeIf([](const UriPart &part) { return !isSecretKey(part.key); });
    return secret;
}

bool looksSecret(QStringView text)
{
    return text.contains(QLatin1String("pass"), Qt::CaseInsensitive) || text.contains(QLatin1String("pwd"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("secret"), Qt::CaseInsensitive);
}

// Text libpq refuses: the readable non-secret keywords as typed, and the unreadable rest only
// when it cannot be part of a secret (it neither follows a secret's value nor names one).
QStringList readableNonSecretParts(const QString &text, bool *hadSecret)
{
    const Tokens t = tokenize(text);
    QStringList kept;
    bool previousSecret = false;
    for (const Token &token : t.tokens) {
        previousSecret = isSecretKey(token.key);
        if (previousSecret)
            *hadSecret = true;
        else if (token.end > token.begin)
            kept.append(text.mid(token.begin, token.end - token.begin));
    }
    if (t.stoppedAt >= 0) {
        // From a keyword without "=" ("password=a b": "b" was meant as part of the password),
        // or from an unterminated quote (then previousSecret is about that very value).
        const QString rest = text.mid(t.stoppedAt).trimmed();
        if (previousSecret || looksSecret(rest))
            *hadSecret = true;
        else
            kept.append(rest);
    }
    return kept;
}

QString tidiedOptions(const QString &options)
{
    QStringList entries;
    for (const QString &entry : options.split(u';')) {
        if (!entry.trimmed().isEmpty())
            entries.append(entry.trimmed());
    }
    return entries.join(u';');
}

} // namespace

bool isSecretKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    return libpqSecretKeywords().contains(k) || k.contains(QLatin1String("password"))
        || k.contains(QLatin1String("passwd")) || k == QLatin1String("pwd") || k.contains(QLatin1String("secret"));
}

bool parse(const QString &text, Keywords *keywords, QString *error)
{
    QString message;
    const Options options = libpqParse(text.trimmed(), &message);
    if (!options) {
        *error = QObject::tr("The connection string cannot be read: %1").arg(mask(message, secrets(text)));
        return false;
    }
    for (PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (o->val && *o->val)
            keywords->append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    }
    return true;
}

QString withoutSecrets(const QString &text, bool *hadSecret)
{
    bool found = false;
    QString result = text;
    const QString trimmed = text.trimmed();
    Keywords kept;
    if (trimmed.isEmpty()) {
        // nothing to hide
    } else if (keywordsWithoutSecrets(trimmed, &kept, &found)) {
        if (found) {
            const QString cut = isUri(trimmed) ? uriWithout(trimmed, uriSecrets(trimmed)) : conninfoWithout(trimmed, trimmed);
            result = typedFormIfSame(cut, cut, kept, u' ');
        }
    } else if (isUri(trimmed)) {
        const QList<UriPart> cuts = uriSecrets(trimmed);
        found = !cuts.isEmpty();
        if (found)
            result = uriWithout(trimmed, cuts);
    } else {
        const QStringList parts = readableNonSecretParts(trimmed, &found);
        if (found)
            result = parts.join(u' ');
    }
    if (hadSecret)
        *hadSecret = found;
    return result;
}

QString postgresOptionsAsConninfo(const QString &options)
{
    // The leading blank keeps libpq from taking options that start like a URI for one: in
    // QPSQL's string they follow other keywords.
    QString text = options;
    text.replace(u';', u' ');
    return QLatin1Char(' ') + text;
}

QString postgresOptionsWithoutSecrets(const QString &options, bool *hadSecret)
{
    bool found = false;
    QString result = options;
    Keywords kept;
    // The ';'-to-blank copy without the leading blank: one character for one with the options.
    const QString blanks = postgresOptionsAsConninfo(options).mid(1);
    if (options.trimmed().isEmpty()) {
        // nothing to hide
    } else if (keywordsWithoutSecrets(postgresOptionsAsConninfo(options), &kept, &found)) {
        if (found) {
            const QString cut = tidiedOptions(conninfoWithout(options, blanks));
            result = typedFormIfSame(cut, postgresOptionsAsConninfo(cut), kept, u';');
        }
    } else {
        QStringList parts = readableNonSecretParts(blanks, &found);
        if (found) {
            for (QString &part : parts)
                part = part.trimmed();
            result = parts.join(u';');
        }
    }
    if (hadSecret)
        *hadSecret = found;
    return result;
}

QString driverOptionsWithoutSecrets(const QString &options, bool *hadSecret)
{
    QStringList kept;
    const QStringList entries = options.split(u';');
    for (const QString &entry : entries) {
        if (!isSecretKey(entry.section(u'=', 0, 0)))
            kept.append(entry);
    }
    const bool found = kept.size() != entries.size();
    if (hadSecret)
        *hadSecret = found;
    // Unchanged text stays byte for byte as typed (spacing, empty entries).
    return found ? kept.join(u';') : options;
}

QStringList secrets(const QString &text)
{
    QStringList found;
    const QString trimmed = text.trimmed();
    if (isUri(trimmed)) {
        for (const UriPart &part : uriSecrets(trimmed))
            found << part.raw << part.decoded;
    } else {
        const Tokens t = tokenize(trimmed);
        bool previousSecret = false;
        for (const Token &token : t.tokens) {
            previousSecret = isSecretKey(token.key);
            if (previousSecret)
                found << token.value << token.rawValue;
            else if (token.key == QLatin1String("dbname") && looksLikeConnectionString(token.value))
                found << secrets(token.value);
        }
        // "password=a b": libpq stops at "b", a piece of what was meant as the password.
        if (t.stoppedAt >= 0 && previousSecret)
            found << trimmed.mid(t.stoppedAt).trimmed();
    }
    found.removeAll(QString());
    found.removeDuplicates();
    return found;
}

QString mask(QString message, const QStringList &secrets)
{
    QStringList longestFirst = secrets;
    std::sort(longestFirst.begin(), longestFirst.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(longestFirst)) {
        if (!secret.isEmpty())
            message.replace(secret, QStringLiteral("****"));
    }
    return message;
}

} // namespace Conninfo
