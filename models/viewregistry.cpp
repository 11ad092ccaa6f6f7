// SPDX-License-Identifier: MIT
#include "viewregistry.h"

#include "modelslogging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaEnum>

namespace et::models {

namespace {
constexpr const char *kContext = "et::models::ViewRegistry";
}

ViewRegistry::ViewRegistry(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &ViewRegistry::currentChanged, this, &ViewRegistry::followSelection);
    connect(this, &ViewRegistry::currentChanged, this, &ViewRegistry::legendChanged);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void ViewRegistry::followSelection()
{
    disconnect(m_selection);
    QAbstractItemModel *markers = currentMarkers();
    if (markers && markers->metaObject()->indexOfSignal("selectionChanged()") >= 0)
        m_selection = connect(markers, SIGNAL(selectionChanged()), this, SLOT(onMarkerSelectionChanged()));
}

void ViewRegistry::onMarkerSelectionChanged()
{
    QAbstractItemModel *markers = currentMarkers();
    const int row = markers ? markers->property("selectedRow").toInt() : -1;
    if (row < 0 || row >= markers->rowCount())
        return;
    const QHash<int, QByteArray> roles = markers->roleNames();
    const QModelIndex at = markers->index(row, 0);
    const QVariant latitude = markers->data(at, roles.key("latitude", -1));
    const QVariant longitude = markers->data(at, roles.key("longitude", -1));
    if (latitude.isValid() && longitude.isValid())
        emit selectionPlaced(latitude.toDouble(), longitude.toDouble());
}

void ViewRegistry::selectMarker(int row)
{
    if (QAbstractItemModel *markers = currentMarkers())
        QMetaObject::invokeMethod(markers, "select", Q_ARG(int, row));
}

QString ViewRegistry::idOf(View view)
{
    return QString::fromLatin1(QMetaEnum::fromType<View>().valueToKey(int(view))).toLower();
}

std::optional<ViewRegistry::View> ViewRegistry::viewOf(const QString &id)
{
    const QMetaEnum views = QMetaEnum::fromType<View>();
    for (int i = 0; i < views.keyCount(); ++i) {
        if (idOf(View(views.value(i))) == id)
            return View(views.value(i));
    }
    return std::nullopt;
}

QStringList ViewRegistry::ids()
{
    QStringList out;
    const QMetaEnum views = QMetaEnum::fromType<View>();
    for (int i = 0; i < views.keyCount(); ++i)
        out << idOf(View(views.value(i)));
    return out;
}

void ViewRegistry::add(Definition definition)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(std::move(definition));
    endInsertRows();
    if (row == 0)
        emit currentChanged();
}

void ViewRegistry::setPermissionCheck(std::function<bool(domain::Permission)> allows)
{
    m_allows = std::move(allows);
    permissionsChanged();
}

void ViewRegistry::permissionsChanged()
{
    if (!m_rows.isEmpty())
        emit QAbstractListModel::dataChanged(index(0), index(int(m_rows.size()) - 1), {AvailableRole});
}

void ViewRegistry::cacheChanged()
{
    emit dataAvailabilityChanged();
}

bool ViewRegistry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && !m_rows.isEmpty()) {
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {TitleRole});
        emit legendChanged();
    }
    return QAbstractListModel::eventFilter(watched, event);
}

int ViewRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ViewRegistry::isAvailable(int row) const
{
    const auto &needed = m_rows.at(row).permission;
    return !needed || (m_allows && m_allows(*needed));
}

QVariant ViewRegistry::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Definition &d = m_rows.at(index.row());
    switch (role) {
    case ViewIdRole:
        return idOf(d.view);
    case TitleRole:
    case Qt::DisplayRole:
        return QCoreApplication::translate(kContext, d.title);
    case GlyphRole:
        return d.glyph;
    case ShortcutRole:
        return d.shortcut;
    case AvailableRole:
        return isAvailable(index.row());
    case PanelRole:
        return d.panel;
    default:
        return {};
    }
}

QHash<int, QByteArray> ViewRegistry::roleNames() const
{
    return {{ViewIdRole, "viewId"}, {TitleRole, "title"},         {GlyphRole, "glyph"},
            {ShortcutRole, "shortcut"}, {AvailableRole, "available"}, {PanelRole, "panel"}};
}

void ViewRegistry::setCurrentIndex(int index)
{
    if (index == m_current)
        return;
    if (index < 0 || index >= m_rows.size()) {
        qCWarning(lcModels) << "ignoring view index" << index;
        return;
    }
    m_current = index;
    emit currentChanged();
    emit dataAvailabilityChanged();
}

bool ViewRegistry::setCurrentId(const QString &id)
{
    const auto view = viewOf(id);
    const int row = view ? rowOf(*view) : -1;
    if (row < 0) {
        qCWarning(lcModels) << "ignoring unknown view" << id;
        return false;
    }
    setCurrentIndex(row);
    return true;
}

int ViewRegistry::rowOf(View view) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).view == view)
            return i;
    }
    return -1;
}

QVariantList ViewRegistry::currentLegend() const
{
    QVariantList out;
    if (!currentRow())
        return out;
    for (const LegendEntry &entry : currentRow()->legend)
        out << QVariantMap{{QStringLiteral("label"), QCoreApplication::translate(kContext, entry.label)},
                           {QStringLiteral("tint"), entry.tint}};
    return out;
}

bool ViewRegistry::currentHasData() const
{
    const Definition *d = currentRow();
    return d && d->hasData && d->hasData();
}

} // namespace et::models
