#include "TeardownDialog.h"

#include "ErrorCatalog.h"
#include "ProviderDirectory.h"
#include "ProviderFactory.h"
#include "TeardownRules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// The outcomes in the order they are shown: the irreversible one first.
constexpr std::array kOutcomes{Outcome::DestroyedNow, Outcome::DeletedCreationFailed, Outcome::MovedToRecycleBin,
                               Outcome::SubscriptionCancelled};

// Serious, not alarming: a dark red that stays readable on light and dark palettes' base colours.
// It never carries meaning alone; the text next to it says the same.
constexpr auto kIrreversibleStyle = "color: #b3261e; font-weight: bold;";

enum ItemColumn { ColId, ColName, ColAccount, ColRegion, ColCharge, ColRefund, ColDetails, ItemColumnCount };
enum CallColumn { CallAccount, CallRegion, CallAction, CallBatchKey, CallCount, CallRequest, CallColumnCount };

QString formatTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString formatAmount(double amount)
{
    return QLocale().toString(amount, 'f', 2);
}

} // namespace

TeardownDialog::TeardownDialog(const TeardownPlan& plan, const ProviderDirectory& providers, QWidget* parent)
    : QDialog(parent)
    , m_providers(providers)
    , m_plan(plan)
{
    setObjectName(u"teardownDialog"_s);

    m_headline = new QLabel;
    m_headline->setObjectName(u"headline"_s);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);

    m_irreversible = new QLabel;
    m_irreversible->setObjectName(u"irreversible"_s);
    m_irreversible->setWordWrap(true);
    m_irreversible->setStyleSheet(QString::fromLatin1(kIrreversibleStyle));
    auto* irreversibleIcon = new QLabel;
    irreversibleIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    auto* irreversibleRow = new QWidget;
    irreversibleRow->setObjectName(u"irreversibleRow"_s);
    auto* irreversibleLayout = new QHBoxLayout(irreversibleRow);
    irreversibleLayout->setContentsMargins(0, 0, 0, 0);
    irreversibleLayout->addWidget(irreversibleIcon);
    irreversibleLayout->addWidget(m_irreversible, 1);

    m_summary = new QLabel;
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_production = new QLabel;
    m_production->setObjectName(u"productionAccounts"_s);
    m_production->setWordWrap(true);
    m_production->setStyleSheet(u"font-weight: bold;"_s);

    m_items = new QTreeWidget;
    m_items->setObjectName(u"planItems"_s);
    m_items->setColumnCount(ItemColumnCount);
    m_items->setRootIsDecorated(true);
    m_items->setUniformRowHeights(true);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->header()->setStretchLastSection(true);

    m_showCalls = new QToolButton;
    m_showCalls->setObjectName(u"showCalls"_s);
    m_showCalls->setCheckable(true);
    m_showCalls->setChecked(false);
    m_showCalls->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showCalls->setAutoRaise(true);
    m_calls = new QTreeWidget;
    m_calls->setObjectName(u"planCalls"_s);
    m_calls->setColumnCount(CallColumnCount);
    m_calls->setRootIsDecorated(false);
    m_calls->setUniformRowHeights(true);
    m_calls->header()->setStretchLastSection(false);
    m_calls->header()->setSectionResizeMode(CallRequest, QHeaderView::ResizeToContents);
    connect(m_showCalls, &QToolButton::toggled, this, &TeardownDialog::updateCallsVisibility);

    m_calls->setMinimumHeight(120);

    m_refundTotal = new QLabel;
    m_refundTotal->setObjectName(u"refundTotal"_s);
    m_quoteError = new QLabel;
    m_quoteError->setObjectName(u"quoteError"_s);
    m_quoteError->setWordWrap(true);
    m_quoteError->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_releaseAddress = new QCheckBox;
    m_releaseAddress->setObjectName(u"releaseAddress"_s);
    m_releaseAddressNote = new QLabel;
    m_releaseAddressNote->setObjectName(u"releaseAddressNote"_s);
    m_releasePrepaidDataDisks = new QCheckBox;
    m_releasePrepaidDataDisks->setObjectName(u"releasePrepaidDataDisks"_s);
    m_releasePrepaidDataDisksNote = new QLabel;
    m_releasePrepaidDataDisksNote->setObjectName(u"releasePrepaidDataDisksNote"_s);
    for (QLabel* note : {m_releaseAddressNote, m_releasePrepaidDataDisksNote}) {
        note->setWordWrap(true);
        note->setIndent(24); // under the check box's text
        note->setForegroundRole(QPalette::PlaceholderText);
    }
    for (QCheckBox* box : {m_releaseAddress, m_releasePrepaidDataDisks}) {
        connect(box, &QCheckBox::toggled, this, [this] { emit optionsChanged(options()); });
    }

    m_phrasePrompt = new QLabel;
    m_phrasePrompt->setObjectName(u"confirmationPrompt"_s);
    m_phraseReason = new QLabel;
    m_phraseReason->setObjectName(u"confirmationReason"_s);
    m_phraseReason->setWordWrap(true);
    m_phrase = new QLineEdit;
    m_phrase->setObjectName(u"confirmationPhrase"_s);
    m_phrase->setMaximumWidth(240);
    m_phrasePrompt->setBuddy(m_phrase);
    connect(m_phrase, &QLineEdit::textChanged, this, &TeardownDialog::updateConfirm);

    m_emptyExplanation = new QLabel;
    m_emptyExplanation->setObjectName(u"emptyExplanation"_s);
    m_emptyExplanation->setWordWrap(true);

    m_buttons = new QDialogButtonBox;
    m_confirm = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirm"_s);
    m_confirm->setAutoDefault(false); // Enter never confirms, even with the focus on it
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancel"_s);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"close"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeardownDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeardownDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(irreversibleRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_production);
    // The calls collapse to their toggle; the instances get the room back.
    layout->addWidget(m_items, 3);
    layout->addWidget(m_showCalls, 0, Qt::AlignLeft);
    layout->addWidget(m_calls, 2);
    layout->addWidget(m_refundTotal);
    layout->addWidget(m_quoteError);
    layout->addWidget(m_releaseAddress);
    layout->addWidget(m_releaseAddressNote);
    layout->addWidget(m_releasePrepaidDataDisks);
    layout->addWidget(m_releasePrepaidDataDisksNote);
    layout->addWidget(m_phraseReason);
    auto* phraseRow = new QHBoxLayout;
    phraseRow->addWidget(m_phrasePrompt);
    phraseRow->addWidget(m_phrase);
    phraseRow->addStretch(1);
    layout->addLayout(phraseRow);
    layout->addWidget(m_emptyExplanation);
    layout->addWidget(m_buttons);

    setPlan(plan);
    resize(900, 640);
}

