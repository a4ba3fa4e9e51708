#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace fixture {

// What teardownctl runs with in a test: the sandbox's Tencent key pair, settings and history in
// `home`, no session token from the machine, and English from the C locale whatever the machine's language.
inline QProcessEnvironment ctlEnvironment(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDSANDBOX"));
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("sandbox-secret-key"));
    env.remove(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    return env;
}

} // namespace fixture
