#pragma once

#include <QPalette>

// The console's dark look, for `teardown-console --dark`: the Fusion style with the dark palette Qt
// gives Fusion from 6.5 on when the desktop asks for dark. Qt 6.4 (Debian 12's) has none, and
// follows the desktop only through a platform theme that may not be installed; this makes the dark
// look available everywhere, for operators and for screenshots.
namespace DarkPalette {

QPalette fusion();
// The Fusion style and fusion() for the whole application; call before the first window is shown.
void apply();

} // namespace DarkPalette
