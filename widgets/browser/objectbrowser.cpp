#include "browser/objectbrowser.h"

#include "common/tesseraresources.h"
#include "metadata/catalogsource.h"
#include "metadata/catalogtreemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

using Level = CatalogTreeModel::Level;

// Icons by kind: core's model has no QtGui, so they are put on here.
class CatalogDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto level = Level(index.data(CatalogTreeModel::LevelRole).toInt());
        const auto kind = CatalogObjectKind(index.data(CatalogTreeModel::KindRole).toInt());
        QString name;
        if (level == Level::Database)
            name = QStringLiteral("connect");
        else if (level == Level::Schema)
            name = QStringLiteral("schema");
        else if (level == Level::Column)
            name = QStringLiteral("column");
        else if (level == Level::DetailGroup || level == Level::Detail)
            name = QStringLiteral("key");
        else if (kind == CatalogObjectKind::View || kind == CatalogObjectKind::MaterializedView)
            name = QStringLiteral("view");
        else if (kind == CatalogObjectKind::Function || kind == CatalogObjectKind::Procedure)
            name = QStringLiteral("function");
        else if (kind == CatalogObjectKind::Sequence)
            name = QStringLiteral("sequence");
        else if (kind == CatalogObjectKind::Type)
            name = QStringLiteral("type");
        else
            name = QStringLiteral("table");
        option->icon = TesseraResources::icon(name);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

ObjectBrowser::ObjectBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new CatalogTreeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("objectFilter"));
    m_filter->setPlaceholderText(tr("Filter objects…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("objectTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);   // fast with thousands of rows
    m_tree->setItemDelegate(new CatalogDelegate(m_tree));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setExpandsOnDoubleClick(false);
    layout->addWidget(m_tree, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("objectStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    m_showAll = new QCheckBox(tr("Show all catalogued objects"), this);
    m_showAll->setObjectName(QStringLiteral("showAllObjects"));
    m_showAll->setToolTip(tr("Off: only what the identity of the tab may use. On: everything in the catalog, "
                             "usable or not."));
    layout->addWidget(m_showAll);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_source && !text.trimmed().isEmpty()) {
            m_wanted = true;
            m_source->requestSchemas();   // a filter wants something to filter
        }
        m_model->setFilter(text);
        expandDatabase();
        if (!text.trimmed().isEmpty()) {
            // Show where the matches are: open the schemas and kinds, not the objects.
            const QModelIndex database = m_model->index(0, 0);
            for (int s = 0; s < m_model->rowCount(database); ++s) {
                const QModelIndex schema = m_model->index(s, 0, database);
                m_tree->setExpanded(schema, m_model->rowCount(schema) > 0);
                for (int g = 0; g < m_model->rowCount(schema); ++g)
                    m_tree->expand(m_model->index(g, 0, schema));
            }
        }
        updateStatus();
    });
    connect(m_showAll, &QCheckBox::toggled, this, &ObjectBrowser::showAllChanged);
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (Level(index.data(CatalogTreeModel::LevelRole).toInt()) == Level::Database)
            m_wanted = true;
    });
    connect(m_tree, &QTreeView::doubleClicked, this, &ObjectBrowser::activate);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ObjectBrowser::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ObjectBrowser::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ObjectBrowser::updateStatus);

    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);   // F5 is Run Script elsewhere
    connect(refresh, &QAction::triggered, this, &ObjectBrowser::refresh);
    addAction(refresh);
    updateStatus();
}

void ObjectBrowser::setSource(CatalogSource *source, const ConnectionProfile &profile, const QString &why)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_profile = profile;
    m_why = why;
    const QString who = source ? source->identity().currentUser : QString();
    m_model->setSource(source, profile.dialect, who.isEmpty() ? profile.name : tr("%1 (as %2)").arg(profile.name, who));
    if (source) {
        connect(source, &CatalogSource::failed, this, &ObjectBrowser::updateStatus);
        connect(source, &CatalogSource::schemasChanged, this, [this] {
            // Read again at once what was being looked at (invalidated by DDL or Refresh).
            if (m_source && !m_source->schemasLoaded() && m_wanted)
                m_source->requestSchemas();
            expandDatabase();
            updateStatus();
        });
        // Once the person has opened the browser, the tab in front is read as it comes.
        if (m_wanted)
            source->requestSchemas();
        expandDatabase();
    }
    updateStatus();
}

