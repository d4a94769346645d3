#pragma once
#include <QDateTime>
#include <QList>
#include <QString>

// The text of every open editor, kept on disk while the program runs, so that neither a crash
// nor a killed session loses anyone's SQL. One small JSON file per editor in
// (AppDataLocation)/editors, written atomically; removed only when the person closes the
// editor. At start the program reopens what it finds there.
struct StashedEditor
{
    QString id;            // stable per editor (uuid)
    QString profileId;
    QString profileName;
    QString text;
    int cursorPosition = 0;
    QDateTime savedAt;
};

class EditorStash
{
public:
    explicit EditorStash(const QString &directory = QString());   // empty: the default place

    QString directory() const { return m_directory; }
    bool save(const StashedEditor &editor, QString *error = nullptr);
    void remove(const QString &id);
    // Oldest first. Unreadable files are skipped, never deleted: the person may want them.
    QList<StashedEditor> load() const;

    static QString defaultDirectory();

private:
    QString pathFor(const QString &id) const;

    QString m_directory;
};
