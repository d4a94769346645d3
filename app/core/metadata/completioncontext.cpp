#include "completioncontext.h"

#include "sql/sqltokens.h"

#include <QSet>

namespace {

using Kind = SqlToken::Kind;

// Words that end a table reference (they cannot be its alias) and start the next clause.
const QSet<QString> &clauseWords()
{
    static const QSet<QString> words = {
        QStringLiteral("where"), QStringLiteral("join"), QStringLiteral("on"), QStringLiteral("using"),
        QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("inner"), QStringLiteral("outer"),
        QStringLiteral("full"), QStringLiteral("cross"), QStringLiteral("natural"), QStringLiteral("group"),
        QStringLiteral("order"), QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("union"),
        QStringLiteral("intersect"), QStringLiteral("except"), QStringLiteral("set"), QStringLiteral("window"),
        QStringLiteral("having"), QStringLiteral("returning"), QStringLiteral("values"), QStringLiteral("select"),
        QStringLiteral("fetch"), QStringLiteral("for"), QStringLiteral("tablesample"), QStringLiteral("lateral"),
        QStringLiteral("from"), QStringLiteral("into"), QStringLiteral("default"), QStringLiteral("do"),
        QStringLiteral("straight_join"), QStringLiteral("connect"), QStringLiteral("start"), QStringLiteral("pivot"),
    };
    return words;
}

class StatementReader
{
public:
    StatementReader(Dialect dialect, const QString &text, const QList<SqlToken> &tokens, int begin, int end)
        : m_dialect(dialect), m_text(text), m_tokens(tokens), m_begin(begin), m_end(end)
    {
        // Matching parentheses, once: every question below asks about them.
        m_match = QList<int>(tokens.size(), -1);
        QList<int> open;
        for (int i = begin; i < end; ++i) {
            if (isPunct(i, u'('))
                open.append(i);
            else if (isPunct(i, u')') && !open.isEmpty()) {
                const int o = open.takeLast();
                m_match[o] = i;
                m_match[i] = o;
            }
        }
    }

    QString word(int i) const { return valid(i) ? SqlTokens::lowerWord(m_text, m_tokens.at(i)) : QString(); }
    bool valid(int i) const { return i >= m_begin && i < m_end; }
    bool isPunct(int i, QChar c) const
    {
        return valid(i) && m_tokens.at(i).kind == Kind::Punctuation && m_tokens.at(i).end - m_tokens.at(i).start == 1
            && m_text.at(m_tokens.at(i).start) == c;
    }
    bool isOperator(int i, QStringView op) const
    {
        return valid(i) && m_tokens.at(i).kind == Kind::Operator && m_tokens.at(i).text(m_text) == op;
    }
    bool isIdentifier(int i) const { return valid(i) && m_tokens.at(i).isIdentifier(); }
    QString name(int i) const { return SqlTokens::identifierName(m_dialect, m_tokens.at(i).text(m_text)); }
    int match(int i) const { return m_match.value(i, -1); }

    // Reads [schema .] name starting at i; returns the index after it.
    int qualifiedName(int i, QString *schema, QString *name) const
    {
        *name = this->name(i);
        schema->clear();
        int next = i + 1;
        while (isPunct(next, u'.') && isIdentifier(next + 1)) {
            *schema = *name;   // a.b.c: the last two parts count (database.schema.table elsewhere)
            *name = this->name(next + 1);
            next += 2;
        }
        return next;
    }

    // An alias after a table reference or a select-list item: [AS] identifier.
    int alias(int i, QString *alias) const
    {
        if (word(i) == QLatin1String("as"))
            ++i;
        if (isIdentifier(i) && !clauseWords().contains(word(i))) {
            *alias = name(i);
            ++i;
            if (isPunct(i, u'(') && match(i) > i)   // column aliases: t (a, b)
                i = match(i) + 1;
        }
        return i;
    }