CatalogSource *ObjectBrowser::source() const
{
    return m_source;
}

void ObjectBrowser::expandDatabase()
{
    if (m_source && m_source->schemasLoaded())
        m_tree->expand(m_model->index(0, 0));
}

void ObjectBrowser::refresh()
{
    if (m_source)
        m_source->invalidate();   // schemasChanged asks again
}

QString ObjectBrowser::statusText() const
{
    return m_status->text();
}

void ObjectBrowser::updateStatus()
{
    QString text;
    if (!m_source) {
        text = m_why.isEmpty() ? tr("Open a connected tab to browse its database.") : m_why;
    } else if (!m_source->error().isEmpty()) {
        text = tr("The catalog could not be read: %1 Expanding again or Refresh (F5) tries again.")
                   .arg(m_source->error().trimmed());
    } else if (m_source->isLoading()) {
        text = tr("Loading…");
    } else if (!m_source->schemasLoaded()) {
        text = tr("Expand the database to read what %1 may use.")
                   .arg(m_source->identity().currentUser.isEmpty() ? tr("this login") : m_source->identity().currentUser);
    } else if (m_source->catalog().schemas().isEmpty()) {
        text = tr("%1 may use no schema here: nothing to show. An administrator can grant it with "
                  "GRANT USAGE ON SCHEMA … TO %1.")
                   .arg(m_source->identity().currentUser.isEmpty() ? tr("This login") : m_source->identity().currentUser);
    } else if (!m_model->filter().isEmpty()) {
        text = m_model->visibleObjectCount() == 0 ? tr("No object matches “%1” in the schemas read so far.").arg(m_model->filter())
                                                  : tr("%n object(s) match.", nullptr, m_model->visibleObjectCount());
    } else {
        const QString who = m_source->identity().currentUser;
        text = who.isEmpty() ? QString() : tr("As %1: what %1 may use.").arg(who);
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ObjectBrowser::activate(const QModelIndex &index)
{
    const auto level = Level(index.data(CatalogTreeModel::LevelRole).toInt());
    if (level == Level::Group || level == Level::Database) {
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
        return;
    }
    emit insertRequested(index.data(CatalogTreeModel::QualifiedNameRole).toString());
}

void ObjectBrowser::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_tree->indexAt(at);
    QMenu menu(this);
    const CatalogObject *object = m_model->objectAt(index);
    const auto level = index.isValid() ? Level(index.data(CatalogTreeModel::LevelRole).toInt()) : Level::Schema;
    if (object && object->isRelation() && object->kind != CatalogObjectKind::Sequence
        && (level == Level::Object || level == Level::Column)) {
        const QModelIndex objectIndex = level == Level::Column ? index.parent() : index;
        const QString qualified = objectIndex.data(CatalogTreeModel::QualifiedNameRole).toString();
        menu.addAction(tr("Select First 200 Rows"), this, [this, qualified] { emit selectRowsRequested(qualified); });
    }
    if (index.isValid() && level != Level::Group && level != Level::Database && level != Level::DetailGroup) {
        const QString qualified = index.data(CatalogTreeModel::QualifiedNameRole).toString();
        menu.addAction(tr("Copy Name"), this, [qualified] { QApplication::clipboard()->setText(qualified); });
    }
    if (object && level == Level::Object) {
        const QString schema = object->schema;
        const QString name = object->name;
        const int kind = int(object->kind);
        menu.addAction(tr("Show DDL"), this, [this, schema, name, kind] { emit ddlRequested(schema, name, kind); });
    }
    menu.addSeparator();
    menu.addAction(tr("Refresh"), this, &ObjectBrowser::refresh);
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}
