#include "query/querytoolbar.h"

#include "common/tesseraresources.h"
#include "query/transactioncontrols.h"

#include <QAction>

QueryToolBar::QueryToolBar(QWidget *parent)
    : QToolBar(parent)
{
    setIconSize(QSize(18, 18));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // No shortcuts here: the window's Query menu owns Ctrl+Enter / F5 / Esc, and the same keys
    // on every tab's actions would be ambiguous.
    m_run = addAction(TesseraResources::icon(QStringLiteral("run")), tr("Run"));
    m_run->setObjectName(QStringLiteral("runAction"));
    m_run->setToolTip(tr("Run the statement at the cursor, or the selection (Ctrl+Enter)"));
    m_script = addAction(TesseraResources::icon(QStringLiteral("run-script")), tr("Run Script"));
    m_script->setObjectName(QStringLiteral("runScriptAction"));
    m_script->setToolTip(tr("Run every statement in the editor (F5)"));
    m_cancel = addAction(TesseraResources::icon(QStringLiteral("cancel")), tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setToolTip(tr("Cancel the running statement (Esc)"));
    m_transactions = new TransactionControls(this);
}
