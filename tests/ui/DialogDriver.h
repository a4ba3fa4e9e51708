#pragma once

// Drives the modal dialogs of the UI flow tests the way an operator would, and saves what they show
// for the README.

#include "TeardownDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace DialogDriver {

// Answers the next TeardownDialog once it is up: checks it with `inspect`, types the confirmation
// phrase when the plan asks for one, and confirms (or cancels when confirming is not possible).
inline void confirmNextDialog(const std::function<void(TeardownDialog&)>& inspect, bool* seen)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, inspect, seen] {
        auto* dialog = qobject_cast<TeardownDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        *seen = true;
        inspect(*dialog);
        const TeardownPlan& plan = dialog->plan();
        if (plan.requiresTypedConfirmation())
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmationPhrase")),
                             plan.confirmationPhrase());
        QPushButton* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirm"));
        if (confirm->isEnabled())
            QTest::mouseClick(confirm, Qt::LeftButton);
        else
            dialog->reject();
    });
    poll->start(20);
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
