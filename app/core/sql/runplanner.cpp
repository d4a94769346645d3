#include "sql/runplanner.h"

#include "sql/bindparameters.h"

namespace RunPlanner {

RunPlan plan(const RunRequest &request)
{
    RunPlan plan;
    if (request.wholeScript) {
        plan.statements = EditorStatements::split(request.dialect, request.text, &plan.splitWarning);
    } else {
        const EditorStatement statement = request.selectedText.isEmpty()
            ? EditorStatements::atCursor(request.dialect, request.text, request.cursorOffset)
            : EditorStatements::inSelection(request.dialect, request.selectedText, request.selectionOffset);
        if (!statement.text.trimmed().isEmpty())
            plan.statements.append(statement);
    }
    if (plan.statements.isEmpty())
        return plan;
    plan.problem = SyntaxPrecheck::firstProblem(request.dialect, plan.statements, request.serverVersion);
    if (plan.problem)
        return plan;
    for (const EditorStatement &s : std::as_const(plan.statements)) {
        for (const QString &name : BindParameters::names(request.dialect, s.text)) {
            if (!plan.bindNames.contains(name))
                plan.bindNames.append(name);
        }
    }
    return plan;
}

} // namespace RunPlanner
