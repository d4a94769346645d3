#pragma once
// Runs SQL the way a person does: puts it in the tab's editor and presses Ctrl+Enter there.
// Returns at once; the caller waits for what it expects to see.
#include "query/querytab.h"
#include "query/sqleditor.h"

#include <QTest>

inline void typeAndCtrlEnter(QueryTab *tab, const QString &sql)
{
    tab->editor()->setText(sql);
    tab->editor()->setFocus();
    QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
}
