#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class TeardownController;
class TeardownRun;

// View → Runs: every run since the console started, the running ones first in mind — when it
// started, what it does, how far it is — and a way to open any run's window again.
class RunsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RunsDialog(TeardownController& controller, QWidget* parent = nullptr);

    int runCount() const; // for tests: rows listed

signals:
    void openRequested(TeardownRun* run);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void addRun(TeardownRun* run);
    void updateRun(TeardownRun* run);
    void openCurrent();

    TeardownController& m_controller;
    QLabel* m_intro = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
};
