#pragma once

#include "History.h"
#include "UnconfirmedReview.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;
class QTreeWidget;

// Shown at start when an earlier session stopped while destructive calls were on their way
// (History::unconfirmedCalls()): lists them and lets the operator verify the instances, mark the
// calls as reviewed, or decide later.
class UnconfirmedCallsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnconfirmedCallsDialog(History& history, QWidget* parent = nullptr);

    static bool hasUnconfirmed(const History& history);

    const QList<CallRecord>& calls() const { return m_review.calls(); }
    // Every instance id named by the listed calls, once each, in order.
    QStringList instanceIds() const { return m_review.instanceIds(); }

signals:
    // The window should refresh these instances' state.
    void verifyRequested(const QStringList& instanceIds);

public slots:
    void verify();
    void markReviewed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();

    History& m_history;
    UnconfirmedReview m_review;
    QLabel* m_explanation = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_markReviewed = nullptr;
    QPushButton* m_later = nullptr;
};
