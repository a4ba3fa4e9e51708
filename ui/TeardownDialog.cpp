#include "TeardownDialog.h"

#include "DisplayFormat.h"
#include "ErrorCatalog.h"
#include "KeepTags.h"
#include "KeepTagsOption.h"
#include "LifecyclePalette.h"
#include "LiftProtectionOption.h"
#include "PlanView.h"
#include "ProtectionLift.h"
#include "TeardownRules.h"
#include "TokenExpiry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The outcomes in the order the summary names them: the irreversible one first.
constexpr std::array kOutcomes{Outcome::DestroyedNow, Outcome::DeletedCreationFailed, Outcome::MovedToRecycleBin,
                               Outcome::SubscriptionCancelled};

// Serious, not alarming: a dark red that stays readable on light and dark palettes' base colours.
// It never carries meaning alone; the text next to it says the same.

QLabel* wrappedLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

TeardownDialog::TeardownDialog(AccountNames names, QWidget* parent)
    : QDialog(parent)
    , m_names(std::move(names))
{
    setObjectName(u"teardownDialog"_s);

    m_headline = wrappedLabel(u"headline"_s);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    m_headline->setFont(headlineFont);
    m_originLabel = wrappedLabel(u"savedPlanOrigin"_s);
    m_originLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_irreversible = wrappedLabel(u"irreversible"_s);
    colourIrreversible();
    auto* irreversibleIcon = new QLabel;
    irreversibleIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    auto* irreversibleRow = new QWidget;
    irreversibleRow->setObjectName(u"irreversibleRow"_s);
    auto* irreversibleLayout = new QHBoxLayout(irreversibleRow);
    irreversibleLayout->setContentsMargins(0, 0, 0, 0);
    irreversibleLayout->addWidget(irreversibleIcon);
    irreversibleLayout->addWidget(m_irreversible, 1);

    m_summary = wrappedLabel(u"summary"_s);
    m_production = wrappedLabel(u"productionAccounts"_s);
    m_production->setStyleSheet(u"font-weight: bold;"_s);
    m_expiringCredentials = wrappedLabel(u"expiringCredentials"_s);
    m_expiringCredentials->setStyleSheet(u"font-weight: bold;"_s);
    m_planView = new PlanView(m_names);
    m_refundTotal = wrappedLabel(u"refundTotal"_s);
    m_quoteError = wrappedLabel(u"quoteError"_s);
    m_quoteError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quoting = wrappedLabel(u"quoting"_s);
    m_quoting->setForegroundRole(QPalette::PlaceholderText);

    m_releaseAddress = new QCheckBox;
    m_releaseAddress->setObjectName(u"releaseAddress"_s);
    m_releaseAddressNote = wrappedLabel(u"releaseAddressNote"_s);
    m_releasePrepaidDataDisks = new QCheckBox;
    m_releasePrepaidDataDisks->setObjectName(u"releasePrepaidDataDisks"_s);
    m_releasePrepaidDataDisksNote = wrappedLabel(u"releasePrepaidDataDisksNote"_s);
    for (QLabel* note : {m_releaseAddressNote, m_releasePrepaidDataDisksNote}) {
        note->setIndent(24); // under the check box's text
        note->setForegroundRole(QPalette::PlaceholderText);
    }
    for (QCheckBox* box : {m_releaseAddress, m_releasePrepaidDataDisks})
        connect(box, &QCheckBox::toggled, this, [this] { emit optionsChanged(options()); });
    m_keepTags = new KeepTagsOption;
    m_keepTags->setObjectName(u"keepTagsOption"_s);
    connect(m_keepTags, &KeepTagsOption::toggled, this, [this] { emit optionsChanged(options()); });
    m_liftProtection = new LiftProtectionOption;
    m_liftProtection->setObjectName(u"liftProtectionOption"_s);
    connect(m_liftProtection, &LiftProtectionOption::toggled, this, [this] { emit optionsChanged(options()); });

    m_phrasePrompt = new QLabel;
    m_phrasePrompt->setObjectName(u"confirmationPrompt"_s);
    m_phraseReason = wrappedLabel(u"confirmationReason"_s);
    m_phrase = new QLineEdit;
    m_phrase->setObjectName(u"confirmationPhrase"_s);
    m_phrase->setMaximumWidth(240);
    m_phrasePrompt->setBuddy(m_phrase);
    connect(m_phrase, &QLineEdit::textChanged, this, &TeardownDialog::updateConfirm);

    m_emptyExplanation = wrappedLabel(u"emptyExplanation"_s);

    m_buttons = new QDialogButtonBox;
    m_confirm = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirm"_s);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancel"_s);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"close"_s);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"savePlan"_s);
    connect(m_save, &QPushButton::clicked, this, &TeardownDialog::chooseSaveFile);
    // Only the default button reacts to Enter, and only updateConfirm() makes confirming the default.
    for (QPushButton* button : {m_confirm, m_cancel, m_close, m_save})
        button->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeardownDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeardownDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_originLabel);
    layout->addWidget(irreversibleRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_production);
    layout->addWidget(m_expiringCredentials);
    layout->addWidget(m_planView, 1);
    layout->addWidget(m_refundTotal);
    layout->addWidget(m_quoteError);
    layout->addWidget(m_releaseAddress);
    layout->addWidget(m_releaseAddressNote);
    layout->addWidget(m_releasePrepaidDataDisks);
    layout->addWidget(m_releasePrepaidDataDisksNote);
    layout->addWidget(m_keepTags);
    layout->addWidget(m_liftProtection);
    layout->addWidget(m_phraseReason);
    auto* phraseRow = new QHBoxLayout;
    phraseRow->addWidget(m_phrasePrompt);
    phraseRow->addWidget(m_phrase);
    phraseRow->addStretch(1);
    layout->addLayout(phraseRow);
    layout->addWidget(m_emptyExplanation);
    layout->addWidget(m_quoting);
    layout->addWidget(m_buttons);

    setPlan(TeardownPlan(), 0, false);
    resize(900, 640);
}

