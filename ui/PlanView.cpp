#include "PlanView.h"

#include "DisplayFormat.h"
#include "ErrorCatalog.h"
#include "LifecyclePalette.h"
#include "ProtectionLift.h"
#include "ProviderFactory.h"
#include "TeardownRules.h"

#include <QEvent>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The outcomes in the order they are shown: the irreversible one first.
constexpr std::array kOutcomes{Outcome::DestroyedNow, Outcome::DeletedCreationFailed, Outcome::MovedToRecycleBin,
                               Outcome::SubscriptionCancelled};

enum ItemColumn { ColId, ColName, ColAccount, ColRegion, ColCharge, ColRefund, ColDetails, ItemColumnCount };
enum CallColumn {
    CallStep,
    CallAccount,
    CallRegion,
    CallAction,
    CallBatchKey,
    CallCount,
    CallRequest,
    CallColumnCount
};

} // namespace

PlanView::PlanView(AccountNames names, QWidget* parent)
    : QWidget(parent)
    , m_names(std::move(names))
{
    m_items = new QTreeWidget;
    m_items->setObjectName(u"planItems"_s);
    m_items->setColumnCount(ItemColumnCount);
    m_items->setRootIsDecorated(true);
    m_items->setUniformRowHeights(true);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->header()->setStretchLastSection(true);
    // Columns fit the first 200 rows: measuring every text of 10,000 took a tenth of a second.
    m_items->header()->setResizeContentsPrecision(200);

    m_showCalls = new QToolButton;
    m_showCalls->setObjectName(u"showCalls"_s);
    m_showCalls->setCheckable(true);
    m_showCalls->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showCalls->setAutoRaise(true);
    m_calls = new QTreeWidget;
    m_calls->setObjectName(u"planCalls"_s);
    m_calls->setColumnCount(CallColumnCount);
    m_calls->setRootIsDecorated(false);
    m_calls->setUniformRowHeights(true);
    // The exact request (up to 100 instance ids) takes the room left, its whole text in the tooltip:
    // sized to its contents, the view measured every request's text at each layout.
    m_calls->header()->setStretchLastSection(true);
    m_calls->setMinimumHeight(120);
    connect(m_showCalls, &QToolButton::toggled, this, &PlanView::updateCallsVisibility);

    // The calls collapse to their toggle; the instances get the room back.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_items, 3);
    layout->addWidget(m_showCalls, 0, Qt::AlignLeft);
    layout->addWidget(m_calls, 2);
    retranslate();
}

void PlanView::setPlan(const TeardownPlan& plan)
{
    // A plan's refund quotes come as a new revision of it: when they change nothing this view shows
    // (none for pay-as-you-go), its rows are not made again (10,000 of them take a noticeable moment).
    const bool unchanged = plan.items == m_plan.items && plan.refunds == m_plan.refunds && plan.calls == m_plan.calls;
    m_plan = plan;
    if (!unchanged)
        retranslate();
}

void PlanView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanView::retranslate()
{
    m_items->setHeaderLabels(
        {tr("Instance ID"), tr("Name"), tr("Account"), tr("Region"), tr("Charge type"), tr("Refund"), tr("Details")});
    m_calls->setHeaderLabels(
        {tr("Step"), tr("Account"), tr("Region"), tr("Action"), tr("Batch key"), tr("Instances"), tr("Exact request")});
    m_showCalls->setText(tr("Calls to be sent: %1").arg(m_plan.calls.size()));
    fillItems();
    fillCalls();
    updateCallsVisibility();
}

