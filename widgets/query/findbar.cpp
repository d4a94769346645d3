#include "query/findbar.h"

#include "query/sqleditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

FindBar::FindBar(SqlEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findBar"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 3, 6, 3);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find previous (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find next (F3)"));
    m_case = new QCheckBox(tr("Match case"), this);
    m_word = new QCheckBox(tr("Whole word"), this);
    m_regex = new QCheckBox(tr("Regular expression"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(previous, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(m_case, 0, 3);
    grid->addWidget(m_word, 0, 4);
    grid->addWidget(m_regex, 0, 5);
    grid->addWidget(m_status, 0, 6);
    grid->addWidget(close, 0, 7);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(6, 1);

    m_replaceRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_replace = new QLineEdit(m_replaceRow);
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_replace->setPlaceholderText(tr("Replace with (\\1 for a captured group)"));
    auto *replace = new QPushButton(tr("Replace"), m_replaceRow);
    auto *all = new QPushButton(tr("Replace All"), m_replaceRow);
    row->addWidget(m_replace, 1);
    row->addWidget(replace);
    row->addWidget(all);
    grid->addWidget(m_replaceRow, 1, 0, 1, 8);

    // Incremental: each keystroke searches again from where the match started.
    connect(m_find, &QLineEdit::textEdited, this, [this] { search(true, true); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(false); });
    for (QCheckBox *option : {m_case, m_word, m_regex})
        connect(option, &QCheckBox::toggled, this, [this] { search(true, true); });
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceOne);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::showFind()
{
    showReplaceRow(false);
    const QString selected = m_editor->selectedText();
    if (!selected.isEmpty() && !selected.contains(u'\n'))
        m_find->setText(selected);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    showReplaceRow(true);
}

void FindBar::showReplaceRow(bool on)
{
    m_replaceRow->setVisible(on);
}

bool FindBar::search(bool forward, bool fromSelectionStart)
{
    const QString text = m_find->text();
    m_status->clear();
    if (text.isEmpty())
        return false;
    if (m_regex->isChecked() && !QRegularExpression(text).isValid()) {
        m_status->setText(tr("Not a valid regular expression"));
        return false;
    }
    int line = -1, index = -1;
    if (fromSelectionStart && m_editor->hasSelectedText()) {
        int lineTo = 0, indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    // QScintilla's findFirst with show = true selects the match and scrolls to it; wrap around.
    const bool found = m_editor->findFirst(text, m_regex->isChecked(), m_case->isChecked(), m_word->isChecked(),
                                           true, forward, line, index, true, true);
    m_status->setText(found ? QString() : tr("Not found"));
    QPalette palette = m_find->palette();
    palette.setColor(QPalette::Base, found ? QPalette().color(QPalette::Base) : QColor(0xfd, 0xec, 0xea));
    m_find->setPalette(palette);
    return found;
}

bool FindBar::findNext(bool forward)
{
    if (m_find->text().isEmpty()) {
        showFind();
        return false;
    }
    if (!forward && m_editor->hasSelectedText()) {
        // Backwards from the start of the current match, not from its end.
        int line = 0, index = 0, lineTo = 0, indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
        m_editor->setCursorPosition(line, index);
    }
    return search(forward, false);
}

void FindBar::replaceOne()
{
    // The selection is a match (of what is searched now): replace it, then go to the next.
    if (!m_editor->hasSelectedText() && !search(true, true))
        return;
    m_editor->replace(m_replace->text());
    findNext(true);
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();   // one Ctrl+Z undoes them all
    bool found = m_editor->findFirst(text, m_regex->isChecked(), m_case->isChecked(), m_word->isChecked(),
                                     false, true, 0, 0, false, true);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}
