#include "sqltokens.h"

#include "sql/pgscanner.h"
#include "sql/sqllexer.h"

namespace SqlTokens {
namespace {

QList<SqlToken> postgresTokens(const QString &text, bool *complete)
{
    const QByteArray utf8 = text.toUtf8();
    // Byte offset -> QString offset, for every byte that starts a character.
    QList<int> charAt(utf8.size() + 1, 0);
    int chars = 0;
    for (qsizetype b = 0; b < utf8.size();) {
        const auto c = uchar(utf8.at(b));
        const int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        for (int k = 0; k < length && b + k <= utf8.size(); ++k)
            charAt[b + k] = chars;
        chars += length == 4 ? 2 : 1;   // four UTF-8 bytes: a surrogate pair in UTF-16
        b += length;
    }
    charAt[utf8.size()] = int(text.size());

    QList<SqlToken> tokens;
    const PgScanner::Result scanned = PgScanner::scan(utf8.constData());
    if (!scanned.ok) {
        // Unterminated quote or comment: what comes before it still counts.
        if (complete)
            *complete = false;
        const int cut = scanned.errorCursor > 0 ? scanned.errorCursor - 1 : 0;
        return cut > 0 ? postgresTokens(text.left(cut), nullptr) : tokens;
    }
    for (const PgScanner::Token &t : scanned.tokens) {
        if (t.token == PgScanner::SqlComment || t.token == PgScanner::CComment)
            continue;
        SqlToken token;
        token.start = charAt.value(t.start);
        token.end = charAt.value(qMin(int(utf8.size()), t.end));
        token.keyword = t.keywordKind != 0;
        switch (t.token) {
        case PgScanner::Ident:
            token.kind = text.at(token.start) == u'"' ? SqlToken::Kind::QuotedIdentifier : SqlToken::Kind::Word;
            break;
        case PgScanner::UIdent: token.kind = SqlToken::Kind::QuotedIdentifier; break;
        case PgScanner::SConst:
        case PgScanner::USConst: token.kind = SqlToken::Kind::String; break;
        case PgScanner::FConst:
        case PgScanner::IConst: token.kind = SqlToken::Kind::Number; break;
        case PgScanner::Param: token.kind = SqlToken::Kind::Parameter; break;
        case PgScanner::Op:
        case PgScanner::TypeCast: token.kind = SqlToken::Kind::Operator; break;
        default:
            if (t.keywordKind != 0)
                token.kind = SqlToken::Kind::Word;
            else if (t.token < 256)
                token.kind = QStringLiteral("=<>+-*/%^|!~&#@").contains(QChar(t.token))
                    ? SqlToken::Kind::Operator : SqlToken::Kind::Punctuation;
            else
                token.kind = SqlToken::Kind::Operator;   // :=, =>, <=, ... (and ::)
        }
        tokens.append(token);
    }
    return tokens;
}

QList<SqlToken> lexerTokens(Dialect dialect, const QString &text, bool *complete)
{
    QList<SqlToken> tokens;
    const QStringView view(text);
    for (int p = 0; p < view.size();) {
        const QChar c = view.at(p);
        if (c.isSpace()) {
            ++p;
            continue;
        }
        const SqlLexer::Span span = SqlLexer::spanAt(dialect, view, p);
        if (span.kind != SqlLexer::SpanKind::None) {
            if (span.unterminated) {
                if (complete)
                    *complete = false;
                break;
            }
            if (span.kind == SqlLexer::SpanKind::Literal) {
                SqlToken t;
                t.start = p;
                t.end = span.end;
                t.kind = (c == u'"' || c == u'`' || c == u'[') ? SqlToken::Kind::QuotedIdentifier
                                                                : SqlToken::Kind::String;
                tokens.append(t);
            }
            p = qMax(p + 1, span.end);
            continue;
        }
        SqlToken t;
        t.start = p;
        if (SqlLexer::isIdentifierStart(c)) {
            t.kind = SqlToken::Kind::Word;
            t.end = SqlLexer::wordEnd(dialect, view, p);
        } else if (c.isDigit()) {
            t.kind = SqlToken::Kind::Number;
            int q = p;
            while (q < view.size() && (view.at(q).isLetterOrNumber() || view.at(q) == u'.'))
                ++q;
            t.end = q;
        } else if (c == u':' && p + 1 < view.size() && SqlLexer::isIdentifierStart(view.at(p + 1))) {
            t.kind = SqlToken::Kind::Parameter;
            t.end = SqlLexer::wordEnd(dialect, view, p + 1);
        } else if (QStringLiteral("(),;.[]").contains(c)) {
            t.kind = SqlToken::Kind::Punctuation;
            t.end = p + 1;
        } else {
            t.kind = SqlToken::Kind::Operator;
            int q = p + 1;
            while (q < view.size() && QStringLiteral("=<>!|:+-*/%&^~").contains(view.at(q))
                   && !(view.at(q) == u'-' && q + 1 < view.size() && view.at(q + 1) == u'-'))
                ++q;
            t.end = q;
        }
        t.end = qMax(t.end, p + 1);
        tokens.append(t);
        p = t.end;
    }
    return tokens;
}

} // namespace

QList<SqlToken> tokenize(Dialect dialect, const QString &text, bool *complete)
{
    if (complete)
        *complete = true;
    return dialect == Dialect::PostgreSQL ? postgresTokens(text, complete) : lexerTokens(dialect, text, complete);
}

QString identifierName(Dialect dialect, QStringView token)
{
    if (token.size() >= 2 && (token.front() == u'"' || token.front() == u'`')) {
        QString name = token.sliced(1, token.size() - 2).toString();
        name.replace(QString(2, token.front()), QString(token.front()));
        return name;
    }
    if (token.size() >= 2 && token.front() == u'[')
        return token.sliced(1, token.size() - 2).toString();
    return dialect == Dialect::Oracle ? token.toString().toUpper() : token.toString().toLower();
}

QString lowerWord(QStringView script, const SqlToken &token)
{
    return token.isWord() ? token.text(script).toString().toLower() : QString();
}

} // namespace SqlTokens
