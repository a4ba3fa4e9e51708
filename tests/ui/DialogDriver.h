#pragma once

// Drives the teardown flow's dialogs in the UI tests the way an operator would, and saves what
// they show for the README.

#include "MainWindow.h"
#include "TeardownDialog.h"
#include "TeardownWindows.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <functional>

namespace DialogDriver {

// The window's confirmation dialog once it shows a final plan (its refunds quoted); null when
// none came within the time. Waits on the controller's stage, which the dialog follows.
inline TeardownDialog* finalConfirmation(MainWindow& window, int timeoutMs = 30000)
{
    QSignalSpy staged(&window.teardownWindows().controller(), &TeardownController::stageChanged);
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        TeardownDialog* dialog = window.teardownWindows().confirmation();
        if (dialog && dialog->isVisible() && dialog->isFinal())
            return dialog;
        if (deadline.hasExpired() || !staged.wait(int(deadline.remainingTime())))
            return nullptr;
    }
}

// Types the confirmation phrase when the plan asks for one and clicks confirm; cancels when
// confirming is not possible.
inline void confirm(TeardownDialog& dialog)
{
    const TeardownPlan& plan = dialog.plan();
    if (plan.requiresTypedConfirmation())
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("confirmationPhrase")), plan.confirmationPhrase());
    QPushButton* confirmButton = dialog.findChild<QPushButton*>(QStringLiteral("confirm"));
    if (confirmButton->isEnabled())
        QTest::mouseClick(confirmButton, Qt::LeftButton);
    else
        dialog.reject();
}

// Answers the confirmation the window shows next: checks it with `inspect` once its plan is final,
// then confirms it. False when no dialog came or a check failed.
inline bool answerConfirmation(MainWindow& window, const std::function<void(TeardownDialog&)>& inspect)
{
    TeardownDialog* dialog = finalConfirmation(window);
    if (!dialog)
        return false;
    inspect(*dialog);
    if (QTest::currentTestFailed())
        return false;
    confirm(*dialog);
    return true;
}

// The language screenshots are taken in: TEARDOWN_SCREENSHOT_LANGUAGE, en by default.
inline QString screenshotLanguage()
{
    return qEnvironmentVariable("TEARDOWN_SCREENSHOT_LANGUAGE", QStringLiteral("en"));
}

// With TEARDOWN_SCREENSHOT_DIR set, saves the widget as DIR/NAME-LANGUAGE.png.
inline void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TEARDOWN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget.grab().save(dir + u'/' + name + u'-' + screenshotLanguage() + QStringLiteral(".png"));
}

} // namespace DialogDriver