    // The output column names of the query in [from, to): its select list, as far as it says.
    QStringList selectListNames(int from, int to, QStringList *starTables) const
    {
        QStringList names;
        int i = from;
        if (word(i) == QLatin1String("with")) {
            // Skip the CTEs: name [(cols)] AS [NOT] [MATERIALIZED] ( … ), …
            while (i < to && word(i) != QLatin1String("select"))
                i = isPunct(i, u'(') && match(i) > i ? match(i) + 1 : i + 1;
        }
        if (word(i) != QLatin1String("select"))
            return names;
        ++i;
        if (word(i) == QLatin1String("all"))
            ++i;
        if (word(i) == QLatin1String("distinct")) {
            ++i;
            if (word(i) == QLatin1String("on") && isPunct(i + 1, u'(') && match(i + 1) > i)
                i = match(i + 1) + 1;
        }
        int itemStart = i;
        const auto finishItem = [&](int itemEnd) {
            if (itemEnd <= itemStart)
                return;
            const int last = itemEnd - 1;
            if (isOperator(last, u"*") || isPunct(last, u'*')) {
                if (isPunct(last - 1, u'.') && isIdentifier(last - 2) && last - 2 >= itemStart)
                    starTables->append(name(last - 2));
                else
                    starTables->append(QString());
                names.append(QStringLiteral("*"));
            } else if (isIdentifier(last) && word(last) != QLatin1String("end")) {
                names.append(name(last));   // name, t.name, expr AS name, expr name
            } else if (isPunct(last, u')') && match(last) > itemStart && isIdentifier(match(last) - 1)
                       && match(last) - 1 == itemStart) {
                names.append(name(itemStart));   // f(…): PostgreSQL names the column after f
            }
        };
        for (; i < to; ++i) {
            if (isPunct(i, u'(') && match(i) > i && match(i) < to) {
                i = match(i);
                continue;
            }
            const QString w = word(i);
            if (w == QLatin1String("from") || w == QLatin1String("into") || w == QLatin1String("where")
                || w == QLatin1String("union") || w == QLatin1String("group") || w == QLatin1String("order")) {
                break;
            }
            if (isPunct(i, u',')) {
                finishItem(i);
                itemStart = i + 1;
            }
        }
        finishItem(i);
        return names;
    }

    // CTE definitions of the query starting at `from`: WITH [RECURSIVE] name [(cols)] AS (…), …
    void readCtes(int from, int to, QList<TableReference> *ctes) const
    {
        if (word(from) != QLatin1String("with"))
            return;
        int i = from + 1;
        if (word(i) == QLatin1String("recursive"))
            ++i;
        while (i < to && isIdentifier(i)) {
            TableReference cte;
            cte.derived = true;
            cte.name = name(i);
            ++i;
            QStringList explicitColumns;
            if (isPunct(i, u'(') && match(i) > i) {
                for (int k = i + 1; k < match(i); ++k) {
                    if (isIdentifier(k))
                        explicitColumns.append(name(k));
                }
                i = match(i) + 1;
            }
            if (word(i) != QLatin1String("as"))
                return;
            ++i;
            while (word(i) == QLatin1String("not") || word(i) == QLatin1String("materialized"))
                ++i;
            if (!isPunct(i, u'(') || match(i) < i)
                return;
            readDerived(i + 1, match(i), &cte);
            if (!explicitColumns.isEmpty()) {
                cte.columns = explicitColumns;
                cte.starOf.clear();
            }
            ctes->append(cte);
            i = match(i) + 1;
            if (!isPunct(i, u','))
                return;
            ++i;
        }
    }

    // A CTE's or subquery's output: its named columns, and the catalog relations its "*" and
    // "t.*" items bring in.
    void readDerived(int from, int to, TableReference *derived) const
    {
        QStringList stars;
        derived->derived = true;
        derived->columns = selectListNames(from, to, &stars);
        derived->columns.removeAll(QStringLiteral("*"));
        if (stars.isEmpty())
            return;
        QList<TableReference> inner;
        readFromClauses(from, to, {}, &inner);
        for (const QString &qualifier : std::as_const(stars)) {
            for (const TableReference &t : std::as_const(inner)) {
                if (!t.derived && (qualifier.isEmpty() || qualifier == t.visibleName()))
                    derived->starOf.append(t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name);
            }
        }
    }

