#include "errorreport.h"

namespace ErrorReport {

qsizetype scriptIndexOf(const SqlStatement &statement, int position)
{
    if (position <= 0)
        return -1;
    // The server counts characters (code points); QString counts UTF-16 units.
    qsizetype i = 0;
    for (int chars = 1; chars < position; ++chars) {
        if (i >= statement.text.size())
            return -1;
        i += statement.text.at(i).isHighSurrogate() && i + 1 < statement.text.size() ? 2 : 1;
    }
    if (i >= statement.text.size())
        return -1;
    return statement.offset + i;
}

QStringList format(const QString &script, const SqlStatement &statement, int number, const SqlErrorInfo &error)
{
    QStringList lines;
    const qsizetype at = scriptIndexOf(statement, error.position);
    if (at < 0 || at > script.size()) {
        lines.append(QStringLiteral("tessera-cli: statement %1, line %2: ERROR:  %3")
                         .arg(number).arg(statement.line).arg(error.message));
    } else {
        const qsizetype lineStart = script.lastIndexOf(QLatin1Char('\n'), at - 1) + 1;
        qsizetype lineEnd = script.indexOf(QLatin1Char('\n'), at);
        if (lineEnd < 0)
            lineEnd = script.size();
        const int line = int(QStringView(script).first(at).count(QLatin1Char('\n'))) + 1;
        const int column = int(at - lineStart) + 1;
        lines.append(QStringLiteral("tessera-cli: statement %1, line %2, column %3: ERROR:  %4")
                         .arg(number).arg(line).arg(column).arg(error.message));
        QString text = script.mid(lineStart, lineEnd - lineStart);
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        const QString prefix = QStringLiteral("LINE %1: ").arg(line);
        lines.append(prefix + text);
        // Tabs stay tabs under the caret so it lines up whatever the terminal's tab width.
        QString caret(prefix.size(), QLatin1Char(' '));
        for (qsizetype i = lineStart; i < at; ++i)
            caret.append(script.at(i) == QLatin1Char('\t') ? QLatin1Char('\t') : QLatin1Char(' '));
        lines.append(caret + QLatin1Char('^'));
    }
    if (!error.detail.isEmpty())
        lines.append(QStringLiteral("DETAIL:  %1").arg(error.detail));
    if (!error.hint.isEmpty())
        lines.append(QStringLiteral("HINT:  %1").arg(error.hint));
    if (error.connectionLost)
        lines.append(QStringLiteral("The connection to the server was lost."));
    return lines;
}

} // namespace ErrorReport
