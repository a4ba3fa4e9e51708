#pragma once

#include "AccountNames.h"
#include "PlanFile.h"
#include "TeardownPlan.h"

#include <QDialog>

#include <optional>

class KeepTagsOption;
class LiftProtectionOption;
class PlanView;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Step 3 of the teardown flow (DESIGN.md, "Confirm"): shows the TeardownController's plan — what
// happens to every instance, what is blocked and why, the exact calls and the refunds — and sends
// the operator's decision back. It renders the plan only; it never decides rules and never sends.
//
// Friction grows with risk: confirming needs the plan to be final (the refund quotes are in) and,
// when the plan requires it, the confirmation phrase typed exactly. Cancel is the default button
// until then, so Enter leaves without sending; once the phrase matches, Enter confirms.
//
// The options (release addresses, release prepaid data disks) are offered when the plan says an
// account acting in it understands them; ignoring keep tags when it has instances tagged to be
// kept; lifting termination protection when it has protected instances whose protection can be
// lifted (and separately for production accounts). Changing one emits optionsChanged(); the
// controller re-plans and the new plan arrives through setPlan().
//
// Save plan… writes the plan shown to a file for someone to review and execute later (the
// controller writes it; see docs/plan-format.md). A plan opened from such a file says who planned it,
// on which machine, when and how long ago; its options are the file's.
class TeardownDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeardownDialog(AccountNames names, QWidget* parent = nullptr);

    // Shows a plan. `final` is false while refund quotes are on their way. The typed phrase is
    // cleared when the phrase changes: the operator confirms what is shown, not what was shown.
    void setPlan(const TeardownPlan& plan, int revision, bool final);
    // Where the plan shown was saved, when it was opened from a file; empty for a plan made here.
    void setOrigin(const std::optional<PlanOrigin>& origin);
    // The plan shown is of instances shown from a kept listing, which are being read again.
    void setReadingKeptAgain(bool reading);
    const TeardownPlan& plan() const { return m_plan; }
    int revision() const { return m_revision; }
    bool isFinal() const { return m_final; }

    // The options as the operator set them; all off unless turned on.
    PlanOptions options() const;
    // Whether the confirm button is enabled: a final plan with something to send, and the phrase
    // typed where needed.
    bool canConfirm() const;

    // Emits confirmed() when canConfirm(); otherwise does nothing. The dialog stays open until
    // whoever shows it closes it.
    void accept() override;

signals:
    void optionsChanged(const PlanOptions& options);
    void confirmed(int revision);
    // The operator chose where to save the plan of this revision.
    void saveRequested(const QString& path, int revision);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void colourIrreversible();
    void render();
    QString summaryText() const;
    QString waitingText() const; // what the plan is waiting for, while it is not final
    void updateConfirm();
    void chooseSaveFile();

    AccountNames m_names;
    TeardownPlan m_plan;
    int m_revision = 0;
    bool m_final = false;
    std::optional<PlanOrigin> m_origin;
    bool m_readingKeptAgain = false;

    QLabel* m_headline = nullptr;
    QLabel* m_originLabel = nullptr;
    QLabel* m_irreversible = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_production = nullptr;
    QLabel* m_expiringCredentials = nullptr;
    PlanView* m_planView = nullptr;
    QLabel* m_refundTotal = nullptr;
    QLabel* m_quoteError = nullptr;
    QLabel* m_quoting = nullptr;
    QCheckBox* m_releaseAddress = nullptr;
    QLabel* m_releaseAddressNote = nullptr;
    QCheckBox* m_releasePrepaidDataDisks = nullptr;
    QLabel* m_releasePrepaidDataDisksNote = nullptr;
    KeepTagsOption* m_keepTags = nullptr;
    LiftProtectionOption* m_liftProtection = nullptr;
    QLabel* m_phrasePrompt = nullptr;
    QLabel* m_phraseReason = nullptr;
    QLineEdit* m_phrase = nullptr;
    QLabel* m_emptyExplanation = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_save = nullptr;
};
