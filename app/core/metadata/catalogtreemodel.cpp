#include "catalogtreemodel.h"

#include "connection/connectionsetup.h"
#include "metadata/catalogsource.h"

struct CatalogTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    Level level = Level::Schema;
    QString schema;
    CatalogObjectKind kind = CatalogObjectKind::Table;   // group and object
    int object = -1;    // index into the schema's objects
    int column = -1;    // Column: into columns; Detail: into details
    CatalogDetail::Kind detailKind = CatalogDetail::Kind::Constraint;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {
// Kinds in the order a person looks for them.
constexpr CatalogObjectKind kGroupOrder[] = {
    CatalogObjectKind::Table, CatalogObjectKind::PartitionedTable, CatalogObjectKind::ForeignTable,
    CatalogObjectKind::View, CatalogObjectKind::MaterializedView, CatalogObjectKind::Sequence,
    CatalogObjectKind::Function, CatalogObjectKind::Procedure, CatalogObjectKind::Type};
}

CatalogTreeModel::CatalogTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

CatalogTreeModel::~CatalogTreeModel() = default;

QString CatalogTreeModel::groupName(CatalogObjectKind kind)
{
    switch (kind) {
    case CatalogObjectKind::Table: return tr("Tables");
    case CatalogObjectKind::PartitionedTable: return tr("Partitioned tables");
    case CatalogObjectKind::ForeignTable: return tr("Foreign tables");
    case CatalogObjectKind::View: return tr("Views");
    case CatalogObjectKind::MaterializedView: return tr("Materialized views");
    case CatalogObjectKind::Sequence: return tr("Sequences");
    case CatalogObjectKind::Function: return tr("Functions");
    case CatalogObjectKind::Procedure: return tr("Procedures");
    case CatalogObjectKind::Type: return tr("Types");
    }
    return {};
}

QString CatalogTreeModel::detailGroupName(CatalogDetail::Kind kind)
{
    switch (kind) {
    case CatalogDetail::Kind::Constraint: return tr("Keys and constraints");
    case CatalogDetail::Kind::Index: return tr("Indexes");
    case CatalogDetail::Kind::Trigger: return tr("Triggers");
    }
    return {};
}

void CatalogTreeModel::setSource(CatalogSource *source, Dialect dialect, const QString &title)
{
    if (source == m_source && title == m_title)
        return;
    m_title = title;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_dialect = dialect;
    if (source) {
        connect(source, &CatalogSource::schemasChanged, this, &CatalogTreeModel::rebuild);
        connect(source, &CatalogSource::schemaChanged, this, &CatalogTreeModel::onSchemaChanged);
        connect(source, &CatalogSource::detailsChanged, this, &CatalogTreeModel::onDetailsChanged);
        connect(source, &QObject::destroyed, this, &CatalogTreeModel::rebuild);
    }
    rebuild();
}

void CatalogTreeModel::setFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

bool CatalogTreeModel::matches(const QString &name) const
{
    return m_filter.isEmpty() || name.contains(m_filter, Qt::CaseInsensitive);
}

void CatalogTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_database = nullptr;
    m_visibleObjects = 0;
    if (m_source) {
        auto database = std::make_unique<Node>();
        database->level = Level::Database;
        m_database = m_root->add(std::move(database));
        for (const CatalogSchema &s : m_source->catalog().schemas()) {
            auto node = std::make_unique<Node>();
            node->level = Level::Schema;
            node->schema = s.name;
            Node *schemaNode = m_database->add(std::move(node));
            fillSchema(schemaNode);
        }
        // While filtering, a schema without a match is clutter (unless not loaded yet).
        if (!m_filter.isEmpty()) {
            std::vector<std::unique_ptr<Node>> kept;
            for (auto &n : m_database->children) {
                const CatalogSchema *s = m_source->catalog().schema(n->schema);
                if (!n->children.empty() || !s || !s->loaded)
                    kept.push_back(std::move(n));
            }
            m_database->children.clear();
            for (auto &n : kept)
                m_database->add(std::move(n));
        }
    }
    endResetModel();
}

