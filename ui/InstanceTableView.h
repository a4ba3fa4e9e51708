#pragma once

#include "Instance.h"

#include <QTableView>

class InstanceFilterProxy;

// The instance table: the columns an operator decides by first, sorting on every column, whole
// rows selected. What it acts on is what is selected among the rows the filters let through;
// selectionOrRowsChanged() tells when that may have changed, including when the filters hide or
// show rows (which Qt's selection model does without a selectionChanged()). The model learns the
// view's palette, at the start and whenever it changes (the desktop turning dark), so that its status
// colours and markers keep their contrast.
class InstanceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit InstanceTableView(InstanceFilterProxy& proxy, QWidget* parent = nullptr);

    QList<Instance> selectedInstances() const;
    std::optional<Instance> currentInstance() const;
    // Sizes the columns to their contents (a sample of rows, and the headers), at most a width.
    void fitColumns();

    static constexpr int MaxFittedColumnWidth = 240; // longer texts elide; the tooltip has them whole

signals:
    void selectionOrRowsChanged();
    // The current row changed, or the instance in it did (a run, a refresh).
    void currentInstanceChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The model colours and marks for the palette this view draws with.
    void tellModelThePalette();

    InstanceFilterProxy& m_proxy;
    QString m_currentKey; // the instance of the current row when currentInstanceChanged() was last emitted
};