void TeardownDialog::setReadingKeptAgain(bool reading)
{
    m_readingKeptAgain = reading;
    m_quoting->setText(waitingText());
}

QString TeardownDialog::waitingText() const
{
    if (m_origin)
        return tr("Reading every instance again to compare it with the saved plan… It can be confirmed once the "
                  "providers have answered.");
    if (m_readingKeptAgain)
        return tr("Reading again the instances shown from the last listing kept on this computer… The plan is made "
                  "from what the providers answer; it can be confirmed once they have.");
    return tr("Asking the providers for refund quotes… The plan can still change; it can be confirmed once they "
              "have answered.");
}

void TeardownDialog::setOrigin(const std::optional<PlanOrigin>& origin)
{
    m_origin = origin;
    // A saved plan is executed as it was saved: its options are the file's.
    m_releaseAddress->setEnabled(!m_origin);
    m_releasePrepaidDataDisks->setEnabled(!m_origin);
    m_keepTags->setEnabled(!m_origin);
    m_liftProtection->setEnabled(!m_origin);
    retranslateUi();
}

void TeardownDialog::chooseSaveFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/teardown-plan-"_s
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s) + u".json"_s;
    auto* chooser = new QFileDialog(this, tr("Save plan"), suggested, tr("Teardown plans (*.json)"));
    chooser->setObjectName(u"savePlanChooser"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(u"json"_s);
    // The plan saved is the one shown when Save was pressed; a newer one makes the controller refuse.
    connect(chooser, &QFileDialog::fileSelected, this,
            [this, revision = m_revision](const QString& path) { emit saveRequested(path, revision); });
    chooser->open();
}

