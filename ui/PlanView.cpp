#include "PlanView.h"

#include "ColumnFit.h"
#include "LifecyclePalette.h"
#include "PlanItemsModel.h"
#include "ProtectionLift.h"

#include <QEvent>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

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
    m_model = new PlanItemsModel(m_names, this);
    m_items = new QTreeView;
    m_items->setObjectName(u"planItems"_s);
    m_items->setModel(m_model);
    m_model->setTone(LifecyclePalette::toneFor(m_items->palette().color(QPalette::Base))); // and on PaletteChange
    m_items->setRootIsDecorated(true);
    m_items->setUniformRowHeights(true);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->header()->setStretchLastSection(true);
    m_items->header()->setResizeContentsPrecision(ColumnFit::SampledRows);

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
    m_calls->header()->setResizeContentsPrecision(ColumnFit::SampledRows);
    m_calls->setMinimumHeight(120);
    connect(m_showCalls, &QToolButton::toggled, this, &PlanView::updateCallsVisibility);

    // The calls collapse to their toggle; the instances get the room back.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_items, 3);
    layout->addWidget(m_showCalls, 0, Qt::AlignLeft);
    layout->addWidget(m_calls, 2);
    retranslate();
    updateCallsVisibility();
}

void PlanView::setPlan(const TeardownPlan& plan)
{
    if (!m_model->setPlan(plan))
        return;
    for (int group = 0; group < m_model->rowCount(); ++group)
        m_items->setFirstColumnSpanned(group, {}, true);
    m_items->expandAll();
    for (int c = 0; c < PlanItemsModel::DetailsColumn; ++c)
        m_items->resizeColumnToContents(c);
    retranslate(); // the calls
    updateCallsVisibility();
}

void PlanView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        m_model->setTone(LifecyclePalette::toneFor(m_items->palette().color(QPalette::Base)));
    }
    QWidget::changeEvent(event);
}

void PlanView::retranslate()
{
    m_calls->setHeaderLabels(
        {tr("Step"), tr("Account"), tr("Region"), tr("Action"), tr("Batch key"), tr("Instances"), tr("Exact request")});
    m_showCalls->setText(tr("Calls to be sent: %1").arg(m_model->plan().calls.size()));
    fillCalls();
}

void PlanView::fillCalls()
{
    m_calls->clear();
    for (const PlannedCall& call : std::as_const(m_model->plan().calls)) {
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
    m_showCalls->setEnabled(!m_model->plan().calls.isEmpty());
    m_calls->setVisible(shown && !m_model->plan().calls.isEmpty());
}
