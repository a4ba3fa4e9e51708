#include "LifecyclePalette.h"

#include <algorithm>
#include <cmath>

namespace {

struct Pair
{
    QRgb light; // on a light background
    QRgb dark; // on a dark background
};

// Hues as before the dark palette existed (green runs, amber moves, red ends, purple waits in the
// recycle bin); the light variants are dark enough for white, the dark ones light enough for #232323.
constexpr Pair kGreen{0x2e7d32, 0x81c995};
constexpr Pair kAmber{0x9a5b00, 0xf2b84b};
constexpr Pair kRed{0xc62828, 0xf28b82};
constexpr Pair kPurple{0x6a1b9a, 0xd7a6f0};
constexpr Pair kGrey{0x616161, 0xb0b0b0};

Pair pairOf(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Running:
        return kGreen;
    case Lifecycle::Creating:
    case Lifecycle::Transitioning:
        return kAmber;
    case Lifecycle::CreateFailed:
    case Lifecycle::Terminating:
        return kRed;
    case Lifecycle::RecycleBin:
        return kPurple;
    case Lifecycle::Stopped:
    case Lifecycle::Gone:
    case Lifecycle::Unknown:
        break;
    }
    return kGrey;
}

QColor pick(const Pair& pair, LifecyclePalette::Tone tone)
{
    return QColor::fromRgb(tone == LifecyclePalette::Tone::Dark ? pair.dark : pair.light);
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

namespace LifecyclePalette {

Tone toneFor(const QColor& background)
{
    return contrastRatio(background, Qt::white) > contrastRatio(background, Qt::black) ? Tone::Dark : Tone::Light;
}

QColor color(Lifecycle lifecycle, Tone tone)
{
    return pick(pairOf(lifecycle), tone);
}

QColor neutral(Tone tone)
{
    return pick(kGrey, tone);
}

QColor warning(Tone tone)
{
    return pick(kRed, tone);
}

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace LifecyclePalette
