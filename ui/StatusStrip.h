#pragma once

#include <QObject>

class ConsoleFleet;
class InstanceFilterProxy;
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class TeardownController;

// What the main window's status bar shows beside its messages: the selection, the run going on
// (a click opens the runs), the listing progress and how many instances are shown.
class StatusStrip : public QObject
{
    Q_OBJECT

public:
    StatusStrip(QStatusBar& bar, ConsoleFleet& fleet, InstanceFilterProxy& proxy, TeardownController& teardown);

    void setSelectionText(const QString& text);
    QString selectionText() const;
    void retranslate();
    void updateCount();

signals:
    void runsRequested();

private:
    void onLoadProgress(int done, int total);
    void updateRunIndicator();

    ConsoleFleet& m_fleet;
    InstanceFilterProxy& m_proxy;
    TeardownController& m_teardown;
    QLabel* m_selection = nullptr;
    QToolButton* m_runIndicator = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_count = nullptr;
};