void TeardownDialog::setPlan(const TeardownPlan& plan, int revision, bool final)
{
    const bool phraseChanged = plan.confirmationPhrase() != m_plan.confirmationPhrase();
    m_plan = plan;
    m_revision = revision;
    m_final = final;

    {
        const QSignalBlocker blockAddress(m_releaseAddress);
        const QSignalBlocker blockDisks(m_releasePrepaidDataDisks);
        m_releaseAddress->setChecked(m_plan.offersReleaseAddress && m_plan.options.releaseAddress);
        m_releasePrepaidDataDisks->setChecked(m_plan.offersReleasePrepaidDataDisks
                                              && m_plan.options.releasePrepaidDataDisks);
    }
    m_releaseAddress->setVisible(m_plan.offersReleaseAddress);
    m_releaseAddressNote->setVisible(m_plan.offersReleaseAddress);
    m_releasePrepaidDataDisks->setVisible(m_plan.offersReleasePrepaidDataDisks);
    m_releasePrepaidDataDisksNote->setVisible(m_plan.offersReleasePrepaidDataDisks);
    m_keepTags->setPlan(m_plan);
    m_liftProtection->setPlan(m_plan);

    // A plan with nothing to send only waits for its quotes to be sure; then it offers Close.
    const bool empty = m_plan.isEmpty() && m_final;
    const bool typed = !m_plan.isEmpty() && m_plan.requiresTypedConfirmation();
    if (phraseChanged) {
        const QSignalBlocker block(m_phrase);
        m_phrase->clear();
    }
    for (QWidget* w : {static_cast<QWidget*>(m_phrasePrompt), static_cast<QWidget*>(m_phraseReason),
                       static_cast<QWidget*>(m_phrase)})
        w->setVisible(typed);
    m_emptyExplanation->setVisible(empty);
    m_quoting->setVisible(!m_final);
    m_confirm->setVisible(!empty);
    m_cancel->setVisible(!empty);
    m_close->setVisible(empty);
    if (empty)
        m_close->setFocus(Qt::OtherFocusReason);
    else if (typed && phraseChanged)
        m_phrase->setFocus(Qt::OtherFocusReason);
    else if (!typed && !m_cancel->hasFocus() && !m_confirm->hasFocus())
        m_cancel->setFocus(Qt::OtherFocusReason);

    retranslateUi();
}

PlanOptions TeardownDialog::options() const
{
    PlanOptions o;
    o.releaseAddress = m_plan.offersReleaseAddress && m_releaseAddress->isChecked();
    o.releasePrepaidDataDisks = m_plan.offersReleasePrepaidDataDisks && m_releasePrepaidDataDisks->isChecked();
    o.ignoreKeepTags = m_plan.offersIgnoreKeepTags && m_keepTags->ignoresKeepTags();
    o.liftProtection = m_plan.offersLiftProtection && m_liftProtection->liftsProtection();
    o.liftProtectionOnProduction =
        m_plan.offersLiftProtectionOnProduction && m_liftProtection->liftsProtectionOnProduction();
    return o;
}

bool TeardownDialog::canConfirm() const
{
    if (!m_final || m_plan.isEmpty())
        return false;
    return !m_plan.requiresTypedConfirmation() || m_phrase->text() == m_plan.confirmationPhrase();
}

void TeardownDialog::accept()
{
    if (canConfirm())
        emit confirmed(m_revision);
}

void TeardownDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        colourIrreversible();
    QDialog::changeEvent(event);
}

void TeardownDialog::colourIrreversible()
{
    const QColor red = LifecyclePalette::warning(LifecyclePalette::toneFor(palette().color(QPalette::Window)));
    m_irreversible->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(red.name()));
}

void TeardownDialog::retranslateUi()
{
    const bool release = m_plan.intent == Intent::Release;
    const int allowed = m_plan.allowedCount();
    setWindowTitle(release ? tr("Confirm release") : tr("Confirm return"));
    m_confirm->setText(release ? tr("Release %n instance(s) for good", nullptr, allowed)
                               : tr("Return %n instance(s)", nullptr, allowed));
    m_quoting->setText(waitingText());
    m_save->setText(tr("&Save plan…"));
    m_save->setToolTip(tr("Save this plan to a file, to be reviewed and executed later in the console or with "
                          "teardownctl apply FILE"));
    m_planView->setPlan(m_plan);
    render();
}

