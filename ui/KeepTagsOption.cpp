#include "KeepTagsOption.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

KeepTagsOption::KeepTagsOption(QWidget* parent)
    : QWidget(parent)
{
    m_box = new QCheckBox;
    m_box->setObjectName(u"ignoreKeepTags"_s);
    m_note = new QLabel;
    m_note->setObjectName(u"ignoreKeepTagsNote"_s);
    m_note->setWordWrap(true);
    m_note->setIndent(24); // under the check box's text
    m_note->setForegroundRole(QPalette::PlaceholderText);
    connect(m_box, &QCheckBox::toggled, this, &KeepTagsOption::toggled);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_note);
    retranslateUi();
}

void KeepTagsOption::setPlan(const TeardownPlan& plan)
{
    m_tagged =
        int(std::count_if(plan.items.cbegin(), plan.items.cend(), [](const PlanItem& i) { return i.keptByTag; }));
    {
        const QSignalBlocker block(m_box);
        m_box->setChecked(plan.offersIgnoreKeepTags && plan.options.ignoreKeepTags);
    }
    setVisible(plan.offersIgnoreKeepTags);
    retranslateUi();
}

bool KeepTagsOption::ignoresKeepTags() const
{
    return !isHidden() && m_box->isChecked();
}

void KeepTagsOption::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void KeepTagsOption::retranslateUi()
{
    m_box->setText(
        tr("Ignore the keep tags (teardown:keep, teardown:keep-until) of %n instance(s)", nullptr, m_tagged));
    m_note->setText(tr("Off: instances tagged to be kept stay blocked. On: they are planned like the others, and "
                       "confirming needs the typed number."));
}
