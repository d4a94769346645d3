#include "query/sqleditor.h"

#include "sql/runplanner.h"

#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qscistyle.h>

#include <QAction>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTimer>

namespace {
const QColor kErrorColor(0xc6, 0x28, 0x28);
}

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(qMax(mono.pointSize(), 10));
    m_lexer = new QsciLexerSQL(this);
    m_lexer->setDefaultFont(mono);
    m_lexer->setFont(mono);   // -1: every style, so keywords and comments keep the same width
    m_lexer->setFoldComments(true);
    setLexer(m_lexer);
    setFont(mono);

    setMarginLineNumbers(0, true);
    setMarginsFont(mono);
    setMarginsForegroundColor(QColor(0x78, 0x78, 0x78));
    setMarginsBackgroundColor(QColor(0xf3, 0xf3, 0xf3));
    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateMarginWidth);
    updateMarginWidth();

    setCaretLineVisible(true);
    setCaretLineBackgroundColor(QColor(0xe8, 0xf2, 0xfe));
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setEolMode(QsciScintilla::EolUnix);
    // Scintilla's default scroll width is 2000 px: a horizontal bar even for "select 1".
    setScrollWidth(1);
    setScrollWidthTracking(true);

    m_errorIndicator = indicatorDefine(QsciScintilla::SquiggleIndicator);
    setIndicatorForegroundColor(kErrorColor, m_errorIndicator);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);

    m_runIndicator = indicatorDefine(QsciScintilla::FullBoxIndicator);
    setIndicatorForegroundColor(QColor(0x2e, 0x7d, 0x32, 70), m_runIndicator);
    setIndicatorDrawUnder(true, m_runIndicator);
    m_runHighlightTimer = new QTimer(this);
    m_runHighlightTimer->setSingleShot(true);
    m_runHighlightTimer->setInterval(900);
    connect(m_runHighlightTimer, &QTimer::timeout, this, [this] {
        clearIndicatorRange(0, 0, qMax(0, lines() - 1), int(text(qMax(0, lines() - 1)).size()), m_runIndicator);
        m_runHighlight = {0, 0};
    });

    // Scintilla binds Esc to "cancel" and would swallow it before the window's Cancel shortcut.
    if (QsciCommand *esc = standardCommands()->boundTo(Qt::Key_Escape))
        esc->setKey(0);

    // Any edit makes a stale error mark misleading.
    connect(this, &QsciScintilla::textChanged, this, [this] {
        if (hasErrorMarks())
            clearErrorMarks();
    });
}

void SqlEditor::updateMarginWidth()
{
    const int digits = int(QString::number(qMax(1, lines())).size());
    setMarginWidth(0, QString(digits + 1, u'9'));
}

int SqlEditor::cursorOffset() const
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    const QString all = text();
    int offset = 0;
    for (int l = 0; l < line; ++l) {
        const int nl = int(all.indexOf(u'\n', offset));
        if (nl < 0)
            return int(all.size());
        offset = nl + 1;
    }
    return qMin(offset + index, int(all.size()));
}

void SqlEditor::lineIndexAt(int offset, int *line, int *index) const
{
    const QString all = text();
    offset = qBound(0, offset, int(all.size()));
    const QStringView before = QStringView(all).left(offset);
    *line = int(before.count(u'\n'));
    const int lineStart = int(before.lastIndexOf(u'\n')) + 1;
    *index = offset - lineStart;
}

void SqlEditor::setCursorOffset(int offset)
{
    int line = 0;
    int index = 0;
    lineIndexAt(offset, &line, &index);
    setCursorPosition(line, index);
}

RunRequest SqlEditor::runRequest(bool wholeScript) const
{
    RunRequest request;
    request.dialect = m_dialect;
    request.text = text();
    request.wholeScript = wholeScript;
    request.cursorOffset = cursorOffset();
    if (!wholeScript && hasSelectedText()) {
        int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
        getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        int offset = 0;
        for (int l = 0; l < lineFrom; ++l)
            offset = int(request.text.indexOf(u'\n', offset)) + 1;
        request.selectedText = selectedText();
        request.selectionOffset = offset + indexFrom;
    }
    return request;
}

void SqlEditor::flashRunRange(int offset, int length)
{
    clearIndicatorRange(0, 0, qMax(0, lines() - 1), int(text(qMax(0, lines() - 1)).size()), m_runIndicator);
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    lineIndexAt(offset, &lineFrom, &indexFrom);
    lineIndexAt(offset + length, &lineTo, &indexTo);
    fillIndicatorRange(lineFrom, indexFrom, lineTo, indexTo, m_runIndicator);
    m_runHighlight = {offset, length};
    m_runHighlightTimer->start();
}