void CatalogTreeModel::fillSchema(Node *schemaNode)
{
    const CatalogSchema *s = m_source ? m_source->catalog().schema(schemaNode->schema) : nullptr;
    if (!s || !s->loaded)
        return;
    for (CatalogObjectKind kind : kGroupOrder) {
        auto group = std::make_unique<Node>();
        group->level = Level::Group;
        group->schema = s->name;
        group->kind = kind;
        for (int o = 0; o < s->objects.size(); ++o) {
            const CatalogObject &object = s->objects.at(o);
            if (object.kind != kind || !matches(object.name))
                continue;
            auto node = std::make_unique<Node>();
            node->level = Level::Object;
            node->schema = s->name;
            node->kind = kind;
            node->object = o;
            Node *objectNode = group->add(std::move(node));
            for (int c = 0; c < object.columns.size(); ++c) {
                auto column = std::make_unique<Node>();
                column->level = Level::Column;
                column->schema = s->name;
                column->kind = kind;
                column->object = o;
                column->column = c;
                objectNode->add(std::move(column));
            }
            if (object.detailsLoaded)
                addDetails(objectNode, object);
            ++m_visibleObjects;
        }
        if (!group->children.empty())
            schemaNode->add(std::move(group));
    }
}

void CatalogTreeModel::addDetails(Node *objectNode, const CatalogObject &object)
{
    for (CatalogDetail::Kind kind : {CatalogDetail::Kind::Constraint, CatalogDetail::Kind::Index, CatalogDetail::Kind::Trigger}) {
        auto group = std::make_unique<Node>();
        group->level = Level::DetailGroup;
        group->schema = objectNode->schema;
        group->kind = objectNode->kind;
        group->object = objectNode->object;
        group->detailKind = kind;
        for (int d = 0; d < object.details.size(); ++d) {
            if (object.details.at(d).kind != kind)
                continue;
            auto detail = std::make_unique<Node>();
            detail->level = Level::Detail;
            detail->schema = objectNode->schema;
            detail->kind = objectNode->kind;
            detail->object = objectNode->object;
            detail->column = d;
            detail->detailKind = kind;
            group->add(std::move(detail));
        }
        if (!group->children.empty())
            objectNode->add(std::move(group));
    }
}

void CatalogTreeModel::onDetailsChanged(const QString &schema, const QString &relation)
{
    if (!m_database)
        return;
    for (auto &schemaNode : m_database->children) {
        if (schemaNode->schema != schema)
            continue;
        for (auto &group : schemaNode->children) {
            for (auto &objectNode : group->children) {
                const CatalogObject *object = objectAt(indexOf(objectNode.get()));
                if (!object || object->name != relation)
                    continue;
                Node scratch;
                scratch.schema = schema;
                scratch.kind = objectNode->kind;
                scratch.object = objectNode->object;
                addDetails(&scratch, *object);
                if (scratch.children.empty())
                    return;
                const int first = int(objectNode->children.size());
                beginInsertRows(indexOf(objectNode.get()), first, first + int(scratch.children.size()) - 1);
                for (auto &g : scratch.children)
                    objectNode->add(std::move(g));
                endInsertRows();
                return;
            }
        }
    }
}

const CatalogDetail *CatalogTreeModel::detailAt(const Node *node) const
{
    if (node->level != Level::Detail)
        return nullptr;
    const CatalogSchema *s = m_source ? m_source->catalog().schema(node->schema) : nullptr;
    if (!s || node->object >= s->objects.size())
        return nullptr;
    const CatalogObject &o = s->objects.at(node->object);
    return node->column < o.details.size() ? &o.details.at(node->column) : nullptr;
}

void CatalogTreeModel::onSchemaChanged(const QString &schema)
{
    if (!m_database)
        return;
    for (auto &n : m_database->children) {
        if (n->schema != schema)
            continue;
        const QModelIndex at = indexOf(n.get());
        if (!n->children.empty()) {
            beginRemoveRows(at, 0, int(n->children.size()) - 1);
            for (const auto &g : n->children)
                m_visibleObjects -= int(g->children.size());
            n->children.clear();
            endRemoveRows();
        }
        // Count what fillSchema adds by filling a scratch node first: rows must be announced
        // before they exist.
        Node scratch;
        scratch.level = Level::Schema;
        scratch.schema = schema;
        const int before = m_visibleObjects;
        fillSchema(&scratch);
        m_visibleObjects = before;
        if (!scratch.children.empty()) {
            beginInsertRows(at, 0, int(scratch.children.size()) - 1);
            for (auto &g : scratch.children) {
                m_visibleObjects += int(g->children.size());
                n->add(std::move(g));
            }
            endInsertRows();
        }
        emit dataChanged(at, at);
        return;
    }
    rebuild();   // a schema the list did not have (a temp schema made meanwhile)
}