void TeardownDialog::setPlan(const TeardownPlan& plan)
{
    m_plan = plan;

    // The options are offered when an account that acts in this plan understands them.
    m_offersReleaseAddress = false;
    m_offersReleasePrepaidDataDisks = false;
    QSet<QString> accounts;
    for (const PlannedCall& call : std::as_const(m_plan.calls))
        accounts.insert(call.accountId);
    for (const QString& accountId : std::as_const(accounts)) {
        if (const Provider* p = m_providers.provider(accountId)) {
            m_offersReleaseAddress = m_offersReleaseAddress || p->rules().offersReleaseAddress();
            m_offersReleasePrepaidDataDisks =
                m_offersReleasePrepaidDataDisks || p->rules().offersReleasePrepaidDataDisks();
        }
    }
    {
        const QSignalBlocker blockAddress(m_releaseAddress);
        const QSignalBlocker blockDisks(m_releasePrepaidDataDisks);
        m_releaseAddress->setChecked(m_offersReleaseAddress && m_plan.options.releaseAddress);
        m_releasePrepaidDataDisks->setChecked(m_offersReleasePrepaidDataDisks
                                              && m_plan.options.releasePrepaidDataDisks);
    }
    for (QWidget* w : {static_cast<QWidget*>(m_releaseAddress), static_cast<QWidget*>(m_releaseAddressNote)})
        w->setVisible(m_offersReleaseAddress);
    for (QWidget* w :
         {static_cast<QWidget*>(m_releasePrepaidDataDisks), static_cast<QWidget*>(m_releasePrepaidDataDisksNote)})
        w->setVisible(m_offersReleasePrepaidDataDisks);

    const bool empty = m_plan.isEmpty();
    const bool typed = !empty && m_plan.requiresTypedConfirmation();
    {
        const QSignalBlocker block(m_phrase);
        m_phrase->clear();
    }
    for (QWidget* w : {static_cast<QWidget*>(m_phrasePrompt), static_cast<QWidget*>(m_phraseReason),
                       static_cast<QWidget*>(m_phrase)})
        w->setVisible(typed);
    m_emptyExplanation->setVisible(empty);
    m_confirm->setVisible(!empty);
    m_cancel->setVisible(!empty);
    m_close->setVisible(empty);

    // The safe choice is the default and has the focus: Enter and Escape both leave without sending.
    QPushButton* safe = empty ? m_close : m_cancel;
    m_confirm->setDefault(false);
    m_cancel->setDefault(!empty);
    m_close->setDefault(empty);
    safe->setFocus(Qt::OtherFocusReason);

    retranslateUi();
}

