#include "conninfotext.h"

#include <algorithm>

namespace ConninfoText {

bool isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

namespace {
// A backslash takes the next character as it is, in quoted and unquoted values alike.
void appendEscaped(const QString &s, qsizetype *i, QString *value)
{
    if (s[*i] == u'\\') {
        if (++*i < s.size())
            value->append(s[(*i)++]);
    } else {
        value->append(s[(*i)++]);
    }
}
} // namespace

Tokens tokenize(const QString &s)
{
    Tokens out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        if (isSpace(s[i])) {
            ++i;
            continue;
        }
        Token t;
        t.begin = i;
        while (i < n && s[i] != u'=' && !isSpace(s[i]))
            ++i;
        t.key = s.mid(t.begin, i - t.begin);
        while (i < n && isSpace(s[i]))
            ++i;
        if (i >= n || s[i] != u'=') {   // libpq: missing "=" after the keyword
            out.stoppedAt = t.begin;
            return out;
        }
        ++i;
        while (i < n && isSpace(s[i]))
            ++i;
        const qsizetype valueBegin = i;
        if (i < n && s[i] == u'\'') {
            ++i;
            bool closed = false;
            while (i < n && !closed) {
                if (s[i] == u'\'') {
                    ++i;
                    closed = true;
                } else {
                    appendEscaped(s, &i, &t.value);
                }
            }
            if (!closed) {   // libpq: unterminated quoted string
                t.rawValue = s.mid(valueBegin);
                out.tokens.append(t);
                out.stoppedAt = t.begin;
                return out;
            }
        } else {
            while (i < n && !isSpace(s[i]))
                appendEscaped(s, &i, &t.value);
        }
        t.rawValue = s.mid(valueBegin, i - valueBegin);
        t.end = i;
        out.tokens.append(t);
    }
    return out;
}

QString percentDecoded(QStringView raw)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw.toUtf8()));
}

QList<UriPart> uriParts(const QString &uri)
{
    QList<UriPart> parts;
    const qsizetype start = uri.indexOf(QLatin1String("://")) + 3;
    // libpq looks for userinfo up to the first '@' or '/' (a '?' does not end it).
    qsizetype p = start;
    while (p < uri.size() && uri[p] != u'@' && uri[p] != u'/')
        ++p;
    qsizetype afterUserinfo = start;
    if (p < uri.size() && uri[p] == u'@') {
        const qsizetype colon = uri.indexOf(u':', start);
        if (colon >= 0 && colon < p) {
            UriPart part;
            part.key = QStringLiteral("password");
            part.begin = colon;
            part.end = p;
            part.raw = uri.mid(colon + 1, p - colon - 1);
            part.decoded = percentDecoded(part.raw);
            parts.append(part);
        }
        afterUserinfo = p + 1;
    }
    const qsizetype query = uri.indexOf(u'?', afterUserinfo);
    if (query < 0)
        return parts;
    for (qsizetype from = query + 1; from < uri.size();) {
        qsizetype to = uri.indexOf(u'&', from);
        if (to < 0)
            to = uri.size();
        const QStringView param = QStringView(uri).mid(from, to - from);
        const qsizetype eq = param.indexOf(u'=');
        if (eq >= 0) {
            UriPart part;
            part.key = percentDecoded(param.first(eq));
            part.raw = param.sliced(eq + 1).toString();
            part.decoded = percentDecoded(part.raw);
            part.begin = from;
            part.end = std::min(to + 1, uri.size());   // with its '&'
            parts.append(part);
        }
        from = to + 1;
    }
    return parts;
}

QString uriWithout(const QString &uri, const QList<UriPart> &cuts)
{
    QString out = uri;
    for (auto it = cuts.crbegin(); it != cuts.crend(); ++it)
        out.remove(it->begin, it->end - it->begin);
    while (out.endsWith(u'&') || out.endsWith(u'?'))
        out.chop(1);
    return out;
}

QString quoted(const QString &value)
{
    const bool plain = !value.isEmpty() && std::none_of(value.begin(), value.end(), [](QChar c) {
        return isSpace(c) || c == u'\'' || c == u'\\' || c == u';';
    });
    if (plain)
        return value;
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace ConninfoText