CatalogTreeModel::Node *CatalogTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogTreeModel::indexOf(Node *node) const
{
    return node == m_root.get() || !node ? QModelIndex() : createIndex(node->row, 0, node);
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children.at(row).get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    return int(nodeOf(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool CatalogTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    if (n->level == Level::Database && parent.isValid() && m_source && !m_source->schemasLoaded())
        return true;
    if (n->level == Level::Schema && parent.isValid() && m_source && !m_source->catalog().isLoaded(n->schema))
        return true;   // not read yet: expanding it reads it
    return !n->children.empty();
}

bool CatalogTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    if (!parent.isValid() || !m_source)
        return false;
    if (n->level == Level::Database)
        return !m_source->schemasLoaded() && !m_source->isLoading();
    if (n->level == Level::Object) {
        const CatalogObject *o = objectAt(parent);
        return o && o->isRelation() && o->kind != CatalogObjectKind::Sequence && o->kind != CatalogObjectKind::View
            && !o->detailsLoaded;
    }
    return n->level == Level::Schema && !m_source->catalog().isLoaded(n->schema);
}

void CatalogTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Node *n = nodeOf(parent);
    if (n->level == Level::Database)
        m_source->requestSchemas();
    else if (n->level == Level::Object)
        m_source->requestDetails(n->schema, objectAt(parent)->name);
    else
        m_source->requestSchema(n->schema);
}

const CatalogObject *CatalogTreeModel::objectAt(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    if (!index.isValid() || n->object < 0 || !m_source)
        return nullptr;
    const CatalogSchema *s = m_source->catalog().schema(n->schema);
    return s && n->object < s->objects.size() ? &s->objects.at(n->object) : nullptr;
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_source)
        return {};
    const Node *n = nodeOf(index);
    const CatalogObject *object = objectAt(index);
    const CatalogColumn *column = object && n->level == Level::Column ? &object->columns.at(n->column) : nullptr;
    const CatalogDetail *detail = detailAt(n);
    switch (role) {
    case Qt::DisplayRole:
        switch (n->level) {
        case Level::Database: return m_title;
        case Level::Schema: return n->schema;
        case Level::Group: return tr("%1 (%2)").arg(groupName(n->kind)).arg(n->children.size());
        case Level::Object: return object->isRoutine() ? QStringLiteral("%1(%2)").arg(object->name, object->arguments)
                                                       : object->name;
        case Level::Column: return QStringLiteral("%1  %2").arg(column->name, column->type);
        case Level::DetailGroup: return tr("%1 (%2)").arg(detailGroupName(n->detailKind)).arg(n->children.size());
        case Level::Detail: return detail ? detail->name : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (detail)
            return detail->definition;
        if (column) {
            QString tip = QStringLiteral("%1 %2%3").arg(column->name, column->type, column->notNull ? QStringLiteral(" NOT NULL") : QString());
            if (!column->defaultValue.isEmpty())
                tip += QStringLiteral(" DEFAULT %1").arg(column->defaultValue);
            if (!column->comment.isEmpty())
                tip += u'\n' + column->comment;
            return tip;
        }
        if (object) {
            QString tip = QStringLiteral("%1.%2 (%3)").arg(object->schema, object->name, groupName(object->kind));
            if (object->isRoutine() && !object->resultType.isEmpty())
                tip += QStringLiteral("\nreturns %1").arg(object->resultType);
            if (!object->comment.isEmpty())
                tip += u'\n' + object->comment;
            return tip;
        }
        if (n->level == Level::Schema) {
            const CatalogSchema *s = m_source->catalog().schema(n->schema);
            return s && !s->comment.isEmpty() ? s->comment : QVariant();
        }
        return {};
    case LevelRole: return int(n->level);
    case KindRole: return n->level == Level::DetailGroup || n->level == Level::Detail ? int(n->detailKind) : int(n->kind);
    case SchemaRole: return n->schema;
    case NameRole:
        if (detail)
            return detail->name;
        if (column)
            return column->name;
        return object ? object->name : n->schema;
    case QualifiedNameRole:
        if (detail)
            return ConnectionSetup::quoteIdentifier(m_dialect, detail->name);
        if (column)
            return ConnectionSetup::quoteIdentifier(m_dialect, column->name);
        if (object)
            return ConnectionSetup::quoteIdentifier(m_dialect, object->schema) + u'.'
                + ConnectionSetup::quoteIdentifier(m_dialect, object->name);
        return ConnectionSetup::quoteIdentifier(m_dialect, n->schema);
    default:
        return {};
    }
}
