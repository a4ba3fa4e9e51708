#include "FilterBar.h"

#include "InstanceFilterProxy.h"
#include "LifecyclePalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

const QList<Lifecycle> kFilterableLifecycles{Lifecycle::Running,    Lifecycle::Stopped,      Lifecycle::Transitioning,
                                             Lifecycle::Creating,   Lifecycle::CreateFailed, Lifecycle::RecycleBin,
                                             Lifecycle::Terminating};
const QList<ChargeClass> kFilterableCharges{ChargeClass::Postpaid, ChargeClass::Prepaid, ChargeClass::Spot,
                                            ChargeClass::DedicatedHost, ChargeClass::Other};

// A field whose text cannot be read is marked, with the reason as its tooltip; otherwise the
// tooltip says what the field takes.
void markProblem(QLineEdit* field, const QString& problem, const QString& help)
{
    const QColor red = LifecyclePalette::warning(LifecyclePalette::toneFor(field->palette().color(QPalette::Base)));
    field->setStyleSheet(problem.isEmpty() ? QString() : u"QLineEdit { border: 1px solid %1; }"_s.arg(red.name()));
    field->setToolTip(problem.isEmpty() ? help : problem);
    field->setAccessibleDescription(problem.isEmpty() ? help : problem);
}

} // namespace

FilterBar::FilterBar(InstanceFilterProxy& proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    m_search = new QLineEdit;
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_tags = new QLineEdit;
    m_tags->setObjectName(u"tagFilter"_s);
    m_age = new QLineEdit;
    m_age->setObjectName(u"ageFilter"_s);
    for (QLineEdit* field : {m_tags, m_age}) {
        field->setClearButtonEnabled(true);
        field->installEventFilter(this);
        connect(field, &QLineEdit::textChanged, this, &FilterBar::apply);
    }
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_chargeFilter = new QComboBox;
    m_chargeFilter->setObjectName(u"chargeFilter"_s);
    // Wide enough for their longest entry in the current language ("All charge types").
    for (QComboBox* box : {m_stateFilter, m_chargeFilter})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_recycleOnly = new QCheckBox;
    m_recycleOnly->setObjectName(u"recycleBinOnly"_s);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::apply);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_chargeFilter, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_recycleOnly, &QCheckBox::toggled, this, &FilterBar::apply);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Room is shared, the search box first; on a small screen the examples may be cut short, and
    // the tooltips say them whole.
    layout->addWidget(m_search, 3);
    layout->addWidget(m_tags, 2);
    layout->addWidget(m_age, 2);
    layout->addWidget(m_stateFilter);
    layout->addWidget(m_chargeFilter);
    layout->addWidget(m_recycleOnly);
    retranslateUi();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setWindowShortcuts(const QList<QKeySequence>& shortcuts)
{
    m_windowShortcuts = shortcuts;
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    const bool textField = watched == m_search || watched == m_tags || watched == m_age;
    if (textField && event->type() == QEvent::ShortcutOverride) {
        // Left unaccepted, the key goes on to the window's shortcut instead of the line edit.
        const auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(key->keyCombination());
        if (m_windowShortcuts.contains(pressed))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search id, name, IP or tag (Ctrl+F)"));
    m_recycleOnly->setText(tr("Recycle bin only"));
    m_tags->setPlaceholderText(tr("Tags: env=dev"));
    m_age->setPlaceholderText(tr("Older than: 7d"));
    m_tagHelp = tr("Only instances with these tags: KEY or KEY=VALUE, separated by commas, all must match; "
                   "!KEY or !KEY=VALUE leaves out instances with that tag.");
    m_ageHelp = tr("Only instances created longer ago than an age (90m, 36h, 7d, 2w), before a date "
                   "(2024-06-01, UTC), or in a range of dates (2024-06-01..2024-07-01, 2024-06-01.., ..2024-07-01).");
    m_searchHelp = tr("Finds the words in the id, name, IP addresses or tags. A glob (ci-*, web-0?) or a regular "
                      "expression between slashes (/^tmp-[0-9]+$/) selects by name instead.");
    readSelection(); // the tooltips, and any problem, in the new language

    const QSignalBlocker blockState(m_stateFilter);
    const QSignalBlocker blockCharge(m_chargeFilter);
    const int stateIndex = std::max(0, m_stateFilter->currentIndex());
    const int chargeIndex = std::max(0, m_chargeFilter->currentIndex());
    m_stateFilter->clear();
    m_stateFilter->addItem(tr("All states"), -1);
    for (const Lifecycle l : kFilterableLifecycles)
        m_stateFilter->addItem(lifecycleLabel(l), int(l));
    m_chargeFilter->clear();
    m_chargeFilter->addItem(tr("All charge types"), -1);
    for (const ChargeClass c : kFilterableCharges)
        m_chargeFilter->addItem(chargeClassLabel(c), int(c));
    m_stateFilter->setCurrentIndex(stateIndex);
    m_chargeFilter->setCurrentIndex(chargeIndex);
}

void FilterBar::apply()
{
    // A glob or /regular expression/ in the search field selects by name instead of finding words.
    m_proxy.setSearchText(NamePattern::isPatternLike(m_search->text()) ? QString() : m_search->text());
    const int state = m_stateFilter->currentData().toInt();
    m_proxy.setStatusFilter(state < 0 ? QList<Lifecycle>() : QList<Lifecycle>{Lifecycle(state)});
    const int charge = m_chargeFilter->currentData().toInt();
    m_proxy.setChargeFilter(charge < 0 ? QList<ChargeClass>() : QList<ChargeClass>{ChargeClass(charge)});
    m_proxy.setRecycleBinOnly(m_recycleOnly->isChecked());
    m_proxy.setSelectionFilter(readSelection());
    emit filtersChanged();
}

SelectionFilter FilterBar::readSelection()
{
    SelectionFilter tags;
    m_tagProblem.clear();
    if (!tags.addTagList(m_tags->text(), &m_tagProblem))
        tags = {};
    SelectionFilter age;
    m_ageProblem.clear();
    if (!m_age->text().trimmed().isEmpty() && !age.setAge(m_age->text(), &m_ageProblem))
        age = {};
    markProblem(m_tags, m_tagProblem, m_tagHelp);
    markProblem(m_age, m_ageProblem, m_ageHelp);

    m_searchProblem.clear();
    std::optional<NamePattern> name;
    if (NamePattern::isPatternLike(m_search->text()))
        name = NamePattern::parse(m_search->text().trimmed(), &m_searchProblem);
    markProblem(m_search, m_searchProblem, m_searchHelp);

    SelectionFilter selection = tags;
    selection.olderThanSeconds = age.olderThanSeconds;
    selection.createdBefore = age.createdBefore;
    selection.createdAfter = age.createdAfter;
    if (name)
        selection.names = {*name};
    return selection;
}
