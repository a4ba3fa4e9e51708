#pragma once

#include "TeardownPlan.h"

#include <QDialog>

class ProviderDirectory;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

// Step 3 of the teardown flow (DESIGN.md, "Confirm"): shows a TeardownPlan — what happens to every
// instance, what is blocked and why, the exact calls and the refunds — and collects the operator's
// decision. It renders the plan only; it never decides rules and never sends anything.
//
// Friction grows with risk: the confirm button stays disabled until, when the plan requires it,
// the operator has typed the plan's confirmation phrase exactly. Cancel is the default button and
// has the initial focus, so Enter cancels. A plan with nothing allowed offers only Close.
//
// The options (release addresses, release prepaid data disks) are offered when an account acting
// in the plan supports them. Changing one emits optionsChanged(); the caller re-plans with
// options() and hands the new plan to setPlan().
//
// `providers` must outlive the dialog: it gives the account names and the exact request texts.
class TeardownDialog : public QDialog
{
    Q_OBJECT

public:
    TeardownDialog(const TeardownPlan& plan, const ProviderDirectory& providers, QWidget* parent = nullptr);

    const TeardownPlan& plan() const { return m_plan; }
    // Shows a new plan (e.g. re-planned with other options). The typed phrase is cleared: the
    // operator confirms what is shown, not what was shown before.
    void setPlan(const TeardownPlan& plan);

    // The options as the operator set them; all off unless turned on.
    PlanOptions options() const;
    // Whether the confirm button is enabled: something to send and the phrase typed where needed.
    bool canConfirm() const;

    // Only accepts when canConfirm(); otherwise does nothing.
    void accept() override;

signals:
    void optionsChanged(const PlanOptions& options);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void render();
    void fillItems();
    void fillCalls();
    void updateConfirm();
    void updateCallsVisibility();
    QString accountName(const QString& accountId) const;

    const ProviderDirectory& m_providers;
    TeardownPlan m_plan;
    bool m_offersReleaseAddress = false;
    bool m_offersReleasePrepaidDataDisks = false;

    QLabel* m_headline = nullptr;
    QLabel* m_irreversible = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_production = nullptr;
    QTreeWidget* m_items = nullptr;
    QToolButton* m_showCalls = nullptr;
    QTreeWidget* m_calls = nullptr;
    QLabel* m_refundTotal = nullptr;
    QLabel* m_quoteError = nullptr;
    QCheckBox* m_releaseAddress = nullptr;
    QLabel* m_releaseAddressNote = nullptr;
    QCheckBox* m_releasePrepaidDataDisks = nullptr;
    QLabel* m_releasePrepaidDataDisksNote = nullptr;
    QLabel* m_phrasePrompt = nullptr;
    QLabel* m_phraseReason = nullptr;
    QLineEdit* m_phrase = nullptr;
    QLabel* m_emptyExplanation = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};
