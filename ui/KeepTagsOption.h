#pragma once

#include "TeardownPlan.h"

#include <QWidget>

class QCheckBox;
class QLabel;

// The confirmation's offer to ignore keep tags (teardown:keep, teardown:keep-until): a check box
// and a note, shown only when the plan has instances tagged to be kept. It renders the plan's
// option; turning it on or off is an intent (toggled()) that the controller answers with a new plan.
class KeepTagsOption : public QWidget
{
    Q_OBJECT

public:
    explicit KeepTagsOption(QWidget* parent = nullptr);

    void setPlan(const TeardownPlan& plan);
    bool ignoresKeepTags() const;

signals:
    void toggled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QCheckBox* m_box = nullptr;
    QLabel* m_note = nullptr;
    int m_tagged = 0; // instances of the plan tagged to be kept
};
