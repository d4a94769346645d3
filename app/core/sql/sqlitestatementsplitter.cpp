#include "sqlitestatementsplitter.h"

#include "sqllexer.h"
#include "statementbuilder.h"

#include <QCoreApplication>

namespace {

// Token classes and states as in sqlite3_complete() (src/complete.c).
enum Token { Semi, Space, Other, Explain, Create, Temp, Trigger, End, TokenCount };
enum State { Invalid, Start, Normal, InExplain, InCreate, InTrigger, TriggerSemi, TriggerEnd };

constexpr State transitions[8][TokenCount] = {
    //              Semi         Space        Other      Explain    Create     Temp       Trigger    End
    /* Invalid */ { Start,       Invalid,     Normal,    InExplain, InCreate,  Normal,    Normal,    Normal },
    /* Start   */ { Start,       Start,       Normal,    InExplain, InCreate,  Normal,    Normal,    Normal },
    /* Normal  */ { Start,       Normal,      Normal,    Normal,    Normal,    Normal,    Normal,    Normal },
    /* Explain */ { Start,       InExplain,   InExplain, Normal,    InCreate,  Normal,    Normal,    Normal },
    /* Create  */ { Start,       InCreate,    Normal,    Normal,    Normal,    InCreate,  InTrigger, Normal },
    /* Trigger */ { TriggerSemi, InTrigger,   InTrigger, InTrigger, InTrigger, InTrigger, InTrigger, InTrigger },
    /* T.Semi  */ { TriggerSemi, TriggerSemi, InTrigger, InTrigger, InTrigger, InTrigger, InTrigger, TriggerEnd },
    /* T.End   */ { Start,       TriggerEnd,  InTrigger, InTrigger, InTrigger, InTrigger, InTrigger, InTrigger },
};

Token classifyWord(QStringView word)
{
    if (SqlLexer::equalsIgnoreCase(word, u"EXPLAIN"))
        return Explain;
    if (SqlLexer::equalsIgnoreCase(word, u"CREATE"))
        return Create;
    if (SqlLexer::equalsIgnoreCase(word, u"TEMP") || SqlLexer::equalsIgnoreCase(word, u"TEMPORARY"))
        return Temp;
    if (SqlLexer::equalsIgnoreCase(word, u"TRIGGER"))
        return Trigger;
    if (SqlLexer::equalsIgnoreCase(word, u"END"))
        return End;
    return Other;
}

} // namespace

QList<SqlStatement> SqliteStatementSplitter::split(const QString &script, QString *warning)
{
    constexpr Dialect dialect = Dialect::SQLite;
    StatementBuilder builder(script);
    const int n = int(script.size());

    State state = Start;
    int start = -1;    // first code character of the current statement
    int codeEnd = -1;  // just past its last code character (trailing comments stay out)
    int pos = 0;
    while (pos < n) {
        const QChar c = script.at(pos);
        if (c.isSpace()) {
            ++pos;
            continue;
        }
        const SqlLexer::Span span = SqlLexer::spanAt(dialect, script, pos);
        if (span.unterminated) {
            const bool isComment = span.kind == SqlLexer::SpanKind::Comment;
            builder.warnRestIsOneStatement(
                    pos, isComment ? QCoreApplication::translate("StatementSplitter",
                                                                 "unterminated comment")
                                   : QCoreApplication::translate("StatementSplitter",
                                                                 "unterminated quoted string"));
            builder.add(start >= 0 ? start : pos, n);
            start = -1;
            break;
        }
        if (span.kind == SqlLexer::SpanKind::Comment) {
            state = transitions[state][Space];
            pos = span.end;
            continue;
        }

        Token token = Other;
        int tokenEnd = pos + 1;
        if (span.kind == SqlLexer::SpanKind::Literal) {
            tokenEnd = span.end;
        } else if (c == u';') {
            token = Semi;
        } else if (SqlLexer::isIdentifierChar(dialect, c)) {
            // Like sqlite3_complete(), a word may start with a digit: it is just never a keyword.
            tokenEnd = pos + 1;
            while (tokenEnd < n && SqlLexer::isIdentifierChar(dialect, script.at(tokenEnd)))
                ++tokenEnd;
            token = classifyWord(QStringView(script).mid(pos, tokenEnd - pos));
        }

        state = transitions[state][token];
        if (token == Semi && state == Start) {
            if (start >= 0)
                builder.add(start, codeEnd);
            start = -1;
        } else if (token != Semi || start >= 0) {
            // A ';' inside a trigger body belongs to the statement; a stray one before any
            // code (";;") does not start one.
            if (start < 0)
                start = pos;
            codeEnd = tokenEnd;
        }
        pos = tokenEnd;
    }
    if (start >= 0)
        builder.add(start, codeEnd);

    if (warning)
        *warning = builder.warning();
    return builder.statements();
}
