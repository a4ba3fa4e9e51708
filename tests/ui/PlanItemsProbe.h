#pragma once

#include "PlanItemsModel.h"

#include <QAbstractItemModel>
#include <QTreeView>
#include <QWidget>

// What a plan window's instance list (PlanView's "planItems", a tree of groups over PlanItemsModel)
// shows, read through its model as the view reads it.
namespace planitems {

inline QAbstractItemModel* of(const QWidget& window)
{
    const auto* view = window.findChild<QTreeView*>(QStringLiteral("planItems"));
    return view ? view->model() : nullptr;
}

// The group of that key ("lift-protection", an outcome's key, "blocked"), or an invalid index.
inline QModelIndex group(const QAbstractItemModel* model, const QString& key)
{
    for (int g = 0; model && g < model->rowCount(); ++g) {
        const QModelIndex index = model->index(g, 0);
        if (index.data(PlanItemsModel::KeyRole).toString() == key)
            return index;
    }
    return {};
}

inline QStringList groupKeys(const QAbstractItemModel* model)
{
    QStringList keys;
    for (int g = 0; model && g < model->rowCount(); ++g)
        keys << model->index(g, 0).data(PlanItemsModel::KeyRole).toString();
    return keys;
}

// The text of one cell of a group's row.
inline QString text(const QModelIndex& group, int row, int column)
{
    return group.isValid() ? group.model()->index(row, column, group).data().toString() : QString();
}

inline QStringList childIds(const QModelIndex& group)
{
    QStringList ids;
    for (int r = 0; group.isValid() && r < group.model()->rowCount(group); ++r)
        ids << text(group, r, PlanItemsModel::IdColumn);
    return ids;
}

// Every text shown, group titles and rows alike.
inline QStringList allTexts(const QAbstractItemModel* model)
{
    QStringList out;
    for (int g = 0; model && g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        out << group.data().toString();
        for (int r = 0; r < model->rowCount(group); ++r) {
            for (int c = 0; c < model->columnCount(group); ++c)
                out << text(group, r, c);
        }
    }
    return out;
}

} // namespace planitems
