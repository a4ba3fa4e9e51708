#include "DarkPalette.h"

#include <QApplication>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace DarkPalette {

QPalette fusion()
{
    // The colours of Qt 6.5's Fusion palette for a dark colour scheme (qplatformtheme.cpp), so that
    // the console looks the same with --dark here as on a dark desktop with a newer Qt.
    const QColor windowText(240, 240, 240);
    const QColor window(50, 50, 50);
    const QColor light = window.lighter(150);
    const QColor mid = window.darker(130);
    const QColor dark = window.darker(150);
    const QColor base = window.darker(140);
    const QColor disabledText(130, 130, 130);
    const QColor highlight(48, 140, 198);
    const QColor shadow = dark.darker(135);
    QColor placeholder = windowText;
    placeholder.setAlpha(128);

    // This constructor also makes AlternateBase, between Base and Window.
    QPalette palette(windowText, window, light, dark, mid, windowText, base);
    palette.setBrush(QPalette::Midlight, mid.lighter(110));
    palette.setBrush(QPalette::Button, window);
    palette.setBrush(QPalette::Shadow, shadow);
    palette.setBrush(QPalette::HighlightedText, windowText);
    palette.setBrush(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setBrush(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setBrush(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setBrush(QPalette::Disabled, QPalette::Base, window);
    palette.setBrush(QPalette::Disabled, QPalette::Dark, QColor(209, 209, 209).darker(110));
    palette.setBrush(QPalette::Disabled, QPalette::Shadow, shadow.lighter(150));
    palette.setBrush(QPalette::Active, QPalette::Highlight, highlight);
    palette.setBrush(QPalette::Inactive, QPalette::Highlight, highlight);
    palette.setBrush(QPalette::Disabled, QPalette::Highlight, QColor(145, 145, 145));
    palette.setBrush(QPalette::PlaceholderText, placeholder);
    // Qt's blue links are unreadable on a dark background.
    palette.setBrush(QPalette::Link, highlight);
    palette.setBrush(QPalette::LinkVisited, highlight.lighter(120));
    return palette;
}

void apply()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(fusion());
}

} // namespace DarkPalette
