#pragma once

#include "DialectInfo.h"

#include <QList>

// The dialects the console was told about, for code that must not know any dialect (core,
// the front ends' forms). Nothing registers itself: static libraries drop self-registering
// initialisers, so providers/directory registers every dialect explicitly (Dialects::registerAll)
// before anything is opened or described, and a test of one dialect library registers that one.
//
// Thread-safe; a dialect is registered once and its descriptor lives as long as the program.
namespace DialectRegistry {
// False (and nothing changes) when the dialect is registered already.
bool add(const DialectInfo& info);
// Null when the dialect is not registered.
const DialectInfo* find(Dialect dialect);
QList<const DialectInfo*> all();
// The entry of a code in any registered dialect's error tables, or null.
const ErrorCatalogEntry* findError(QStringView code);
} // namespace DialectRegistry
