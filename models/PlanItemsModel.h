#pragma once

#include "AccountNames.h"
#include "LifecyclePalette.h"
#include "TeardownPlan.h"

#include <QAbstractItemModel>
#include <QHash>

// The instances of a TeardownPlan as a tree for its view: a group for each thing that will happen
// (the protection lifted first, then each outcome, the irreversible one first, the blocked ones last
// with their reason), each instance a row of its group. Texts are made when a view asks for them:
// the rows of a 10,000-instance plan cost nothing until they are drawn (as items of a QTreeWidget
// they took 60 ms of the UI thread to make, bench_console).
class PlanItemsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, AccountColumn, RegionColumn, ChargeColumn, RefundColumn, DetailsColumn };
    static constexpr int ColumnCount = DetailsColumn + 1;
    // A group's key ("lift-protection", an outcome's key, "blocked") or an instance's key.
    static constexpr int KeyRole = Qt::UserRole;

    explicit PlanItemsModel(AccountNames names, QObject* parent = nullptr);

    // A plan that shows the same as the one shown (a new revision with refund quotes that changed
    // nothing here, none for pay-as-you-go) is taken without a word: the views keep their rows,
    // selection and scroll position. Another resets the model; true then.
    bool setPlan(const TeardownPlan& plan);
    const TeardownPlan& plan() const { return m_plan; }
    // The tone of the view's background: the warning colour of the irreversible groups follows it.
    void setTone(LifecyclePalette::Tone tone);
    // The language changed: every text is asked for again.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group
    {
        enum class Kind { LiftProtection, Outcome, Blocked };
        Kind kind = Kind::Outcome;
        Outcome outcome = Outcome::DestroyedNow;
        bool warns = false; // an irreversible outcome among its instances
        QList<qsizetype> items; // into m_plan.items
    };

    void group();
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant rowData(const Group& group, const PlanItem& item, int column, int role) const;
    QString groupTitle(const Group& group) const;
    QString groupKey(const Group& group) const;
    QString details(const Group& group, const PlanItem& item) const;
    QString allowedDetails(const PlanItem& item) const;

    AccountNames m_names;
    TeardownPlan m_plan;
    QList<Group> m_groups;
    QHash<QString, QString> m_liftActions; // instance key → the call that lifts its protection
    LifecyclePalette::Tone m_tone = LifecyclePalette::Tone::Light;
};
