#pragma once

#include <QString>

#include <functional>

// The name people gave an account, looked up when a view renders, so that a renamed account or a
// change of language (the sandbox's names are translated) shows at once.
using AccountNames = std::function<QString(const QString& accountId)>;
