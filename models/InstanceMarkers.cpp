#include "InstanceMarkers.h"

#include "TeardownResources.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPixmap>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMarkers, "teardown.models.markers")

const QIcon& InstanceMarkers::lifecycle(Lifecycle lifecycle, LifecyclePalette::Tone tone) const
{
    std::optional<QIcon>& icon = m_lifecycles[size_t(tone)][size_t(lifecycle)];
    if (!icon)
        icon = render(lifecycleFile(lifecycle), LifecyclePalette::color(lifecycle, tone));
    return *icon;
}

const QIcon& InstanceMarkers::charge(ChargeClass charge, LifecyclePalette::Tone tone) const
{
    std::optional<QIcon>& icon = m_charges[size_t(tone)][size_t(charge)];
    if (!icon) {
        const QString file = chargeFile(charge);
        icon = file.isEmpty() ? QIcon() : render(file, LifecyclePalette::neutral(tone));
    }
    return *icon;
}

void InstanceMarkers::setSelectedColor(const QColor& color)
{
    if (color == m_selectedColor)
        return;
    m_selectedColor = color;
    m_lifecycles = {};
    m_charges = {};
}

QString InstanceMarkers::lifecycleFile(Lifecycle lifecycle)
{
    return u":/icons/markers/state-"_s + lifecycleKey(lifecycle) + u".svg"_s;
}

QString InstanceMarkers::chargeFile(ChargeClass charge)
{
    if (charge == ChargeClass::Other)
        return {};
    return u":/icons/markers/charge-"_s + chargeClassKey(charge) + u".svg"_s;
}

namespace {

// The shape in one colour: the file draws in currentColor.
QImage draw(QByteArray svg, const QColor& color, int size, QString* error)
{
    svg.replace("currentColor", color.name().toLatin1());
    QBuffer buffer(&svg);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull())
        *error = reader.errorString();
    return image;
}

} // namespace

QIcon InstanceMarkers::render(const QString& file, const QColor& color) const
{
    TeardownResources::ensureLoaded();
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly)) {
        qCWarning(lcMarkers) << "no marker" << file;
        return {};
    }
    const QByteArray svg = source.readAll();
    QIcon icon;
    for (const int size : kSizes) {
        QString error;
        const QImage normal = draw(svg, color, size, &error);
        const QImage selected = draw(svg, m_selectedColor, size, &error);
        if (normal.isNull() || selected.isNull()) {
            // Qt's SVG image plugin (libqt6svg6) is missing: the text still says it all.
            qCWarning(lcMarkers) << "cannot draw" << file << error;
            return {};
        }
        icon.addPixmap(QPixmap::fromImage(normal), QIcon::Normal);
        icon.addPixmap(QPixmap::fromImage(selected), QIcon::Selected);
    }
    return icon;
}
