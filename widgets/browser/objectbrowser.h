#pragma once
#include "profiles/connectionprofile.h"

#include <QPointer>
#include <QWidget>

class CatalogSource;
class CatalogTreeModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;

// The Objects dock: what the identity of the tab in front may use, as a tree (schemas, kinds,
// objects, columns) with a filter that finds one object among thousands as you type. It reads
// only from its CatalogSource (the profile's metadata session, never the tab's own); a schema is
// read when first expanded. Double-click puts the (quoted, qualified) name at the editor's
// cursor; the context menu selects rows, copies the name, shows the DDL, refreshes.
class ObjectBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectBrowser(QWidget *parent = nullptr);

    // nullptr: no tab (or no connected tab) to browse for; `why` says so.
    void setSource(CatalogSource *source, const ConnectionProfile &profile, const QString &why = {});
    CatalogSource *source() const;
    CatalogTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showAllCheck() const { return m_showAll; }
    QString statusText() const;

    void refresh();

signals:
    void insertRequested(const QString &text);
    void selectRowsRequested(const QString &qualifiedName);
    void ddlRequested(const QString &schema, const QString &name, int kind);
    void showAllChanged(bool all);

private:
    void updateStatus();
    void expandDatabase();
    void showContextMenu(const QPoint &at);
    void activate(const QModelIndex &index);

    QPointer<CatalogSource> m_source;
    ConnectionProfile m_profile;
    QString m_why;
    CatalogTreeModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showAll = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_status = nullptr;
    bool m_wanted = false;   // the person looked: read what the tab in front may use
};