PlanOptions TeardownDialog::options() const
{
    PlanOptions o;
    o.releaseAddress = m_offersReleaseAddress && m_releaseAddress->isChecked();
    o.releasePrepaidDataDisks = m_offersReleasePrepaidDataDisks && m_releasePrepaidDataDisks->isChecked();
    return o;
}

bool TeardownDialog::canConfirm() const
{
    if (m_plan.isEmpty())
        return false;
    return !m_plan.requiresTypedConfirmation() || m_phrase->text() == m_plan.confirmationPhrase();
}

void TeardownDialog::accept()
{
    if (canConfirm())
        QDialog::accept();
}

void TeardownDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TeardownDialog::retranslateUi()
{
    const bool release = m_plan.intent == Intent::Release;
    const int allowed = m_plan.allowedCount();
    setWindowTitle(release ? tr("Confirm release") : tr("Confirm return"));

    m_items->setHeaderLabels(
        {tr("Instance ID"), tr("Name"), tr("Account"), tr("Region"), tr("Charge type"), tr("Refund"), tr("Details")});
    m_calls->setHeaderLabels(
        {tr("Account"), tr("Region"), tr("Action"), tr("Batch key"), tr("Instances"), tr("Exact request")});

    m_confirm->setText(release ? tr("Release %n instance(s) for good", nullptr, allowed)
                               : tr("Return %n instance(s)", nullptr, allowed));
    render();
}

