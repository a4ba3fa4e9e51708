#pragma once

#include <QCoreApplication>

// The console and teardownctl share settings, accounts and history: both must present the same
// organisation and application name before touching QSettings or QStandardPaths.
namespace AppIdentity {
inline void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TeardownConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("teardown-console.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("teardown-console"));
}
} // namespace AppIdentity
