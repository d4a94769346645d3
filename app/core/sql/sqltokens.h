#pragma once
#include "dialect.h"

#include <QList>
#include <QString>
#include <QStringView>

// A script as a list of tokens with QString offsets, comments left out: what completion (and
// anything else that must know where it is inside a statement) reads instead of regexes.
// PostgreSQL is read by the server's own lexer (libpg_query); Oracle and SQLite by SqlLexer's
// rules for their comments, quotes and quoted identifiers.
struct SqlToken
{
    enum class Kind : quint8 { Word, QuotedIdentifier, String, Number, Operator, Punctuation, Parameter };
    Kind kind = Kind::Word;
    int start = 0;   // QString offset
    int end = 0;     // just past the token
    bool keyword = false;   // PostgreSQL: a keyword of the server's grammar (reserved or not)

    QStringView text(QStringView script) const { return script.sliced(start, end - start); }
    bool isWord() const { return kind == Kind::Word; }
    bool isIdentifier() const { return kind == Kind::Word || kind == Kind::QuotedIdentifier; }
};

namespace SqlTokens {
// The tokens of the text. *complete is false when the text ends inside a quote or comment (the
// tokens then stop where it opened).
QList<SqlToken> tokenize(Dialect dialect, const QString &text, bool *complete = nullptr);

// An identifier as the database will see it: unquoted folded to the dialect's case (lower for
// PostgreSQL and SQLite, upper for Oracle), quoted taken literally with "" undone.
QString identifierName(Dialect dialect, QStringView token);

// The word, lower case, when the token is a word; empty otherwise.
QString lowerWord(QStringView script, const SqlToken &token);
}
