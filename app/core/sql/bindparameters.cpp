#include "bindparameters.h"

#include "sqllexer.h"

#include <QHash>
#include <QSet>

namespace {

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isNameStart(Dialect dialect, QChar c)
{
    return isAsciiLetter(c) || (dialect == Dialect::Oracle && isAsciiDigit(c));
}

// What may sit right before the ':' of a PostgreSQL array slice bound.
bool endsOperand(QChar c)
{
    return SqlLexer::isIdentifierChar(Dialect::PostgreSQL, c) || c == u')' || c == u']'
            || c == u'"' || c == u'\'';
}

} // namespace

QList<BindParameter> BindParameters::find(Dialect dialect, const QString &statement)
{
    QList<BindParameter> found;
    if (dialect == Dialect::Oracle
        && SqlLexer::equalsIgnoreCase(SqlLexer::nextWord(dialect, statement, 0), u"CREATE"))
        return found;

    const int n = int(statement.size());
    int pos = 0;
    while (pos < n) {
        const SqlLexer::Span span = SqlLexer::spanAt(dialect, statement, pos);
        if (span.kind != SqlLexer::SpanKind::None) {
            pos = span.end;
            continue;
        }
        if (statement.at(pos) != u':' || pos + 1 >= n) {
            ++pos;
            continue;
        }
        const QChar next = statement.at(pos + 1);
        if (next == u':' || next == u'=') {
            pos += 2;
            continue;
        }
        if (!isNameStart(dialect, next)
            || (dialect == Dialect::PostgreSQL && pos > 0 && endsOperand(statement.at(pos - 1)))) {
            ++pos;
            continue;
        }
        int end = pos + 2;
        while (end < n && (isAsciiLetter(statement.at(end)) || isAsciiDigit(statement.at(end))))
            ++end;
        found.append(BindParameter{statement.mid(pos + 1, end - pos - 1), pos, end - pos});
        pos = end;
    }
    return found;
}

QStringList BindParameters::names(Dialect dialect, const QString &statement)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const BindParameter &parameter : find(dialect, statement)) {
        if (!seen.contains(parameter.name)) {
            seen.insert(parameter.name);
            distinct.append(parameter.name);
        }
    }
    return distinct;
}

QString BindParameters::toPositional(Dialect dialect, const QString &statement,
                                     QStringList *bindOrder)
{
    const QList<BindParameter> parameters = find(dialect, statement);
    QStringList order;
    // Position of each distinct name in order: an INSERT with thousands of placeholders must
    // not turn quadratic.
    QHash<QString, int> numbers;
    auto numberOf = [&](const QString &name) {
        auto it = numbers.constFind(name);
        if (it == numbers.constEnd()) {
            order.append(name);
            it = numbers.insert(name, int(order.size()));
        }
        return it.value();
    };

    QString rewritten;
    if (dialect == Dialect::Oracle) {
        rewritten = statement;
        for (const BindParameter &parameter : parameters)
            numberOf(parameter.name);
    } else {
        rewritten.reserve(statement.size());
        int copied = 0;
        for (const BindParameter &parameter : parameters) {
            rewritten += QStringView(statement).mid(copied, parameter.offset - copied);
            if (dialect == Dialect::PostgreSQL) {
                rewritten += u'$' + QString::number(numberOf(parameter.name));
            } else {
                order.append(parameter.name);
                rewritten += u'?';
            }
            copied = parameter.offset + parameter.length;
        }
        rewritten += QStringView(statement).mid(copied);
    }
    if (bindOrder)
        *bindOrder = order;
    return rewritten;
}
