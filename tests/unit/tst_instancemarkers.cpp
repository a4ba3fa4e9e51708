// InstanceMarkers: every state and charge class has a marker drawn from its SVG in the palette's
// colour for the tone, visible at every size; the shapes differ from one another, so they are told
// apart without colour; and each icon is drawn once.
#include "InstanceMarkers.h"

#include <QFile>
#include <QImage>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lifecycle)
Q_DECLARE_METATYPE(ChargeClass)
Q_DECLARE_METATYPE(LifecyclePalette::Tone)

namespace {

const QList<Lifecycle> kLifecycles{Lifecycle::Creating,    Lifecycle::CreateFailed,  Lifecycle::Running,
                                   Lifecycle::Stopped,     Lifecycle::Transitioning, Lifecycle::RecycleBin,
                                   Lifecycle::Terminating, Lifecycle::Gone,          Lifecycle::Unknown};
const QList<ChargeClass> kMarkedCharges{ChargeClass::Postpaid, ChargeClass::Prepaid, ChargeClass::Spot,
                                        ChargeClass::DedicatedHost};
constexpr LifecyclePalette::Tone kTones[] = {LifecyclePalette::Tone::Light, LifecyclePalette::Tone::Dark};

// Two markers' silhouettes at 16 px differ in at least half as many pixels as the smaller one
// covers, so that they are told apart by shape alone (a disc and a square of the same size differ
// in a fifth; a cross inside a disc in nearly all of the cross).
constexpr double kLeastDifference = 0.5;

const char* toneName(LifecyclePalette::Tone tone)
{
    return tone == LifecyclePalette::Tone::Dark ? "dark" : "light";
}

struct Silhouette
{
    QString name;
    QList<bool> covered; // per pixel of the 16 px icon: mostly covered
};

Silhouette silhouette(const QString& name, const QIcon& icon)
{
    const QImage image = icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    Silhouette shape{name, {}};
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            shape.covered << (qAlpha(image.pixel(x, y)) >= 128);
    }
    return shape;
}

// Pixels covered by one and not the other, per pixel of the smaller shape.
double difference(const Silhouette& a, const Silhouette& b)
{
    int differing = 0;
    for (qsizetype i = 0; i < std::min(a.covered.size(), b.covered.size()); ++i)
        differing += a.covered.at(i) != b.covered.at(i) ? 1 : 0;
    return double(differing) / double(std::min(a.covered.count(true), b.covered.count(true)));
}

void checkEveryPairDiffers(const QList<Silhouette>& shapes)
{
    for (qsizetype i = 0; i < shapes.size(); ++i) {
        QVERIFY2(shapes.at(i).covered.count(true) >= 16, qPrintable(shapes.at(i).name));
        for (qsizetype j = i + 1; j < shapes.size(); ++j) {
            const double part = difference(shapes.at(i), shapes.at(j));
            QVERIFY2(part >= kLeastDifference,
                     qPrintable(u"%1 and %2 differ by %3"_s.arg(shapes.at(i).name, shapes.at(j).name).arg(part)));
        }
    }
}

// Drawn in the expected colour: every fully covered pixel (edges are blended with transparency;
// where a stroke and a fill overlap, rounding moves a channel by one or two); and visible: at least
// as much ink as two lines across the icon.
void checkDrawnIn(const QIcon& icon, const QColor& expected)
{
    constexpr int kRounding = 2;
    for (const int size : InstanceMarkers::kSizes) {
        const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        int ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                ink += qAlpha(pixel);
                if (qAlpha(pixel) < 255)
                    continue;
                const bool near = std::abs(qRed(pixel) - expected.red()) <= kRounding
                    && std::abs(qGreen(pixel) - expected.green()) <= kRounding
                    && std::abs(qBlue(pixel) - expected.blue()) <= kRounding;
                QVERIFY2(near,
                         qPrintable(u"%1 px: %2 at (%3, %4), not %5"_s.arg(size)
                                        .arg(QColor(pixel).name())
                                        .arg(x)
                                        .arg(y)
                                        .arg(expected.name())));
            }
        }
        QVERIFY2(ink / 255 >= 2 * size, qPrintable(u"%1 px: %2 pixels of ink"_s.arg(size).arg(ink / 255)));
    }
}

} // namespace

class InstanceMarkersTest : public QObject
{
    Q_OBJECT

private slots:
    void stateMarkersDrawInTheStatusColour_data();
    void stateMarkersDrawInTheStatusColour();
    void chargeMarkersDrawInTheNeutralColour_data();
    void chargeMarkersDrawInTheNeutralColour();
    void otherChargesHaveNoMarker();
    void stateShapesDiffer();
    void chargeShapesDiffer();
    void selectedRowsShowTheSelectionsTextColour();
    void eachIconIsDrawnOnce();
};

void InstanceMarkersTest::stateMarkersDrawInTheStatusColour_data()
{
    QTest::addColumn<Lifecycle>("lifecycle");
    QTest::addColumn<LifecyclePalette::Tone>("tone");
    for (const LifecyclePalette::Tone tone : kTones) {
        for (const Lifecycle lifecycle : kLifecycles)
            QTest::addRow("%s, %s", qPrintable(lifecycleKey(lifecycle)), toneName(tone)) << lifecycle << tone;
    }
}

