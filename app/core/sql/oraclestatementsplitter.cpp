#include "oraclestatementsplitter.h"

#include "sqllexer.h"
#include "statementbuilder.h"

#include <QCoreApplication>

#include <initializer_list>

namespace {

constexpr Dialect dialect = Dialect::Oracle;

bool isOneOf(QStringView word, std::initializer_list<QStringView> keywords)
{
    for (QStringView keyword : keywords) {
        if (SqlLexer::equalsIgnoreCase(word, keyword))
            return true;
    }
    return false;
}

// If the line starting at pos holds only '/' (and spaces), returns the index just past the
// line (after its line break), else -1.
int slashLineEnd(QStringView text, int pos)
{
    int i = pos;
    while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    if (i >= text.size() || text.at(i) != u'/')
        return -1;
    ++i;
    while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    if (i == text.size())
        return i;
    if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
        return i + 2;
    if (text.at(i) == u'\n' || text.at(i) == u'\r')
        return i + 1;
    return -1;
}

int lineEnd(QStringView text, int pos)
{
    while (pos < text.size() && text.at(pos) != u'\n' && text.at(pos) != u'\r')
        ++pos;
    return pos;
}

// Whether the statement starting at pos is a PL/SQL unit that only a '/' line ends.
bool startsPlsql(QStringView text, int pos)
{
    if (text.mid(pos).startsWith(u"<<"))
        return true;
    int end = 0;
    QStringView word = SqlLexer::nextWord(dialect, text, pos, nullptr, &end);
    if (isOneOf(word, {u"DECLARE", u"BEGIN"}))
        return true;
    if (SqlLexer::equalsIgnoreCase(word, u"WITH")) {
        word = SqlLexer::nextWord(dialect, text, end);
        return isOneOf(word, {u"FUNCTION", u"PROCEDURE"});
    }
    if (!SqlLexer::equalsIgnoreCase(word, u"CREATE"))
        return false;
    // CREATE [OR REPLACE] [AND {RESOLVE | COMPILE}] [[NO]FORCE] [[NON]EDITIONABLE] <unit>
    for (int guard = 0; guard < 8; ++guard) {
        word = SqlLexer::nextWord(dialect, text, end, nullptr, &end);
        if (isOneOf(word, {u"OR", u"REPLACE", u"AND", u"RESOLVE", u"COMPILE", u"FORCE",
                           u"NOFORCE", u"EDITIONABLE", u"NONEDITIONABLE"}))
            continue;
        return isOneOf(word, {u"FUNCTION", u"PROCEDURE", u"PACKAGE", u"TRIGGER", u"TYPE",
                              u"LIBRARY", u"JAVA"});
    }
    return false;
}

enum class ClientCommand { None, Plain, RawText };

// SQL*Plus commands recognised at the start of a line. RawText commands (PROMPT, REM) take the
// rest of the line literally, so a trailing ';' is theirs.
ClientCommand clientCommandAt(QStringView text, int pos)
{
    if (!SqlLexer::isAtLineStart(text, pos))
        return ClientCommand::None;
    if (text.at(pos) == u'@')
        return ClientCommand::Plain;
    const int end = SqlLexer::wordEnd(dialect, text, pos);
    const QStringView word = text.mid(pos, end - pos);
    if (isOneOf(word, {u"PROMPT", u"REM", u"REMARK"}))
        return ClientCommand::RawText;
    if (SqlLexer::equalsIgnoreCase(word, u"SET")) {
        const QStringView next = SqlLexer::nextWord(dialect, text, end);
        if (isOneOf(next, {u"ROLE", u"TRANSACTION", u"CONSTRAINT", u"CONSTRAINTS"}))
            return ClientCommand::None;
        return ClientCommand::Plain;
    }
    if (isOneOf(word, {u"SPOOL", u"SHOW", u"DEFINE", u"UNDEFINE", u"WHENEVER", u"EXIT",
                       u"QUIT"}))
        return ClientCommand::Plain;
    return ClientCommand::None;
}

struct Scan
{
    StatementBuilder &builder;
    QStringView text;
    int pos = 0;

    void addClientCommand(ClientCommand kind)
    {
        const int end = lineEnd(text, pos);
        int textEnd = end;
        while (textEnd > pos && text.at(textEnd - 1).isSpace())
            --textEnd;
        if (kind == ClientCommand::Plain && textEnd > pos && text.at(textEnd - 1) == u';')
            --textEnd;
        builder.add(pos, textEnd, true);
        pos = end;
    }

    // Scans one statement starting at pos (its first code character). Returns false when an
    // unterminated literal or comment swallowed the rest of the script.
    bool statement()
    {
        const int start = pos;
        const bool plsql = startsPlsql(text, start);
        int codeEnd = start;
        while (pos < text.size()) {
            const QChar c = text.at(pos);
            if (c == u'\n' || c == u'\r') {
                ++pos;
                const int slashEnd = slashLineEnd(text, pos);
                if (slashEnd >= 0) {
                    builder.add(start, codeEnd);
                    pos = slashEnd;
                    return true;
                }
                continue;
            }
            if (c.isSpace()) {
                ++pos;
                continue;
            }
            const SqlLexer::Span span = SqlLexer::spanAt(dialect, text, pos);
            if (span.unterminated) {
                warnUnterminated(span);
                builder.add(start, int(text.size()));
                pos = int(text.size());
                return false;
            }
            if (span.kind == SqlLexer::SpanKind::Comment) {
                pos = span.end;
                continue;
            }
            if (c == u';' && !plsql) {
                builder.add(start, codeEnd);
                ++pos;
                return true;
            }
            pos = span.kind == SqlLexer::SpanKind::Literal ? span.end : pos + 1;
            codeEnd = pos;
        }
        builder.add(start, codeEnd);
        return true;
    }

    void warnUnterminated(const SqlLexer::Span &span)
    {
        builder.warnRestIsOneStatement(
                pos, span.kind == SqlLexer::SpanKind::Comment
                        ? QCoreApplication::translate("StatementSplitter", "unterminated comment")
                        : QCoreApplication::translate("StatementSplitter",
                                                      "unterminated quoted string"));
    }

    void run()
    {
        while (pos < text.size()) {
            // Only a line's first character can start a '/' line (slashLineEnd skips the
            // indentation itself); checking every position would make long runs of spaces
            // quadratic.
            if (pos == 0 || text.at(pos - 1) == u'\n' || text.at(pos - 1) == u'\r') {
                const int slashEnd = slashLineEnd(text, pos);
                if (slashEnd >= 0) {
                    pos = slashEnd;
                    continue;
                }
            }
            const QChar c = text.at(pos);
            if (c.isSpace()) {
                ++pos;
                continue;
            }
            const SqlLexer::Span span = SqlLexer::spanAt(dialect, text, pos);
            if (span.kind == SqlLexer::SpanKind::Comment) {
                if (span.unterminated) {
                    warnUnterminated(span);
                    builder.add(pos, int(text.size()));
                    return;
                }
                pos = span.end;
                continue;
            }
            if (c == u';') {  // an empty statement
                ++pos;
                continue;
            }
            const ClientCommand command = clientCommandAt(text, pos);
            if (command != ClientCommand::None) {
                addClientCommand(command);
                continue;
            }
            if (!statement())
                return;
        }
    }
};

} // namespace

QList<SqlStatement> OracleStatementSplitter::split(const QString &script, QString *warning)
{
    StatementBuilder builder(script);
    Scan scan{builder, script};
    scan.run();
    if (warning)
        *warning = builder.warning();
    return builder.statements();
}
