#pragma once

// The icons compiled into the console (teardown.qrc). A static library's resources must be
// initialised by name before they are read, or the linker drops them: every reader calls this first.
namespace TeardownResources {

void ensureLoaded();

} // namespace TeardownResources
