#pragma once

#include "Instance.h"

#include <QColor>

// The colours the instance table gives a state, in one place: the status text and the markers
// (InstanceMarkers) both take theirs from here. Each colour has a variant for a light background and
// one for a dark one, and the background the table is drawn on chooses between them (toneFor), so
// the status keeps its contrast in the Fusion dark palette as in the light one: every colour is at
// least 4.5:1 (WCAG AA for text) against Fusion's Base and AlternateBase in its tone.
namespace LifecyclePalette {

// Of the background.
enum class Tone { Light, Dark };

// Dark when light text contrasts more with the background than dark text does.
Tone toneFor(const QColor& background);
QColor color(Lifecycle lifecycle, Tone tone);
// What says nothing about a state: the charge-type markers, and states that are going nowhere
// (stopped, gone, unknown).
QColor neutral(Tone tone);
// What cannot be undone, and a field that cannot be read: the red of a failed state, so warnings
// keep the same contrast as the statuses in both tones.
QColor warning(Tone tone);

// WCAG 2.x relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double relativeLuminance(const QColor& color);
double contrastRatio(const QColor& a, const QColor& b);

} // namespace LifecyclePalette