void TeardownDialog::render()
{
    const bool release = m_plan.intent == Intent::Release;
    const int allowed = m_plan.allowedCount();
    const int blocked = m_plan.blockedCount();
    const int irreversible = m_plan.irreversibleCount();

    if (m_plan.isEmpty()) {
        m_headline->setText(release ? tr("Nothing can be released") : tr("Nothing can be returned"));
    } else {
        m_headline->setText(release ? tr("Release %n instance(s) from the recycle bin for good?", nullptr, allowed)
                                    : tr("Return %n instance(s)?", nullptr, allowed));
    }

    m_irreversible->setText(
        tr("Irreversible: %n instance(s) will be destroyed at once. They cannot be recovered.", nullptr, irreversible));
    m_irreversible->parentWidget()->setVisible(irreversible > 0);

    // One line per outcome that occurs, then the blocked ones.
    QStringList lines;
    for (const Outcome outcome : kOutcomes) {
        const int n = m_plan.count(outcome);
        if (n == 0)
            continue;
        QString line = tr("%1: %2", "an outcome, then how many instances").arg(outcomeLabel(outcome)).arg(n);
        if (outcome == Outcome::MovedToRecycleBin) {
            QDateTime until;
            for (const PlanItem& item : std::as_const(m_plan.items)) {
                if (item.decision.isAllowed() && item.decision.outcome == outcome && item.recoverableUntil.isValid()
                    && (!until.isValid() || item.recoverableUntil < until))
                    until = item.recoverableUntil;
            }
            if (until.isValid())
                line += u' ' + tr("— recoverable until about %1").arg(formatTime(until));
        }
        lines << line;
    }
    if (blocked > 0)
        lines << tr("Blocked, will not be sent: %1").arg(blocked);
    m_summary->setText(lines.join(u'\n'));

    m_production->setText(tr("Production accounts in this plan: %1").arg(m_plan.productionAccounts.join(u", "_s)));
    m_production->setVisible(!m_plan.isEmpty() && !m_plan.productionAccounts.isEmpty());

    fillItems();
    fillCalls();

    bool anyRefund = false;
    for (const PlanItem& item : std::as_const(m_plan.items))
        anyRefund = anyRefund || m_plan.refunds.contains(item.instance.key());
    m_refundTotal->setText(tr("Refund quoted in total: %1").arg(formatAmount(m_plan.refundTotal())));
    m_refundTotal->setVisible(anyRefund);
    m_quoteError->setText(tr("A refund could not be quoted: %1").arg(ErrorCatalog::describe(m_plan.quoteError)));
    m_quoteError->setVisible(m_plan.quoteError.isError());

    m_releaseAddress->setText(tr("Also release the public IP addresses (EIP) bound to these instances"));
    m_releaseAddressNote->setText(
        tr("Off: the addresses stay in the account, where an unbound address may be billed. On: they are released "
           "together with the instances and cannot be got back."));
    m_releasePrepaidDataDisks->setText(tr("Also release the prepaid (monthly) data disks attached to these instances"));
    m_releasePrepaidDataDisksNote->setText(
        tr("Off: prepaid data disks are detached and kept. On: they are returned together with the instances."));

    const QString phrase = m_plan.confirmationPhrase();
    m_phrasePrompt->setText(tr("&Type %1 (the number of instances to act on) to confirm:").arg(phrase));
    QStringList reasons;
    if (irreversible > 0)
        reasons << tr("%n instance(s) will be destroyed and cannot be recovered.", nullptr, irreversible);
    if (!m_plan.productionAccounts.isEmpty())
        reasons << tr("The plan acts on production accounts: %1.").arg(m_plan.productionAccounts.join(u", "_s));
    m_phraseReason->setText(tr("Why: %1").arg(reasons.join(u' ')));
    m_phrase->setPlaceholderText(phrase);

    m_emptyExplanation->setText(
        release ? tr("None of the selected instances can be released; the reasons are listed under Blocked. "
                     "Nothing will be sent.")
                : tr("None of the selected instances can be returned; the reasons are listed under Blocked. "
                     "Nothing will be sent."));

    const int calls = int(m_plan.calls.size());
    m_showCalls->setText(tr("Calls to be sent: %1").arg(calls));
    updateCallsVisibility();
    updateConfirm();
}

