#pragma once

#include "History.h"
#include "UnconfirmedReview.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;
class QTreeWidget;

// Shown at start when an earlier session stopped while destructive calls were on their way
// (History::unconfirmedCalls()): lists them and lets the operator verify the instances, mark the
// calls as reviewed, or decide later. Verifying is the window's to run (UnconfirmedVerification);
// the dialog shows that it runs and then what each call's instances showed.
class UnconfirmedCallsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnconfirmedCallsDialog(History& history, QWidget* parent = nullptr);

    static bool hasUnconfirmed(const History& history);

    const QList<CallRecord>& calls() const { return m_review.calls(); }
    // Every instance id named by the listed calls, once each, in order.
    QStringList instanceIds() const { return m_review.instanceIds(); }

    // A verification runs: the buttons wait for its findings.
    void showVerifying();
    // What re-reading each call's instances found (by CallRecord::id), and how many calls are
    // still unconfirmed; `recordingProblem` when the history could not record the findings.
    void showFindings(const QHash<qint64, CallFinding>& findings, int remaining, const QString& recordingProblem);

signals:
    // The window should read these instances again and record what they show.
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
    QHash<qint64, CallFinding> m_findings;
    int m_remaining = -1; // -1: not verified yet
    QLabel* m_explanation = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_markReviewed = nullptr;
    QPushButton* m_later = nullptr;
};
