#pragma once

#include "DialectInfo.h"

#include <QList>

// The one place that collects every dialect's descriptor. Registration is explicit, never a
// static initialiser (the linker drops those from static libraries): ProviderFactory and the
// functions below register on first use, and a front end may call registerAll() first thing.
namespace Dialects {
// Registers every dialect's descriptor and error tables in DialectRegistry. Idempotent and
// thread-safe; cheap after the first call.
void registerAll();
// The dialects an account can be set to, in the order they are offered.
QList<Dialect> supported();
const DialectInfo& info(Dialect dialect);
} // namespace Dialects
