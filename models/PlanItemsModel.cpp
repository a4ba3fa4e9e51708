#include "PlanItemsModel.h"

#include "DisplayFormat.h"
#include "ErrorCatalog.h"
#include "ProviderFactory.h"
#include "TeardownRules.h"

#include <QFont>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The outcomes in the order they are shown: the irreversible one first.
constexpr std::array kOutcomes{Outcome::DestroyedNow, Outcome::DeletedCreationFailed, Outcome::MovedToRecycleBin,
                               Outcome::SubscriptionCancelled};

// A group's index has no parent; an instance's carries its group's position, plus one.
constexpr quintptr kGroupId = 0;

} // namespace

PlanItemsModel::PlanItemsModel(AccountNames names, QObject* parent)
    : QAbstractItemModel(parent)
    , m_names(std::move(names))
{ }

bool PlanItemsModel::setPlan(const TeardownPlan& plan)
{
    const bool same = plan.items == m_plan.items && plan.refunds == m_plan.refunds && plan.calls == m_plan.calls;
    if (same) {
        m_plan = plan;
        return false;
    }
    beginResetModel();
    m_plan = plan;
    group();
    endResetModel();
    return true;
}

void PlanItemsModel::setTone(LifecyclePalette::Tone tone)
{
    if (tone == m_tone)
        return;
    m_tone = tone;
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, IdColumn), index(int(m_groups.size()) - 1, IdColumn), {Qt::ForegroundRole});
}

void PlanItemsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Every row at once: a layout change asks the views for every text they show again.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

void PlanItemsModel::group()
{
    m_groups.clear();
    m_liftActions.clear();
    for (const PlannedCall& call : std::as_const(m_plan.calls)) {
        if (call.kind != CallKind::LiftProtection)
            continue;
        for (const QString& id : call.instanceIds)
            m_liftActions.insert(Instance::keyFor(call.accountId, id), call.action);
    }

    // Instances whose protection is lifted first are a group of their own, before the outcomes.
    Group lifted{Group::Kind::LiftProtection, Outcome::DestroyedNow, false, {}};
    std::array<Group, kOutcomes.size()> outcomes;
    Group blocked{Group::Kind::Blocked, Outcome::DestroyedNow, false, {}};
    for (std::size_t o = 0; o < kOutcomes.size(); ++o) {
        outcomes[o].outcome = kOutcomes[o];
        outcomes[o].warns = isIrreversible(kOutcomes[o]);
    }
    for (qsizetype i = 0; i < m_plan.items.size(); ++i) {
        const Decision& decision = m_plan.items.at(i).decision;
        if (!decision.isAllowed()) {
            blocked.items << i;
        } else if (decision.liftsProtection) {
            lifted.items << i;
            lifted.warns = lifted.warns || isIrreversible(decision.outcome);
        } else {
            const auto o = std::find(kOutcomes.cbegin(), kOutcomes.cend(), decision.outcome);
            if (o != kOutcomes.cend())
                outcomes[std::size_t(o - kOutcomes.cbegin())].items << i;
        }
    }
    if (!lifted.items.isEmpty())
        m_groups << lifted;
    for (const Group& outcome : outcomes) {
        if (!outcome.items.isEmpty())
            m_groups << outcome;
    }
    if (!blocked.items.isEmpty())
        m_groups << blocked;
}

QModelIndex PlanItemsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PlanItemsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int PlanItemsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).items.size());
}

int PlanItemsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags PlanItemsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant PlanItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Group& group = m_groups.at(qsizetype(index.internalId() - 1));
    return rowData(group, m_plan.items.at(group.items.at(index.row())), index.column(), role);
}