void SqlEditor::markError(int line, int column, const QString &message)
{
    clearErrorMarks();
    const int l = qBound(0, line - 1, qMax(0, lines() - 1));
    const QString lineText = text(l);
    int from = qBound(0, column - 1, int(lineText.size()));
    int to = from;
    while (to < lineText.size() && (lineText.at(to).isLetterOrNumber() || lineText.at(to) == u'_'))
        ++to;
    if (to == from && from < lineText.size())   // not on a word: underline one character
        ++to;
    fillIndicatorRange(l, from, l, to, m_errorIndicator);
    QFont annotationFont = font();
    annotationFont.setItalic(true);
    const QsciStyle style(-1, QStringLiteral("error"), kErrorColor, QColor(0xfd, 0xec, 0xea),
                          annotationFont);
    annotate(l, message, style);
    m_errorLine = l;
    setCursorPosition(l, from);
    ensureLineVisible(l);
}

void SqlEditor::markErrorAtOffset(int offset, const QString &message)
{
    int line = 0;
    int index = 0;
    lineIndexAt(offset, &line, &index);
    markError(line + 1, index + 1, message);
}

void SqlEditor::clearErrorMarks()
{
    if (!hasErrorMarks())
        return;
    clearIndicatorRange(0, 0, qMax(0, lines() - 1), int(text(qMax(0, lines() - 1)).size()),
                        m_errorIndicator);
    clearAnnotations();
    m_errorLine = -1;
}

bool SqlEditor::isWindowShortcut(const QKeyEvent *event) const
{
    // Plain typing never is: skip the search for the keys that make up text.
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    const bool functionKey = event->key() >= Qt::Key_F1 && event->key() <= Qt::Key_F35;
    if (mods == Qt::NoModifier && !functionKey && event->key() != Qt::Key_Escape)
        return false;
    const QKeySequence pressed(QKeyCombination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key())));
    const QWidget *top = window();
    if (!top || top == this)
        return false;
    const QList<QAction *> actions = top->findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch)
                return true;
        }
    }
    return false;
}

bool SqlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isWindowShortcut(key)) {
            key->ignore();   // not ours: the shortcut map gives it to the window's action
            return true;
        }
    }
    return QsciScintilla::event(event);
}

void SqlEditor::dragEnterEvent(QDragEnterEvent *event)
{
    // Files dropped on the editor are opened by the window, not pasted in as their paths.
    if (event->mimeData()->hasUrls() && !event->mimeData()->hasText()) {
        event->ignore();
        return;
    }
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); })) {
        event->ignore();
        return;
    }
    QsciScintilla::dragEnterEvent(event);
}

void SqlEditor::indentSelection(bool in)
{
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    if (hasSelectedText()) {
        getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        if (indexTo == 0 && lineTo > lineFrom)
            --lineTo;
    } else {
        getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    }
    beginUndoAction();
    for (int l = lineFrom; l <= lineTo; ++l)
        in ? indent(l) : unindent(l);
    endUndoAction();
}

void SqlEditor::toggleLineComment()
{
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    if (hasSelectedText()) {
        getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        if (indexTo == 0 && lineTo > lineFrom)
            --lineTo;   // a selection ending at the start of a line does not take that line
    } else {
        getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    }
    static const QRegularExpression commented(QStringLiteral("^\\s*--"));
    bool allCommented = true;
    int indent = INT_MAX;
    for (int l = lineFrom; l <= lineTo; ++l) {
        const QString t = text(l);
        if (t.trimmed().isEmpty())
            continue;
        allCommented = allCommented && commented.match(t).hasMatch();
        int leading = 0;
        while (leading < t.size() && (t.at(leading) == u' ' || t.at(leading) == u'\t'))
            ++leading;
        indent = qMin(indent, leading);
    }
    if (indent == INT_MAX)
        return;   // only blank lines
    beginUndoAction();
    for (int l = lineFrom; l <= lineTo; ++l) {
        const QString t = text(l);
        if (t.trimmed().isEmpty())
            continue;
        if (allCommented) {
            const int at = int(t.indexOf(QStringLiteral("--")));
            const int length = t.mid(at + 2, 1) == QStringLiteral(" ") ? 3 : 2;
            setSelection(l, at, l, at + length);
            removeSelectedText();
        } else {
            insertAt(QStringLiteral("-- "), l, indent);
        }
    }
    endUndoAction();
    if (lineFrom != lineTo)
        setSelection(lineFrom, 0, lineTo + 1, 0);
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    if (ctrl && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        emit runStatementRequested();
        return;
    }
    if (event->key() == Qt::Key_F5 && event->modifiers() == Qt::NoModifier) {
        emit runScriptRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape && !isListActive()) {
        emit cancelRequested();
        return;
    }
    // A window shortcut whose action is disabled right now still does nothing else here.
    if (isWindowShortcut(event)) {
        event->ignore();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}
