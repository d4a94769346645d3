#include "query/editorcompletion.h"

#include "metadata/catalogsource.h"
#include "metadata/completioncontext.h"
#include "query/sqleditor.h"
#include "sql/sqllexer.h"

namespace {
constexpr int kListId = 7;
}

EditorCompletion::EditorCompletion(SqlEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    // Our order (columns of the tables in scope first), not Scintilla's alphabetical one.
    editor->SendScintilla(QsciScintillaBase::SCI_AUTOCSETORDER, 2 /* SC_ORDER_CUSTOM */);
    editor->SendScintilla(QsciScintillaBase::SCI_AUTOCSETIGNORECASE, 1);
    editor->SendScintilla(QsciScintillaBase::SCI_AUTOCSETMAXHEIGHT, 12);
    connect(editor, &QsciScintilla::SCN_CHARADDED, this, &EditorCompletion::onCharAdded);
    connect(editor, &QsciScintilla::userListActivated, this, &EditorCompletion::onActivated);
}

void EditorCompletion::complete()
{
    show(true);
}

bool EditorCompletion::typingARelationName() const
{
    // Cheap, on every typed letter: is the word being typed the first letter after one of
    // these keywords? (The full analysis only runs when it is.)
    const int cursor = m_editor->cursorOffset();
    const QString text = m_editor->text().mid(qMax(0, cursor - 64), qMin(cursor, 64));
    int i = int(text.size()) - 1;
    if (i < 0 || !SqlLexer::isIdentifierStart(text.at(i)))
        return false;
    if (i > 0 && SqlLexer::isIdentifierChar(m_editor->dialect(), text.at(i - 1)))
        return false;   // not the first letter
    int end = i;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    int start = end;
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    const QString word = text.mid(start, end - start).toLower();
    return end < i && (word == QLatin1String("from") || word == QLatin1String("join") || word == QLatin1String("update")
                       || word == QLatin1String("into") || word == QLatin1String("table"));
}

void EditorCompletion::onCharAdded(int ch)
{
    if (ch == '.' || typingARelationName())
        show(false);
    else if (m_editor->isListActive() && m_waiting)
        m_editor->cancelList();
}

void EditorCompletion::show(bool userAsked)
{
    CatalogSource *source = m_provider ? m_provider() : nullptr;
    const int cursor = m_editor->cursorOffset();
    const QString all = m_editor->text();
    const int from = qMax(0, cursor - kWindowChars);
    const QString window = all.mid(from, cursor - from + kWindowChars);
    CompletionContext context = CompletionContext::analyze(m_editor->dialect(), window, cursor - from);
    static const Catalog empty;
    QStringList needs;
    m_items = CompletionEngine::complete(m_editor->dialect(), context, source ? source->catalog() : empty, &needs);
    m_replaceFrom = from + context.replaceFrom;

    if (source && source != m_watched) {
        if (m_watched)
            disconnect(m_watched, nullptr, this, nullptr);
        m_watched = source;
        const auto refill = [this] {
            // Still where the person asked? Then show what has arrived.
            if (m_waiting && m_editor->cursorOffset() == m_askedAt)
                show(true);
        };
        connect(source, &CatalogSource::schemasChanged, this, refill);
        connect(source, &CatalogSource::schemaChanged, this, refill);
    }
    bool loading = false;
    if (source && !source->schemasLoaded()) {
        source->requestSchemas();
        loading = true;
    }
    for (const QString &schema : std::as_const(needs)) {
        if (source && source->catalog().schema(schema)) {
            source->requestSchema(schema);
            loading = true;
        }
    }
    m_waiting = loading;
    m_askedAt = cursor;
    if (m_items.isEmpty() && !loading) {
        if (m_editor->isListActive())
            m_editor->cancelList();
        return;
    }
    if (m_items.isEmpty() && !userAsked && !loading)
        return;
    QStringList labels;
    for (const CompletionItem &item : std::as_const(m_items))
        labels.append(item.label);
    if (loading)
        labels.append(tr("loading…"));
    m_editor->showUserList(kListId, labels);
    emit shown(int(m_items.size()));
}

void EditorCompletion::onActivated(int id, const QString &label)
{
    if (id != kListId)
        return;
    for (const CompletionItem &item : std::as_const(m_items)) {
        if (item.label != label)
            continue;
        const int cursor = m_editor->cursorOffset();
        int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
        m_editor->lineIndexAt(m_replaceFrom, &lineFrom, &indexFrom);
        m_editor->lineIndexAt(cursor, &lineTo, &indexTo);
        m_editor->setSelection(lineFrom, indexFrom, lineTo, indexTo);
        m_editor->replaceSelectedText(item.text);
        m_waiting = false;
        return;
    }
}
