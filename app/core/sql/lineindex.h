#pragma once
#include <QList>
#include <QString>

// Maps QString offsets to 1-based line / column. Built once per script so that turning
// thousands of statement offsets into positions stays O(log lines) each.
// Line breaks are "\n", "\r\n" and a lone "\r" (QScintilla's EOL modes).
class LineIndex
{
public:
    explicit LineIndex(const QString &text);

    int line(int offset) const;
    int column(int offset) const;  // in UTF-16 units

private:
    int lineIndexOf(int offset) const;

    QList<int> m_lineStarts;
};
