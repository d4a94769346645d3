#include "pgstatementsplitter.h"

#include "pgscanner.h"
#include "statementbuilder.h"
#include "utf8buffer.h"

namespace {

bool isWordStart(char c)
{
    const auto u = uchar(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}

bool isWordChar(char c)
{
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '$';
}

// Feeds lexer tokens and emits every statement that a top-level ';' completes.
class TokenSplitter
{
public:
    TokenSplitter(const Utf8Buffer &utf8, StatementBuilder &builder)
        : m_utf8(utf8), m_builder(builder)
    {
    }

    void feed(const QList<PgScanner::Token> &tokens)
    {
        for (const PgScanner::Token &token : tokens) {
            if (isComment(token.start)) {
                if (m_lastCode >= 0 && m_trailingStart < 0)
                    m_trailingStart = token.start;
                else if (m_firstCode < 0 && m_hintStart < 0 && isHint(token.start))
                    m_hintStart = token.start;
                continue;
            }
            if (token.token == ';' && m_parenDepth == 0 && m_beginDepth == 0) {
                if (m_firstCode >= 0)
                    emitStatement(token.start);
                reset();
                continue;
            }
            if (m_firstCode < 0)
                m_firstCode = token.start;
            m_lastCode = token.start;
            m_trailingStart = -1;
            track(token);
        }
    }

    // Emits the statement the script ends with when it has no final ';'.
    void finish()
    {
        if (m_firstCode >= 0)
            emitStatement(m_utf8.size());
        reset();
    }

    // Byte offset where the unfinished statement begins, -1 when there is none.
    int pendingStart() const
    {
        if (m_firstCode < 0)
            return -1;
        return m_hintStart >= 0 ? m_hintStart : m_firstCode;
    }

private:
    bool isComment(int byte) const
    {
        if (byte + 1 >= m_utf8.size())
            return false;
        const char *p = m_utf8.data() + byte;
        return (p[0] == '-' && p[1] == '-') || (p[0] == '/' && p[1] == '*');
    }

    bool isHint(int byte) const
    {
        return byte + 2 < m_utf8.size() && m_utf8.data()[byte + 2] == '+';
    }

    QByteArray lowerWord(int byte) const
    {
        const char *data = m_utf8.data();
        if (!isWordStart(data[byte]))
            return {};
        int end = byte + 1;
        while (end < m_utf8.size() && isWordChar(data[end]))
            ++end;
        // E'..', U&'..', B'..', X'..', N'..' are literals, not words.
        if (end < m_utf8.size() && (data[end] == '\'' || data[end] == '&'))
            return {};
        return QByteArray(data + byte, end - byte).toLower();
    }

    // psql's heuristics for where a ';' does not end the statement.
    void track(const PgScanner::Token &token)
    {
        if (token.token == '(') {
            ++m_parenDepth;
            return;
        }
        if (token.token == ')') {
            // A stray ')' is the server's error to report; it must not disable splitting.
            if (m_parenDepth > 0)
                --m_parenDepth;
            return;
        }
        // Most statements are decided after four words; skip the copy for the rest.
        if (m_words.size() >= 4 && (m_parenDepth != 0 || !isCreateRoutine()))
            return;
        const QByteArray word = lowerWord(token.start);
        if (word.isEmpty())
            return;
        if (m_words.size() < 4)
            m_words.append(word);
        if (m_parenDepth != 0 || !isCreateRoutine())
            return;
        if (word == "begin") {
            ++m_beginDepth;
        } else if (word == "case") {
            if (m_beginDepth >= 1)  // CASE also ends with END, but only matters inside BEGIN
                ++m_beginDepth;
        } else if (word == "end") {
            if (m_beginDepth > 0)
                --m_beginDepth;
        }
    }

    bool isCreateRoutine() const
    {
        auto isRoutine = [](const QByteArray &w) { return w == "function" || w == "procedure"; };
        if (m_words.size() < 2 || m_words.at(0) != "create")
            return false;
        if (isRoutine(m_words.at(1)))
            return true;
        return m_words.size() >= 4 && m_words.at(1) == "or" && m_words.at(2) == "replace"
                && isRoutine(m_words.at(3));
    }

    void emitStatement(int terminatorByte)
    {
        const int begin = pendingStart();
        const int end = m_trailingStart >= 0 ? m_trailingStart : terminatorByte;
        m_builder.add(m_utf8.indexOfByte(begin), m_utf8.indexOfByte(end));
    }

    void reset()
    {
        m_firstCode = m_lastCode = m_trailingStart = m_hintStart = -1;
        m_parenDepth = m_beginDepth = 0;
        m_words.clear();
    }

    const Utf8Buffer &m_utf8;
    StatementBuilder &m_builder;
    int m_firstCode = -1;      // first non-comment token of the current statement
    int m_lastCode = -1;
    int m_trailingStart = -1;  // first comment after the last code token: the text ends there
    int m_hintStart = -1;      // a /*+ hint */ before the first code token
    int m_parenDepth = 0;
    int m_beginDepth = 0;
    QList<QByteArray> m_words;  // the first four words, lower case
};

} // namespace

QList<SqlStatement> PgStatementSplitter::split(const QString &script, QString *warning)
{
    StatementBuilder builder(script);
    const Utf8Buffer utf8(script);
    TokenSplitter splitter(utf8, builder);

    const PgScanner::Result full = PgScanner::scan(utf8.data());
    if (full.ok) {
        splitter.feed(full.tokens);
        splitter.finish();
    } else {
        const int errorByte = full.errorCursor > 0 ? utf8.byteOfCodePoint(full.errorCursor - 1) : 0;
        // The text before the error lexes cleanly (the lexer stopped at the first bad token);
        // still, never trust that blindly: retry with shorter prefixes, a bounded number of
        // times (each is a full scan), and else send the whole script as one statement.
        int prefixEnd = errorByte;
        int restStart = 0;
        for (int attempt = 0; attempt < 8 && prefixEnd > 0; ++attempt) {
            const QByteArray prefix = utf8.left(prefixEnd);
            const PgScanner::Result partial = PgScanner::scan(prefix.constData());
            if (partial.ok) {
                splitter.feed(partial.tokens);
                restStart = splitter.pendingStart() >= 0 ? splitter.pendingStart() : prefixEnd;
                break;
            }
            const int retry = partial.errorCursor > 0
                    ? utf8.byteOfCodePoint(partial.errorCursor - 1) : 0;
            prefixEnd = qMin(retry, prefixEnd - 1);
        }
        builder.warnRestIsOneStatement(utf8.indexOfByte(errorByte), full.errorMessage);
        builder.add(utf8.indexOfByte(restStart), int(script.size()));
    }

    if (warning)
        *warning = builder.warning();
    return builder.statements();
}