QVariant PlanItemsModel::groupData(const Group& group, int column, int role) const
{
    if (column != IdColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return groupTitle(group);
    case KeyRole:
        return groupKey(group);
    case Qt::FontRole: {
        QFont bold; // only its weight is set: the view's font gives the rest
        bold.setBold(true);
        return bold;
    }
    case Qt::ForegroundRole:
        // Serious, not alarming, and never the only sign: the group's title says the same in words.
        return group.warns ? QVariant(LifecyclePalette::warning(m_tone)) : QVariant();
    default:
        return {};
    }
}

QVariant PlanItemsModel::rowData(const Group& group, const PlanItem& item, int column, int role) const
{
    const Instance& i = item.instance;
    if (role == KeyRole)
        return column == IdColumn ? QVariant(i.key()) : QVariant();
    if (column == RefundColumn) {
        const auto refund = m_plan.refunds.constFind(i.key());
        if (refund == m_plan.refunds.cend())
            return {};
        if (role == Qt::DisplayRole)
            return DisplayFormat::money(refund->amount, refund->currency);
        if (role == Qt::ToolTipRole)
            return refund->detail;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (column == DetailsColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return details(group, item);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case IdColumn:
        return i.id;
    case NameColumn:
        return i.name;
    case AccountColumn:
        return m_names ? m_names(i.accountId) : i.accountId;
    case RegionColumn:
        return i.region;
    case ChargeColumn:
        return ProviderCatalog::chargeTypeLabel(i.provider, i.rawChargeType);
    default:
        return {};
    }
}

QVariant PlanItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Instance ID");
    case NameColumn:
        return tr("Name");
    case AccountColumn:
        return tr("Account");
    case RegionColumn:
        return tr("Region");
    case ChargeColumn:
        return tr("Charge type");
    case RefundColumn:
        return tr("Refund");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QString PlanItemsModel::groupKey(const Group& group) const
{
    switch (group.kind) {
    case Group::Kind::LiftProtection:
        return u"lift-protection"_s;
    case Group::Kind::Blocked:
        return u"blocked"_s;
    case Group::Kind::Outcome:
        break;
    }
    return outcomeKey(group.outcome);
}

QString PlanItemsModel::groupTitle(const Group& group) const
{
    const auto count = group.items.size();
    switch (group.kind) {
    case Group::Kind::LiftProtection:
        return tr("Termination protection lifted first, then returned — %1").arg(count);
    case Group::Kind::Blocked:
        return tr("Blocked, will not be sent — %1").arg(count);
    case Group::Kind::Outcome:
        break;
    }
    return tr("%1 — %2", "an outcome, then how many instances").arg(outcomeLabel(group.outcome)).arg(count);
}

QString PlanItemsModel::details(const Group& group, const PlanItem& item) const
{
    switch (group.kind) {
    case Group::Kind::Blocked:
        return ErrorCatalog::describe(item.decision.blockedError(), item.instance.id);
    case Group::Kind::LiftProtection:
        return tr("%1: %2, after %3", "an outcome, its details, then the API action that lifts the protection")
            .arg(outcomeLabel(item.decision.outcome), allowedDetails(item), m_liftActions.value(item.instance.key()));
    case Group::Kind::Outcome:
        break;
    }
    return allowedDetails(item);
}

// What happens to an allowed instance, and which call carries it.
QString PlanItemsModel::allowedDetails(const PlanItem& item) const
{
    const Outcome outcome = item.decision.outcome;
    QString details;
    if (isIrreversible(outcome))
        details = tr("Irreversible");
    else if (outcome == Outcome::MovedToRecycleBin && item.recoverableUntil.isValid())
        details = tr("Recoverable until about %1").arg(DisplayFormat::timeWithZone(item.recoverableUntil));
    else if (outcome == Outcome::SubscriptionCancelled && item.instance.expires.isValid())
        details =
            tr("Keeps running until the subscription ends, %1").arg(DisplayFormat::timeWithZone(item.instance.expires));
    // Which call carries the instance: one account's dialect may use several actions.
    return tr("%1 — by %2", "plan details, then the API action that carries the instance")
        .arg(details, item.decision.action);
}