    // Relations named in FROM / JOIN / UPDATE / INSERT INTO / DELETE FROM at the top level of
    // [from, to) (not inside nested parentheses, except derived tables in FROM).
    void readFromClauses(int from, int to, const QList<TableReference> &ctes, QList<TableReference> *out) const
    {
        for (int i = from; i < to; ++i) {
            if (isPunct(i, u'(') && match(i) > i) {
                i = match(i);
                continue;
            }
            const QString w = word(i);
            const bool starts = w == QLatin1String("from") || w == QLatin1String("join") || w == QLatin1String("update")
                || (w == QLatin1String("into") && word(i - 1) == QLatin1String("insert"))
                || (w == QLatin1String("table") && (word(i - 1) == QLatin1String("truncate") || i == m_begin));
            if (!starts)
                continue;
            // In "extract(year from x)" FROM is no clause: only at the top level of a query.
            int j = i + 1;
            if (word(j) == QLatin1String("only") || word(j) == QLatin1String("lateral"))
                ++j;
            while (j < to) {
                TableReference ref;
                if (isPunct(j, u'(') && match(j) > j) {
                    readDerived(j + 1, match(j), &ref);
                    j = alias(match(j) + 1, &ref.alias);
                } else if (isIdentifier(j) && !clauseWords().contains(word(j))) {
                    j = qualifiedName(j, &ref.schema, &ref.name);
                    if (isPunct(j, u'(') && match(j) > j) {   // a function in FROM
                        ref.derived = true;
                        j = match(j) + 1;
                    } else if (ref.schema.isEmpty()) {
                        for (const TableReference &cte : ctes) {
                            if (cte.name == ref.name) {
                                ref.derived = true;
                                ref.columns = cte.columns;
                                ref.starOf = cte.starOf;
                            }
                        }
                    }
                    j = alias(j, &ref.alias);
                } else {
                    break;
                }
                out->append(ref);
                if (!isPunct(j, u','))
                    break;
                ++j;
            }
            i = j - 1;
        }
    }

private:
    Dialect m_dialect;
    const QString &m_text;
    const QList<SqlToken> &m_tokens;
    int m_begin;
    int m_end;
    QList<int> m_match;
};

bool isClauseKeywordForColumns(const QString &w)
{
    static const QSet<QString> words = {
        QStringLiteral("select"), QStringLiteral("where"), QStringLiteral("on"), QStringLiteral("and"),
        QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("by"), QStringLiteral("having"),
        QStringLiteral("set"), QStringLiteral("when"), QStringLiteral("then"), QStringLiteral("else"),
        QStringLiteral("case"), QStringLiteral("returning"), QStringLiteral("distinct"), QStringLiteral("in"),
        QStringLiteral("between"), QStringLiteral("like"), QStringLiteral("ilike"), QStringLiteral("is"),
        QStringLiteral("using"), QStringLiteral("all"), QStringLiteral("any"), QStringLiteral("some"),
    };
    return words.contains(w);
}

bool isRelationKeyword(const QString &w)
{
    static const QSet<QString> words = {QStringLiteral("from"), QStringLiteral("join"), QStringLiteral("update"),
                                        QStringLiteral("into"), QStringLiteral("table"), QStringLiteral("truncate"),
                                        QStringLiteral("lateral"), QStringLiteral("only")};
    return words.contains(w);
}

} // namespace

