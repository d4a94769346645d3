#include "lineindex.h"

#include <algorithm>

LineIndex::LineIndex(const QString &text)
{
    m_lineStarts.append(0);
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= n || text.at(i + 1) != u'\n')))
            m_lineStarts.append(i + 1);
    }
}

int LineIndex::lineIndexOf(int offset) const
{
    // The first line starts at 0, so any offset >= 0 finds one.
    offset = std::max(offset, 0);
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(it - m_lineStarts.cbegin()) - 1;
}

int LineIndex::line(int offset) const
{
    return lineIndexOf(offset) + 1;
}

int LineIndex::column(int offset) const
{
    return std::max(offset, 0) - m_lineStarts.at(lineIndexOf(offset)) + 1;
}
