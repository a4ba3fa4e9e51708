#pragma once

#include "Instance.h"
#include "LifecyclePalette.h"

#include <QColor>
#include <QIcon>
#include <QString>

#include <array>
#include <optional>

// The small shapes the instance table shows beside a state and a charge type: one shape per state
// and one per charge class, so that neither is told by colour alone (colour-blind operators, a dark
// palette). The shapes are SVG (resources/icons/markers) drawn in currentColor; the colour is
// LifecyclePalette's for the tone of the table's background; on a selected row (QIcon::Selected) the
// shape takes the colour of the selection's text instead, as the words do. Each icon is rendered on
// first use and kept, so InstanceTableModel::data() only copies a QIcon.
class InstanceMarkers
{
public:
    const QIcon& lifecycle(Lifecycle lifecycle, LifecyclePalette::Tone tone) const;
    // A null icon for ChargeClass::Other: no shape says "something else".
    const QIcon& charge(ChargeClass charge, LifecyclePalette::Tone tone) const;

    // The colour of text on the selection (QPalette::HighlightedText); white until told.
    void setSelectedColor(const QColor& color);
    QColor selectedColor() const { return m_selectedColor; }

    // The resource each marker is drawn from (empty for ChargeClass::Other).
    static QString lifecycleFile(Lifecycle lifecycle);
    static QString chargeFile(ChargeClass charge);

    // The pixel sizes rendered: the table's 16 px and 24 px, and twice both for high-DPI screens.
    static constexpr std::array kSizes{16, 24, 32, 48};

private:
    static constexpr int kTones = 2;
    static constexpr int kLifecycles = int(Lifecycle::Unknown) + 1;
    static constexpr int kCharges = int(ChargeClass::Other) + 1;

    QIcon render(const QString& file, const QColor& color) const;

    QColor m_selectedColor = Qt::white;

    mutable std::array<std::array<std::optional<QIcon>, kLifecycles>, kTones> m_lifecycles;
    mutable std::array<std::array<std::optional<QIcon>, kCharges>, kTones> m_charges;
};
