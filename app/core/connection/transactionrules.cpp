#include "transactionrules.h"

#include "sql/sqllexer.h"

#include <QRegularExpression>

namespace TransactionRules {
namespace {

// The first two words of a statement, lower case, comments and whitespace skipped.
std::pair<QString, QString> leadingWords(Dialect dialect, const QString &sql)
{
    int end = 0;
    const QStringView first = SqlLexer::nextWord(dialect, sql, 0, nullptr, &end);
    const QStringView second = first.isEmpty() ? QStringView() : SqlLexer::nextWord(dialect, sql, end);
    return {first.toString().toLower(), second.toString().toLower()};
}

bool isOneOf(const QString &word, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (word == QLatin1String(w))
            return true;
    }
    return false;
}

} // namespace

QString beginStatement(Dialect dialect)
{
    return dialect == Dialect::Oracle ? QString() : QStringLiteral("BEGIN");
}

bool isTransactionControl(Dialect dialect, const QString &sql)
{
    const auto [first, second] = leadingWords(dialect, sql);
    if (isOneOf(first, {"commit", "rollback", "savepoint", "release"}))
        return true;
    if (first == QLatin1String("set") && second == QLatin1String("transaction"))
        return true;
    if (first == QLatin1String("prepare") && second == QLatin1String("transaction"))
        return true;
    if (dialect == Dialect::Oracle)
        return false;   // BEGIN and END open and close PL/SQL blocks there
    if (isOneOf(first, {"begin", "end", "abort"}))
        return true;
    return first == QLatin1String("start") && second == QLatin1String("transaction");
}

TransactionState oracleStateAfter(const QString &sql, bool ok, TransactionState before)
{
    const auto [first, second] = leadingWords(Dialect::Oracle, sql);
    // DDL commits what was open before it runs, and again after it, even when it fails.
    if (isOneOf(first, {"create", "alter", "drop", "truncate", "grant", "revoke", "rename", "comment",
                        "analyze", "audit", "noaudit", "purge", "flashback", "associate", "disassociate"})) {
        if (first == QLatin1String("alter") && second == QLatin1String("session"))
            return before;   // a session setting, not DDL
        return TransactionState::Idle;
    }
    if (!ok)
        return before;   // Oracle rolls back the failed statement only, not the transaction
    if (first == QLatin1String("commit"))
        return TransactionState::Idle;
    if (first == QLatin1String("rollback"))
        return second == QLatin1String("to") ? before : TransactionState::Idle;
    if (first == QLatin1String("select") || first == QLatin1String("with")) {
        // A plain query opens nothing; SELECT … FOR UPDATE locks rows inside a transaction.
        static const QRegularExpression forUpdate(QStringLiteral("\\bfor\\s+update\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        return forUpdate.match(sql).hasMatch() ? TransactionState::InTransaction : before;
    }
    if (first == QLatin1String("set") && second != QLatin1String("transaction"))
        return before;   // SET ROLE and the like
    // DML, LOCK TABLE, SAVEPOINT, SET TRANSACTION, EXPLAIN PLAN (it writes PLAN_TABLE), and
    // PL/SQL blocks and CALLs, which may change data: count as open, so nothing is lost by
    // closing without being asked.
    return TransactionState::InTransaction;
}

} // namespace TransactionRules
