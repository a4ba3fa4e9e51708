#pragma once

#include "AccountNames.h"
#include "TeardownPlan.h"

#include <QWidget>

class PlanItemsModel;
class QToolButton;
class QTreeView;
class QTreeWidget;

// A TeardownPlan as two lists: every instance grouped by what will happen to it (the irreversible
// group first, the blocked ones last with their reason), and the exact calls, folded away until
// asked for. It renders the plan; it decides nothing.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(AccountNames names, QWidget* parent = nullptr);

    // Shows the plan; a plan that reads the same as the one shown (a new revision that changed
    // nothing here) leaves the rows as they are (PlanItemsModel::setPlan()).
    void setPlan(const TeardownPlan& plan);

    QTreeView* items() const { return m_items; }
    QTreeWidget* calls() const { return m_calls; }

protected:
    void changeEvent(QEvent* event) override; // the language: every text again

private:
    void retranslate();
    void fillCalls();
    void updateCallsVisibility();

    AccountNames m_names;
    PlanItemsModel* m_model = nullptr;
    QTreeView* m_items = nullptr;
    QToolButton* m_showCalls = nullptr;
    QTreeWidget* m_calls = nullptr;
};
