#include "LiftProtectionOption.h"

#include "ErrorCatalog.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LiftProtectionOption::LiftProtectionOption(QWidget* parent)
    : QWidget(parent)
{
    m_lift = new QCheckBox;
    m_lift->setObjectName(u"liftProtection"_s);
    m_note = new QLabel;
    m_note->setObjectName(u"liftProtectionNote"_s);
    m_onProduction = new QCheckBox;
    m_onProduction->setObjectName(u"liftProtectionOnProduction"_s);
    m_unavailable = new QLabel;
    m_unavailable->setObjectName(u"liftProtectionUnavailable"_s);
    for (QLabel* note : {m_note, m_unavailable}) {
        note->setWordWrap(true);
        note->setIndent(24); // under the check box's text
        note->setForegroundRole(QPalette::PlaceholderText);
    }
    connect(m_lift, &QCheckBox::toggled, this, &LiftProtectionOption::toggled);
    connect(m_onProduction, &QCheckBox::toggled, this, &LiftProtectionOption::toggled);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lift);
    layout->addWidget(m_onProduction);
    layout->addWidget(m_note);
    layout->addWidget(m_unavailable);
    setPlan(TeardownPlan());
}

void LiftProtectionOption::setPlan(const TeardownPlan& plan)
{
    m_plan = plan;
    {
        const QSignalBlocker blockLift(m_lift);
        const QSignalBlocker blockProduction(m_onProduction);
        m_lift->setChecked(plan.offersLiftProtection && plan.options.liftProtection);
        m_onProduction->setChecked(plan.offersLiftProtectionOnProduction && plan.options.liftProtectionOnProduction);
    }
    m_lift->setVisible(plan.offersLiftProtection);
    m_note->setVisible(plan.offersLiftProtection);
    // Production accounts are asked for separately, and only once lifting is chosen at all.
    m_onProduction->setVisible(plan.offersLiftProtectionOnProduction);
    m_onProduction->setEnabled(m_lift->isChecked());
    m_unavailable->setVisible(!plan.liftProtectionRefusals.isEmpty());
    setVisible(plan.offersLiftProtection || !plan.liftProtectionRefusals.isEmpty());
    retranslateUi();
}

bool LiftProtectionOption::liftsProtection() const
{
    return !isHidden() && !m_lift->isHidden() && m_lift->isChecked();
}

bool LiftProtectionOption::liftsProtectionOnProduction() const
{
    return liftsProtection() && !m_onProduction->isHidden() && m_onProduction->isChecked();
}

void LiftProtectionOption::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LiftProtectionOption::retranslateUi()
{
    // The first box counts what it lifts on its own; production accounts' instances are the second's.
    m_lift->setText(m_plan.liftableCount > 0
                        ? tr("Lift termination protection of %n instance(s) first", nullptr, m_plan.liftableCount)
                        : tr("Lift termination protection first"));
    m_onProduction->setText(
        tr("Also on production accounts: %n instance(s)", nullptr, m_plan.liftableOnProductionCount));
    m_note->setText(tr("Off: protected instances stay blocked. On: their protection is turned off with "
                       "ModifyInstancesAttribute, then they are returned; one whose protection could not be lifted "
                       "is not returned. Confirming needs the typed number."));
    QStringList reasons;
    for (const QString& code : std::as_const(m_plan.liftProtectionRefusals))
        reasons << ErrorCatalog::text(code) + u' ' + ErrorCatalog::advice(code);
    m_unavailable->setText(tr("Some protected instances stay blocked: %1").arg(reasons.join(u' ')));
}
