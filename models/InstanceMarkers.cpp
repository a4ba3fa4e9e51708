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

QIcon InstanceMarkers::render(const QString& file, const QColor& color)
{
    TeardownResources::ensureLoaded();
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly)) {
        qCWarning(lcMarkers) << "no marker" << file;
        return {};
    }
    // The file draws in currentColor; the palette's colour for this tone replaces it.
    QByteArray svg = source.readAll().replace("currentColor", color.name().toLatin1());
    QIcon icon;
    for (const int size : kSizes) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            // Qt's SVG image plugin (libqt6svg6) is missing: the text still says it all.
            qCWarning(lcMarkers) << "cannot draw" << file << reader.errorString();
            return {};
        }
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}
