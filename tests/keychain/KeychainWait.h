#pragma once

// Waits for a keychain job's answer in the keychain tests: the event loop runs until the answer is
// delivered (or 20 s pass, which fails the job), with no polling.

#include "CredentialStore.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>

namespace fixture {

inline SecretResult waitForKeychain(const std::function<void(QObject*, CredentialStore::Done)>& start)
{
    SecretResult result;
    bool answered = false;
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    QObject context;
    start(&context, [&](const SecretResult& r) {
        result = r;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (!answered)
        result = {SecretResult::Status::Failed, {}, QStringLiteral("the keychain did not answer in 20 s")};
    return result;
}

} // namespace fixture
