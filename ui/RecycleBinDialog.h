#pragma once

#include "Instance.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class InstanceFilterProxy;
class InstanceTableModel;
class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

// The recycle bin across all accounts and providers: a non-modal window over the main window's own
// instance model, so it follows every refresh and every run live. It lists the instances the
// providers keep in their recycle bins, soonest auto-release first, with the time each has left.
// It sends nothing itself: "Release permanently…" asks the main window to plan the release.
class RecycleBinDialog : public QDialog
{
    Q_OBJECT

public:
    RecycleBinDialog(InstanceTableModel& model, QWidget* parent = nullptr);
    ~RecycleBinDialog() override;

    // The listed instances, in view order.
    QList<Instance> visibleInstances() const;
    // The selected instances, each once, in view order.
    QList<Instance> selectedInstances() const;

    // "6 d 23 h", "3 h 12 min", "5 min", "released any moment" once the time has passed; empty for
    // an invalid time. Translated.
    static QString timeLeftText(const QDateTime& autoRelease, const QDateTime& now);

    // The column of the view's model that shows the time left (after the instance model's columns).
    static int timeLeftColumn();

signals:
    // The operator wants these released for good; the main window shows the confirmation plan.
    void releaseRequested(QList<Instance> instances);

public slots:
    // Recomputes the time-left texts (also done every minute).
    void refreshTimeLeft();
    void copyIds();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState(); // count, help text, buttons
    void requestRelease();

    InstanceFilterProxy* m_filter = nullptr;
    QAbstractItemModel* m_timeLeft = nullptr; // m_filter plus the "Time left" column
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_help = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_close = nullptr;
    QTimer* m_timer = nullptr;
};
