// SPDX-License-Identifier: MIT
#pragma once

#include "domain/permissions.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace et::models {

/// The console's views as data (`Console.views`): one row per view — its id, title, rail glyph,
/// shortcut, the permission it needs, what the map shows for it (markers, circles, flows and the
/// legend) and the QML file of its side panel. The rail, the shortcuts, the panel stack and the map
/// all iterate this model, so a view is named here and in its panel, nowhere else. The rows
/// themselves are written in one place (consoleviews.cpp); adding a view is a row there, an enum
/// value here and a panel file.
class ViewRegistry : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console.views")
    Q_PROPERTY(int count READ rowCount CONSTANT)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentChanged)
    /// What the map shows for the current view (null when nothing of that kind).
    Q_PROPERTY(QAbstractItemModel *currentMarkers READ currentMarkers NOTIFY currentChanged)
    Q_PROPERTY(QAbstractItemModel *currentCircles READ currentCircles NOTIFY currentChanged)
    Q_PROPERTY(QAbstractItemModel *currentFlows READ currentFlows NOTIFY currentChanged)
    Q_PROPERTY(QAbstractItemModel *currentRoutes READ currentRoutes NOTIFY currentChanged)
    /// [{label, tint}]: tint names a Theme colour.
    Q_PROPERTY(QVariantList currentLegend READ currentLegend NOTIFY legendChanged)
    Q_PROPERTY(bool currentHasData READ currentHasData NOTIFY dataAvailabilityChanged)
public:
    enum class View { Energy, Dispatch, Disasters, Centers, Audit, Settings };
    Q_ENUM(View)

    enum Role {
        ViewIdRole = Qt::UserRole + 1,
        TitleRole,
        GlyphRole,
        ShortcutRole,
        AvailableRole, ///< the signed-in user may open it
        PanelRole,     ///< the panel's QML file, beside Main.qml
    };

    struct LegendEntry
    {
        const char *label; ///< QT_TRANSLATE_NOOP("et::models::ViewRegistry", …)
        QString tint;      ///< a Theme colour's name
    };

    /// One view. Texts are marked with QT_TRANSLATE_NOOP in this class's context and translated
    /// when read, so a change of language needs no new rows.
    struct Definition
    {
        View view;
        const char *title;
        QString glyph;
        QString shortcut;
        std::optional<domain::Permission> permission;
        QPointer<QAbstractItemModel> markers;
        QPointer<QAbstractItemModel> circles;
        QPointer<QAbstractItemModel> flows;
        QList<LegendEntry> legend;
        QString panel;
        /// Whether the cache holds what the view shows (the screenshot and the start-up figures wait for it).
        std::function<bool()> hasData;
        /// Trips drawn on the map (roles `route`, `routeLabel`; see the map's RouteOverlay).
        QPointer<QAbstractItemModel> routes;
    };

    explicit ViewRegistry(QObject *parent = nullptr);

    /// "energy", "dispatch", … (the enum's key in lower case); the ids of --view.
    static QString idOf(View view);
    static std::optional<View> viewOf(const QString &id);
    static QStringList ids();

    void add(Definition definition);
    /// Which permissions the signed-in user holds; views that need another are not available.
    void setPermissionCheck(std::function<bool(domain::Permission)> allows);
    /// The user changed: availability is looked at again.
    void permissionsChanged();
    /// The cache changed: currentHasData is looked at again.
    void cacheChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// The language changed (QEvent::LanguageChange on the application): the titles and legend
    /// are read again, translated, without new rows.
    bool eventFilter(QObject *watched, QEvent *event) override;

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    View current() const { return currentRow() ? currentRow()->view : View::Energy; }
    QString currentId() const { return idOf(current()); }
    /// Opens the view `id`; false (and nothing changes) for an id that is not a view.
    Q_INVOKABLE bool setCurrentId(const QString &id);
    QAbstractItemModel *currentMarkers() const { return currentRow() ? currentRow()->markers : nullptr; }
    QAbstractItemModel *currentCircles() const { return currentRow() ? currentRow()->circles : nullptr; }
    QAbstractItemModel *currentFlows() const { return currentRow() ? currentRow()->flows : nullptr; }
    QAbstractItemModel *currentRoutes() const { return currentRow() ? currentRow()->routes : nullptr; }
    QVariantList currentLegend() const;
    bool currentHasData() const;
    bool isAvailable(int row) const;
    /// A click on the map's marker `row` selects that entity in the current view's list.
    Q_INVOKABLE void selectMarker(int row);
    /// The row of `view`, -1 when it was not added.
    int rowOf(View view) const;

signals:
    void currentChanged();
    /// The legend's entries or their words changed (another view, another language).
    void legendChanged();
    void dataAvailabilityChanged();
    /// The current view's selection moved to an entity at this position (the map centres on it).
    void selectionPlaced(double latitude, double longitude);

private slots:
    void onMarkerSelectionChanged();

private:
    /// Follows the selection of the current view's markers (their `selectionChanged()` signal,
    /// `selectedRow` and the marker roles `latitude` and `longitude`).
    void followSelection();

    const Definition *currentRow() const { return m_rows.isEmpty() ? nullptr : &m_rows.at(m_current); }

    QList<Definition> m_rows;
    int m_current = 0;
    std::function<bool(domain::Permission)> m_allows;
    QMetaObject::Connection m_selection;
};

} // namespace et::models
