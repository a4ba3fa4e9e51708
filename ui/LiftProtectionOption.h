#pragma once

#include "TeardownPlan.h"

#include <QWidget>

class QCheckBox;
class QLabel;

// The confirmation's offer to lift termination protection first (Tencent Cloud API 3.0): a check
// box for the protected instances it would lift, a second one when some of them are in production
// accounts, a note on what it does, and a note when a dialect of a protected instance cannot lift
// it (its reason from the error catalog). It renders the plan's offer; turning a box on or off is
// an intent (toggled()) that the controller answers with a new plan.
class LiftProtectionOption : public QWidget
{
    Q_OBJECT

public:
    explicit LiftProtectionOption(QWidget* parent = nullptr);

    void setPlan(const TeardownPlan& plan);
    bool liftsProtection() const;
    bool liftsProtectionOnProduction() const;

signals:
    void toggled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QCheckBox* m_lift = nullptr;
    QLabel* m_note = nullptr;
    QCheckBox* m_onProduction = nullptr;
    QLabel* m_unavailable = nullptr;
    TeardownPlan m_plan;
};
