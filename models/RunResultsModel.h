#pragma once

#include "AccountNames.h"
#include "LifecyclePalette.h"
#include "RunReport.h"

#include <QAbstractTableModel>
#include <QHash>

// What happened to every instance of a run, one row each in plan order, read from the run's report
// as a view asks. The results that change in one turn of the event loop are one dataChanged() at
// its end: a reply settles up to 100 instances at once, and a QTreeView looks for each changed row
// in a pass over its rows. (As QTreeWidget items, the ~27,000 result changes of a 10,000-instance
// run each set a dozen texts and colours, and the first re-read of such a run held the UI thread
// for 0.1 s, bench_console.)
class RunResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, AccountColumn, RegionColumn, StateColumn, ResultColumn };
    static constexpr int ColumnCount = ResultColumn + 1;
    static constexpr int KeyRole = Qt::UserRole; // the instance's key

    // The report outlives the model (the run's); its results keep their number and order.
    RunResultsModel(const RunReport& report, AccountNames names, QObject* parent = nullptr);

    // The result of that instance changed in the report: views hear of it once the event loop turns.
    void resultChanged(const QString& key);
    // The tone of the view's background: the colours' variant follows it.
    void setTone(LifecyclePalette::Tone tone);
    // The language changed: every text is asked for again.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString resultText(const InstanceResult& result) const;
    void allChanged();
    void announceChanged();

    const RunReport& m_report;
    AccountNames m_names;
    QHash<QString, int> m_rows; // by instance key
    int m_rowCount = 0;
    int m_changedFirst = -1; // the rows changed since the views last heard, or -1
    int m_changedLast = -1;
    LifecyclePalette::Tone m_tone = LifecyclePalette::Tone::Light;
};