void PlanView::fillItems()
{
    m_items->clear();
    // Groups are filled before they join the tree, which then takes them in one insertion: an item
    // in the tree tells the view of every text set on it, nine times for each of 10,000 rows.
    QList<QTreeWidgetItem*> groups;
    auto addGroup = [this, &groups](const QString& title, const QString& key, bool warn) {
        auto* group = new QTreeWidgetItem;
        groups << group;
        group->setText(ColId, title);
        group->setData(ColId, Qt::UserRole, key);
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = m_items->font();
        f.setBold(true);
        group->setFont(ColId, f);
        // Serious, not alarming, and never the only sign: the group's title says the same in words.
        if (warn)
            group->setForeground(
                ColId, LifecyclePalette::warning(LifecyclePalette::toneFor(m_items->palette().color(QPalette::Base))));
        return group;
    };
    auto addRow = [this](QTreeWidgetItem* group, const PlanItem& item, const QString& details) {
        const Instance& i = item.instance;
        auto* row = new QTreeWidgetItem(group);
        row->setText(ColId, i.id);
        row->setData(ColId, Qt::UserRole, i.key());
        row->setText(ColName, i.name);
        row->setText(ColAccount, m_names(i.accountId));
        row->setText(ColRegion, i.region);
        row->setText(ColCharge, ProviderCatalog::chargeTypeLabel(i.provider, i.rawChargeType));
        const auto refund = m_plan.refunds.constFind(i.key());
        if (refund != m_plan.refunds.cend()) {
            row->setText(ColRefund, DisplayFormat::money(refund->amount, refund->currency));
            row->setToolTip(ColRefund, refund->detail);
            row->setTextAlignment(ColRefund, Qt::AlignRight | Qt::AlignVCenter);
        }
        row->setText(ColDetails, details);
        row->setToolTip(ColDetails, details);
    };

    // What happens to an allowed instance, and which call carries it.
    auto allowedDetails = [this](const PlanItem& item) {
        const Outcome outcome = item.decision.outcome;
        QString details;
        if (isIrreversible(outcome))
            details = tr("Irreversible");
        else if (outcome == Outcome::MovedToRecycleBin && item.recoverableUntil.isValid())
            details = tr("Recoverable until about %1").arg(DisplayFormat::timeWithZone(item.recoverableUntil));
        else if (outcome == Outcome::SubscriptionCancelled && item.instance.expires.isValid())
            details = tr("Keeps running until the subscription ends, %1")
                          .arg(DisplayFormat::timeWithZone(item.instance.expires));
        // Which call carries the instance: one account's dialect may use several actions.
        return tr("%1 — by %2", "plan details, then the API action that carries the instance")
            .arg(details, item.decision.action);
    };
    // The call that lifts an instance's protection before its return.
    auto liftAction = [this](const PlanItem& item) {
        for (const PlannedCall& call : std::as_const(m_plan.calls)) {
            if (call.kind == CallKind::LiftProtection && call.accountId == item.instance.accountId
                && call.instanceIds.contains(item.instance.id))
                return call.action;
        }
        return QString();
    };

    // Instances whose protection is lifted first are a group of their own, before the outcomes.
    if (const int lifted = m_plan.liftedCount(); lifted > 0) {
        bool irreversible = false;
        for (const PlanItem& item : std::as_const(m_plan.items))
            irreversible = irreversible || (item.decision.liftsProtection && isIrreversible(item.decision.outcome));
        QTreeWidgetItem* group = addGroup(tr("Termination protection lifted first, then returned — %1").arg(lifted),
                                          u"lift-protection"_s, irreversible);
        for (const PlanItem& item : std::as_const(m_plan.items)) {
            if (item.decision.isAllowed() && item.decision.liftsProtection)
                addRow(group, item,
                       tr("%1: %2, after %3", "an outcome, its details, then the API action that lifts the protection")
                           .arg(outcomeLabel(item.decision.outcome), allowedDetails(item), liftAction(item)));
        }
    }
    for (const Outcome outcome : kOutcomes) {
        QList<const PlanItem*> inGroup;
        for (const PlanItem& item : std::as_const(m_plan.items)) {
            if (item.decision.isAllowed() && item.decision.outcome == outcome && !item.decision.liftsProtection)
                inGroup << &item;
        }
        if (inGroup.isEmpty())
            continue;
        QTreeWidgetItem* group = addGroup(
            tr("%1 — %2", "an outcome, then how many instances").arg(outcomeLabel(outcome)).arg(inGroup.size()),
            outcomeKey(outcome), isIrreversible(outcome));
        for (const PlanItem* item : std::as_const(inGroup))
            addRow(group, *item, allowedDetails(*item));
    }
    const int blocked = m_plan.blockedCount();
    if (blocked > 0) {
        QTreeWidgetItem* group = addGroup(tr("Blocked, will not be sent — %1").arg(blocked), u"blocked"_s, false);
        for (const PlanItem& item : std::as_const(m_plan.items)) {
            if (!item.decision.isAllowed())
                addRow(group, item, ErrorCatalog::describe(item.decision.blockedError(), item.instance.id));
        }
    }
    m_items->addTopLevelItems(groups);
    for (QTreeWidgetItem* group : std::as_const(groups))
        group->setFirstColumnSpanned(true); // a view's property: only an item in the tree has it
    m_items->expandAll();
    for (int c = 0; c < ColDetails; ++c)
        m_items->resizeColumnToContents(c);
}

void PlanView::fillCalls()
{
    m_calls->clear();
    for (const PlannedCall& call : std::as_const(m_plan.calls)) {
        auto* row = new QTreeWidgetItem(m_calls);
        row->setText(CallStep, ProtectionLift::callKindLabel(call.kind));
        row->setData(CallStep, Qt::UserRole, ProtectionLift::callKindKey(call.kind));
        row->setText(CallAccount, m_names(call.accountId));
        row->setText(CallRegion, call.region);
        row->setText(CallAction, call.action);
        row->setText(CallBatchKey, call.batchKey);
        row->setText(CallCount, QString::number(call.instanceIds.size()));
        row->setTextAlignment(CallCount, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(CallRequest, call.request);
        row->setToolTip(CallRequest, call.request);
    }
    for (int c = 0; c < CallRequest; ++c)
        m_calls->resizeColumnToContents(c);
}

void PlanView::updateCallsVisibility()
{
    const bool shown = m_showCalls->isChecked();
    m_showCalls->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_showCalls->setEnabled(!m_plan.calls.isEmpty());
    m_calls->setVisible(shown && !m_plan.calls.isEmpty());
}
