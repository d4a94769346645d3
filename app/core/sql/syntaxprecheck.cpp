#include "sql/syntaxprecheck.h"

#include "sql/pgsyntaxchecker.h"

#include <pg_query.h>

#include <QRegularExpression>

namespace SyntaxPrecheck {

int parserMajorVersion()
{
    return PG_VERSION_NUM / 10000;
}

std::optional<SyntaxProblem> firstProblem(Dialect dialect, const QList<EditorStatement> &statements,
                                          const QString &serverVersion)
{
    if (dialect != Dialect::PostgreSQL)
        return std::nullopt;
    static const QRegularExpression major(QStringLiteral("^\\s*(\\d+)"));
    if (const QRegularExpressionMatch m = major.match(serverVersion);
        m.hasMatch() && m.captured(1).toInt() > parserMajorVersion())
        return std::nullopt;
    for (int i = 0; i < statements.size(); ++i) {
        const EditorStatement &s = statements.at(i);
        if (const std::optional<SqlSyntaxError> error = PgSyntaxChecker::check(s.text)) {
            SyntaxProblem problem;
            problem.statementIndex = i;
            problem.offset = s.offset + qMax(0, error->offset);
            problem.message = error->message;
            return problem;
        }
    }
    return std::nullopt;
}

} // namespace SyntaxPrecheck