void InstanceMarkersTest::stateMarkersDrawInTheStatusColour()
{
    QFETCH(Lifecycle, lifecycle);
    QFETCH(LifecyclePalette::Tone, tone);
    const QIcon icon = InstanceMarkers().lifecycle(lifecycle, tone);
    QVERIFY2(QFile::exists(InstanceMarkers::lifecycleFile(lifecycle)),
             qPrintable(InstanceMarkers::lifecycleFile(lifecycle)));
    QVERIFY(!icon.isNull());
    checkDrawnIn(icon, LifecyclePalette::color(lifecycle, tone));
}

void InstanceMarkersTest::chargeMarkersDrawInTheNeutralColour_data()
{
    QTest::addColumn<ChargeClass>("charge");
    QTest::addColumn<LifecyclePalette::Tone>("tone");
    for (const LifecyclePalette::Tone tone : kTones) {
        for (const ChargeClass charge : kMarkedCharges)
            QTest::addRow("%s, %s", qPrintable(chargeClassKey(charge)), toneName(tone)) << charge << tone;
    }
}

void InstanceMarkersTest::chargeMarkersDrawInTheNeutralColour()
{
    QFETCH(ChargeClass, charge);
    QFETCH(LifecyclePalette::Tone, tone);
    const QIcon icon = InstanceMarkers().charge(charge, tone);
    QVERIFY2(QFile::exists(InstanceMarkers::chargeFile(charge)), qPrintable(InstanceMarkers::chargeFile(charge)));
    QVERIFY(!icon.isNull());
    checkDrawnIn(icon, LifecyclePalette::neutral(tone));
}

void InstanceMarkersTest::otherChargesHaveNoMarker()
{
    QVERIFY(InstanceMarkers::chargeFile(ChargeClass::Other).isEmpty());
    for (const LifecyclePalette::Tone tone : kTones)
        QVERIFY(InstanceMarkers().charge(ChargeClass::Other, tone).isNull());
}

void InstanceMarkersTest::stateShapesDiffer()
{
    const InstanceMarkers markers;
    QList<Silhouette> shapes;
    for (const Lifecycle lifecycle : kLifecycles)
        shapes << silhouette(lifecycleKey(lifecycle), markers.lifecycle(lifecycle, LifecyclePalette::Tone::Light));
    checkEveryPairDiffers(shapes);
}

void InstanceMarkersTest::chargeShapesDiffer()
{
    const InstanceMarkers markers;
    QList<Silhouette> shapes;
    for (const ChargeClass charge : kMarkedCharges)
        shapes << silhouette(chargeClassKey(charge), markers.charge(charge, LifecyclePalette::Tone::Dark));
    checkEveryPairDiffers(shapes);
}

void InstanceMarkersTest::selectedRowsShowTheSelectionsTextColour()
{
    InstanceMarkers markers;
    QCOMPARE(markers.selectedColor(), QColor(Qt::white)); // Fusion's, light and dark
    auto centre = [&markers](QIcon::Mode mode) {
        return markers.lifecycle(Lifecycle::Running, LifecyclePalette::Tone::Light)
            .pixmap(16, 16, mode)
            .toImage()
            .pixelColor(8, 8);
    };
    QCOMPARE(centre(QIcon::Normal), LifecyclePalette::color(Lifecycle::Running, LifecyclePalette::Tone::Light));
    QCOMPARE(centre(QIcon::Selected), QColor(Qt::white));
    // A theme whose selection has dark text: the kept icons are drawn again.
    markers.setSelectedColor(QColor(0x20, 0x20, 0x20));
    QCOMPARE(centre(QIcon::Selected), QColor(0x20, 0x20, 0x20));
    QCOMPARE(centre(QIcon::Normal), LifecyclePalette::color(Lifecycle::Running, LifecyclePalette::Tone::Light));
}

void InstanceMarkersTest::eachIconIsDrawnOnce()
{
    const InstanceMarkers markers;
    const QIcon& first = markers.lifecycle(Lifecycle::Running, LifecyclePalette::Tone::Light);
    // The same object, not a new rendering: data() only copies it.
    QCOMPARE(&markers.lifecycle(Lifecycle::Running, LifecyclePalette::Tone::Light), &first);
    QCOMPARE(markers.lifecycle(Lifecycle::Running, LifecyclePalette::Tone::Light).cacheKey(), first.cacheKey());
    QVERIFY(markers.lifecycle(Lifecycle::Running, LifecyclePalette::Tone::Dark).cacheKey() != first.cacheKey());
    const QIcon& spot = markers.charge(ChargeClass::Spot, LifecyclePalette::Tone::Light);
    QCOMPARE(&markers.charge(ChargeClass::Spot, LifecyclePalette::Tone::Light), &spot);
}

QTEST_MAIN(InstanceMarkersTest)
#include "tst_instancemarkers.moc"
