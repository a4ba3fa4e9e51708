#pragma once

#include "AccountNames.h"

#include <QLabel>
#include <QTimer>

class ConsoleFleet;

// Says which accounts the table shows from the listing kept from an earlier session, how old each
// is, and that those rows (in italics) are not refreshed yet; hidden once every account has listed
// again. The ages move on while it is shown.
class KeptListingNotice : public QLabel
{
    Q_OBJECT

public:
    KeptListingNotice(const ConsoleFleet& fleet, AccountNames names, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateText();

    const ConsoleFleet& m_fleet;
    AccountNames m_names;
    QTimer m_ageTimer;
};