CompletionContext CompletionContext::analyze(Dialect dialect, const QString &fullText, int cursor)
{
    CompletionContext c;
    cursor = qBound(0, cursor, int(fullText.size()));
    bool complete = true;
    const QList<SqlToken> tokens = SqlTokens::tokenize(dialect, fullText, &complete);
    const QString &text = fullText;

    // The statement the cursor is in: between the semicolons around it.
    int begin = 0;
    int end = int(tokens.size());
    for (int i = 0; i < tokens.size(); ++i) {
        const SqlToken &t = tokens.at(i);
        const bool semicolon = t.kind == Kind::Punctuation && text.at(t.start) == u';';
        if (!semicolon)
            continue;
        if (t.end <= cursor)
            begin = i + 1;
        else {
            end = i;
            break;
        }
    }
    StatementReader r(dialect, text, tokens, begin, end);

    // The word being typed (the cursor inside or right after it).
    int before = begin - 1;   // the last token before that word
    c.replaceFrom = cursor;
    for (int i = begin; i < end; ++i) {
        const SqlToken &t = tokens.at(i);
        if (t.end < cursor || (t.end == cursor && !t.isIdentifier() && t.kind != Kind::String && t.kind != Kind::Number)) {
            before = i;
            continue;
        }
        if (t.start < cursor) {
            if (t.kind == Kind::String || t.kind == Kind::Number || t.kind == Kind::Parameter)
                return c;   // inside a literal: nothing to offer
            if (t.isIdentifier()) {
                c.prefix = text.mid(t.start, cursor - t.start);
                c.replaceFrom = t.start;
            } else {
                before = i;
            }
        }
        break;
    }
    if (c.prefix.isEmpty() && !complete) {
        // An identifier being quoted: "My Ta| (the lexer stopped at the open quote).
        const int from = before >= begin ? tokens.at(before).end : (begin < tokens.size() ? tokens.at(begin).start : 0);
        const QString rest = text.mid(from, cursor - from).trimmed();
        if (!rest.startsWith(u'"') || rest.count(u'"') != 1)
            return c;
        c.prefix = rest;
        c.replaceFrom = int(text.lastIndexOf(u'"', cursor - 1));
    }

    // The relations in scope: the queries that enclose the cursor, innermost first.
    QList<TableReference> ctes;
    r.readCtes(begin, end, &ctes);
    QList<QPair<int, int>> scopes;   // [first, last) of each enclosing query
    for (int i = before; i >= begin; --i) {
        if (r.isPunct(i, u'(') && (r.match(i) < 0 || tokens.at(r.match(i)).start >= cursor)) {
            const QString first = r.word(i + 1);
            if (first == QLatin1String("select") || first == QLatin1String("with"))
                scopes.append({i + 1, r.match(i) < 0 ? end : r.match(i)});
        }
    }
    scopes.append({begin, end});
    for (const auto &[from, to] : std::as_const(scopes)) {
        r.readCtes(from, to, &ctes);
        r.readFromClauses(from, to, ctes, &c.tables);
    }
    for (const TableReference &cte : std::as_const(ctes))
        c.cteNames.append(cte.name);

    // "alias." / "schema." / "schema.table."
    if (r.isPunct(before, u'.') && r.isIdentifier(before - 1)) {
        c.qualifier = r.name(before - 1);
        if (r.isPunct(before - 2, u'.') && r.isIdentifier(before - 3))
            c.qualifierSchema = r.name(before - 3);
        c.suggest = Columns | Relations | Functions | Types;
        return c;
    }
    // expr::type
    if (r.isOperator(before, u"::")) {
        c.suggest = Types | Schemas;
        return c;
    }

    // The keyword that governs this place, at the cursor's own depth of parentheses.
    int depth = 0;
    int between = 0;   // tokens between that keyword and the word typed
    for (int i = before; i >= begin; --i) {
        if (r.isPunct(i, u')')) {
            ++depth;
            ++between;
            continue;
        }
        if (r.isPunct(i, u'(')) {
            if (depth > 0) {
                --depth;
                ++between;
                continue;
            }
            // Inside parentheses with no keyword since: INSERT INTO t ( … lists t's columns.
            if (r.isIdentifier(i - 1)) {
                int k = i - 1;
                while (r.isPunct(k - 1, u'.') && r.isIdentifier(k - 2))
                    k -= 2;
                if (r.word(k - 1) == QLatin1String("into")) {
                    QString schema;
                    r.qualifiedName(k, &schema, &c.insertIntoTable);
                    TableReference target;
                    target.schema = schema;
                    target.name = c.insertIntoTable;
                    c.tables = {target};
                    c.suggest = Columns;
                    return c;
                }
            }
            c.suggest = Columns | Functions | Keywords;
            return c;
        }
        if (depth > 0) {
            ++between;
            continue;
        }
        const QString w = r.word(i);
        if (isRelationKeyword(w) && !(w == QLatin1String("into") && r.word(i - 1) != QLatin1String("insert")
                                      && r.word(i - 1) != QLatin1String("merge"))) {
            const bool afterComma = r.isPunct(before, u',');
            if (between == 0 || (afterComma && w == QLatin1String("from"))) {
                c.suggest = Relations | Schemas;
                if (w == QLatin1String("from") || w == QLatin1String("join") || w == QLatin1String("lateral"))
                    c.suggest |= Functions;
            } else {
                c.suggest = Keywords;
            }
            return c;
        }
        if (isClauseKeywordForColumns(w) || (r.valid(i) && tokens.at(i).kind == Kind::Operator)) {
            c.suggest = Columns | Functions | Keywords;
            return c;
        }
        ++between;
    }
    c.suggest = before < begin ? Keywords : (Keywords | Columns | Functions);
    return c;
}
