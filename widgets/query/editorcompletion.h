#pragma once
#include "metadata/completionengine.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CatalogSource;
class SqlEditor;

// Completion in a query tab's editor: Ctrl+Space, after "." and after FROM / JOIN / UPDATE /
// INTO once a letter is typed. What fits the place comes from CompletionContext (the
// server's own lexer) and CompletionEngine over the catalog of the tab's identity. Never waits:
// what is not loaded yet is asked for, the popup says "loading…", and fills when it arrives
// (if the cursor is still where it was).
class EditorCompletion : public QObject
{
    Q_OBJECT
public:
    using SourceProvider = std::function<CatalogSource *()>;

    EditorCompletion(SqlEditor *editor, QObject *parent);

    // Where the catalog comes from (the tab's identity may change: asked each time).
    void setSourceProvider(SourceProvider provider) { m_provider = std::move(provider); }

    void complete();   // Ctrl+Space
    QList<CompletionItem> shownItems() const { return m_items; }
    bool isWaiting() const { return m_waiting; }

    // Text around the cursor that completion reads (a huge editor is not scanned whole).
    static constexpr int kWindowChars = 64 * 1024;

signals:
    void shown(int count);   // the popup opened (0: "loading…")

private:
    void onCharAdded(int ch);
    void show(bool userAsked);
    void onActivated(int id, const QString &label);
    bool typingARelationName() const;

    SqlEditor *m_editor;
    SourceProvider m_provider;
    QPointer<CatalogSource> m_watched;
    QList<CompletionItem> m_items;
    int m_replaceFrom = 0;       // in the editor's text
    int m_askedAt = -1;          // cursor offset when a "loading…" popup was opened
    bool m_waiting = false;
};
