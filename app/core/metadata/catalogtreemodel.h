#pragma once
#include "dialect.h"
#include "metadata/catalog.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

class CatalogSource;

// The object browser's tree over one CatalogSource: the database → schemas → kinds (Tables,
// Views, …) → objects → columns. Nothing is read before somebody looks: the schemas when the
// database item is expanded, a schema's contents when it is (canFetchMore / fetchMore), inserted
// when they arrive without resetting what is expanded. The filter
// keeps the objects whose name contains the text (and their schemas and kinds); it is applied
// here, over names only, so that 10,000 objects filter within a keystroke.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        LevelRole = Qt::UserRole + 1,   // Level
        KindRole,                       // CatalogObjectKind of an object or a kind group
        SchemaRole,
        NameRole,                       // the object's (or column's) own name
        QualifiedNameRole,              // schema.object, quoted as the dialect needs
    };
    enum class Level { Database, Schema, Group, Object, Column, DetailGroup, Detail };

    explicit CatalogTreeModel(QObject *parent = nullptr);
    ~CatalogTreeModel() override;

    // title: the one top-level item (the database, as whom); expanding it reads the schemas.
    void setSource(CatalogSource *source, Dialect dialect, const QString &title = {});
    CatalogSource *source() const { return m_source; }
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The object an index (or its column) belongs to; nullptr for schemas and kind groups.
    const CatalogObject *objectAt(const QModelIndex &index) const;
    int visibleObjectCount() const { return m_visibleObjects; }

    static QString groupName(CatalogObjectKind kind);
    static QString detailGroupName(CatalogDetail::Kind kind);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    void rebuild();
    void fillSchema(Node *schemaNode);
    void onSchemaChanged(const QString &schema);
    void onDetailsChanged(const QString &schema, const QString &relation);
    void addDetails(Node *objectNode, const CatalogObject &object);
    const CatalogDetail *detailAt(const Node *node) const;
    bool matches(const QString &name) const;

    QPointer<CatalogSource> m_source;
    Dialect m_dialect = Dialect::PostgreSQL;
    QString m_filter;
    QString m_title;
    std::unique_ptr<Node> m_root;
    Node *m_database = nullptr;   // the top-level item, parent of the schemas
    int m_visibleObjects = 0;
};
