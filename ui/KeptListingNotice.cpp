#include "KeptListingNotice.h"

#include "ConsoleFleet.h"
#include "DisplayFormat.h"
#include "DurationText.h"

#include <QEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

KeptListingNotice::KeptListingNotice(const ConsoleFleet& fleet, AccountNames names, QWidget* parent)
    : QLabel(parent)
    , m_fleet(fleet)
    , m_names(std::move(names))
{
    setObjectName(u"keptListingNotice"_s);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(u"QLabel { background: #e8f1fb; color: #0b2f57; border: 1px solid #9cbfe6; padding: 6px; }"_s);
    m_ageTimer.setInterval(30'000);
    connect(&m_ageTimer, &QTimer::timeout, this, &KeptListingNotice::updateText);
    connect(&m_fleet, &ConsoleFleet::keptListingsChanged, this, &KeptListingNotice::updateText);
    connect(&m_fleet, &ConsoleFleet::loadProgress, this, &KeptListingNotice::updateText);
    connect(&m_fleet, &ConsoleFleet::loadFinished, this, &KeptListingNotice::updateText);
    updateText();
}

void KeptListingNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QLabel::changeEvent(event);
}

void KeptListingNotice::updateText()
{
    const QHash<QString, QDateTime> kept = m_fleet.keptListings();
    setVisible(!kept.isEmpty());
    if (kept.isEmpty()) {
        m_ageTimer.stop();
        return;
    }
    if (!m_ageTimer.isActive())
        m_ageTimer.start();

    QStringList accounts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        const qint64 age = std::max<qint64>(0, it.value().secsTo(now));
        accounts << tr("%1, listed %2 ago (%3)")
                        .arg(m_names(it.key()), DurationText::format(age), DisplayFormat::time(it.value()));
    }
    accounts.sort();
    const QString state = m_fleet.isLoading() ? tr("They are being listed again now.")
                                              : tr("They could not be listed again yet: refresh to try again.");
    setText(tr("Rows in italics are from the last listing kept on this computer, not refreshed yet: %1. %2 "
               "Returning or releasing them reads each one from the provider first.")
                .arg(accounts.join(u"; "_s), state));
}
