#include "TeardownResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE names a function of the generated qrc_teardown.cpp; it must be called from outside
// any namespace.
static void initTeardownResources()
{
    Q_INIT_RESOURCE(teardown);
}

namespace TeardownResources {

void ensureLoaded()
{
    [[maybe_unused]] static const bool loaded = (initTeardownResources(), true);
}

} // namespace TeardownResources