void TeardownDialog::fillItems()
{
    m_items->clear();
    auto addGroup = [this](const QString& title, const QString& key, bool warn) {
        auto* group = new QTreeWidgetItem(m_items);
        group->setText(ColId, title);
        group->setData(ColId, Qt::UserRole, key);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = m_items->font();
        f.setBold(true);
        group->setFont(ColId, f);
        if (warn)
            group->setForeground(ColId, QColor(0xb3, 0x26, 0x1e));
        return group;
    };
    auto addRow = [this](QTreeWidgetItem* group, const PlanItem& item, const QString& details) {
        const Instance& i = item.instance;
        auto* row = new QTreeWidgetItem(group);
        row->setText(ColId, i.id);
        row->setData(ColId, Qt::UserRole, i.key());
        row->setText(ColName, i.name);
        row->setText(ColAccount, accountName(i.accountId));
        row->setText(ColRegion, i.region);
        row->setText(ColCharge, ProviderCatalog::chargeTypeLabel(i.provider, i.rawChargeType));
        const auto refund = m_plan.refunds.constFind(i.key());
        if (refund != m_plan.refunds.cend()) {
            row->setText(ColRefund, formatAmount(refund->amount));
            row->setToolTip(ColRefund, refund->detail);
            row->setTextAlignment(ColRefund, Qt::AlignRight | Qt::AlignVCenter);
        }
        row->setText(ColDetails, details);
        row->setToolTip(ColDetails, details);
    };

    for (const Outcome outcome : kOutcomes) {
        const int n = m_plan.count(outcome);
        if (n == 0)
            continue;
        QTreeWidgetItem* group =
            addGroup(tr("%1 — %2", "an outcome, then how many instances").arg(outcomeLabel(outcome)).arg(n),
                     outcomeKey(outcome), isIrreversible(outcome));
        for (const PlanItem& item : std::as_const(m_plan.items)) {
            if (!item.decision.isAllowed() || item.decision.outcome != outcome)
                continue;
            QString details;
            if (isIrreversible(outcome))
                details = tr("Irreversible");
            else if (outcome == Outcome::MovedToRecycleBin && item.recoverableUntil.isValid())
                details = tr("Recoverable until about %1").arg(formatTime(item.recoverableUntil));
            else if (outcome == Outcome::SubscriptionCancelled && item.instance.expires.isValid())
                details = tr("Keeps running until the subscription ends, %1").arg(formatTime(item.instance.expires));
            // Which call carries the instance: one account's dialect may use several actions.
            details = tr("%1 — by %2", "plan details, then the API action that carries the instance")
                          .arg(details, item.decision.action);
            addRow(group, item, details);
        }
    }
    const int blocked = m_plan.blockedCount();
    if (blocked > 0) {
        QTreeWidgetItem* group = addGroup(tr("Blocked, will not be sent — %1").arg(blocked), u"blocked"_s, false);
        for (const PlanItem& item : std::as_const(m_plan.items)) {
            if (!item.decision.isAllowed())
                addRow(group, item, ErrorCatalog::describe(ProviderError::local(item.decision.blockedCode)));
        }
    }
    m_items->expandAll();
    for (int c = 0; c < ColDetails; ++c)
        m_items->resizeColumnToContents(c);
}

void TeardownDialog::fillCalls()
{
    m_calls->clear();
    for (const PlannedCall& call : std::as_const(m_plan.calls)) {
        auto* row = new QTreeWidgetItem(m_calls);
        row->setText(CallAccount, accountName(call.accountId));
        row->setText(CallRegion, call.region);
        row->setText(CallAction, call.action);
        row->setText(CallBatchKey, call.batchKey);
        row->setText(CallCount, QString::number(call.instanceIds.size()));
        row->setTextAlignment(CallCount, Qt::AlignRight | Qt::AlignVCenter);
        const Provider* p = m_providers.provider(call.accountId);
        const QString request = p ? p->describeCall(call) : QString();
        row->setText(CallRequest, request);
        row->setToolTip(CallRequest, request);
    }
    for (int c = 0; c < CallRequest; ++c)
        m_calls->resizeColumnToContents(c);
}

void TeardownDialog::updateCallsVisibility()
{
    const bool shown = m_showCalls->isChecked();
    m_showCalls->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_showCalls->setEnabled(!m_plan.calls.isEmpty());
    m_calls->setVisible(shown && !m_plan.calls.isEmpty());
}

void TeardownDialog::updateConfirm()
{
    m_confirm->setEnabled(canConfirm());
}

QString TeardownDialog::accountName(const QString& accountId) const
{
    const Provider* p = m_providers.provider(accountId);
    return p ? p->account().name : accountId;
}
