#pragma once

#include "AccountNames.h"
#include "TeardownPlan.h"

#include <QWidget>

class QToolButton;
class QTreeWidget;

// A TeardownPlan as two lists: every instance grouped by what will happen to it (the irreversible
// group first, the blocked ones last with their reason), and the exact calls, folded away until
// asked for. It renders the plan; it decides nothing.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(AccountNames names, QWidget* parent = nullptr);

    void setPlan(const TeardownPlan& plan);
    void retranslate();

    QTreeWidget* items() const { return m_items; }
    QTreeWidget* calls() const { return m_calls; }

private:
    void fillItems();
    void fillCalls();
    void updateCallsVisibility();

    AccountNames m_names;
    TeardownPlan m_plan;
    QTreeWidget* m_items = nullptr;
    QToolButton* m_showCalls = nullptr;
    QTreeWidget* m_calls = nullptr;
};