QString TeardownDialog::summaryText() const
{
    // One line per outcome that occurs, then the blocked ones. Recycle-bin retention differs by
    // provider, so each provider's date is given, not the earliest of all.
    QStringList lines;
    for (const Outcome outcome : kOutcomes) {
        const int n = m_plan.count(outcome);
        if (n == 0)
            continue;
        QString line = tr("%1: %2", "an outcome, then how many instances").arg(outcomeLabel(outcome)).arg(n);
        if (outcome == Outcome::MovedToRecycleBin) {
            QMap<QString, QDateTime> earliestByProvider;
            for (const PlanItem& item : std::as_const(m_plan.items)) {
                if (!item.decision.isAllowed() || item.decision.outcome != outcome || !item.recoverableUntil.isValid())
                    continue;
                QDateTime& until = earliestByProvider[providerDisplayName(item.instance.provider)];
                if (!until.isValid() || item.recoverableUntil < until)
                    until = item.recoverableUntil;
            }
            QStringList dates;
            for (auto it = earliestByProvider.cbegin(); it != earliestByProvider.cend(); ++it)
                dates << tr("%1: recoverable until about %2", "a provider, then a time")
                             .arg(it.key(), DisplayFormat::timeWithZone(it.value()));
            if (!dates.isEmpty())
                line += u" — "_s + dates.join(u"; "_s);
        }
        lines << line;
    }
    if (const int lifted = m_plan.liftedCount(); lifted > 0)
        lines << tr("Termination protection lifted first: %1").arg(lifted);
    if (const int blocked = m_plan.blockedCount(); blocked > 0)
        lines << tr("Blocked, will not be sent: %1").arg(blocked);
    return lines.join(u'\n');
}

void TeardownDialog::render()
{
    const bool release = m_plan.intent == Intent::Release;
    const int allowed = m_plan.allowedCount();
    const int irreversible = m_plan.irreversibleCount();

    if (m_plan.isEmpty() && m_final) {
        m_headline->setText(release ? tr("Nothing can be released") : tr("Nothing can be returned"));
    } else {
        m_headline->setText(release ? tr("Release %n instance(s) from the recycle bin for good?", nullptr, allowed)
                                    : tr("Return %n instance(s)?", nullptr, allowed));
    }
    m_irreversible->setText(
        tr("Irreversible: %n instance(s) will be destroyed at once. They cannot be recovered.", nullptr, irreversible));
    m_irreversible->parentWidget()->setVisible(irreversible > 0);
    m_summary->setText(summaryText());
    m_originLabel->setText(m_origin ? tr("Saved plan. %1 Instances that changed since are blocked; the rest is "
                                         "executed as saved.")
                                          .arg(m_origin->describe(QDateTime::currentDateTimeUtc()))
                                    : QString());
    m_originLabel->setVisible(bool(m_origin));
    // A plan opened from a file is saved already; one made here can be saved once it is final.
    m_save->setVisible(!m_origin);
    m_save->setEnabled(m_final && !m_plan.items.isEmpty());

    m_production->setText(tr("Production accounts in this plan: %1").arg(m_plan.productionAccounts.join(u", "_s)));
    m_production->setVisible(!m_plan.isEmpty() && !m_plan.productionAccounts.isEmpty());
    m_expiringCredentials->setText(
        TokenExpiry::planWarning(m_plan.expiringCredentials, QDateTime::currentDateTimeUtc()));
    m_expiringCredentials->setVisible(!m_plan.isEmpty() && !m_plan.expiringCredentials.isEmpty());

    m_refundTotal->setText(tr("Refund quoted in total: %1").arg(DisplayFormat::money(m_plan.refundTotals())));
    m_refundTotal->setVisible(!m_plan.refunds.isEmpty());
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
    if (const int kept = m_plan.keptActedOnCount(); kept > 0)
        reasons << KeepTags::confirmationReason(kept);
    if (const int lifted = m_plan.liftedCount(); lifted > 0)
        reasons << ProtectionLift::confirmationReason(lifted);
    m_phraseReason->setText(tr("Why: %1").arg(reasons.join(u' ')));
    m_phrase->setPlaceholderText(phrase);

    m_emptyExplanation->setText(
        release ? tr("None of the selected instances can be released; the reasons are listed under Blocked. "
                     "Nothing will be sent.")
                : tr("None of the selected instances can be returned; the reasons are listed under Blocked. "
                     "Nothing will be sent."));
    updateConfirm();
}

void TeardownDialog::updateConfirm()
{
    const bool can = canConfirm();
    m_confirm->setEnabled(can);
    // Enter confirms only what was typed out; otherwise it is the safe way out.
    const bool enterConfirms = can && m_plan.requiresTypedConfirmation();
    m_confirm->setDefault(enterConfirms);
    m_cancel->setDefault(!enterConfirms && !m_cancel->isHidden());
    m_close->setDefault(!m_close->isHidden());
}
