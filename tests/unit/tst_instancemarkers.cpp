// InstanceMarkers: every state and charge class has a marker drawn from its SVG in the palette's
// colour for the tone, the shapes differ from one another (so they are told apart without colour),
// and each icon is drawn once.
#include "InstanceMarkers.h"

#include <QFile>
#include <QImage>
#include <QTest>

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

const char* toneName(LifecyclePalette::Tone tone)
{
    return tone == LifecyclePalette::Tone::Dark ? "dark" : "light";
}

// The shape at the table's size: which pixels are mostly covered.
QList<bool> silhouette(const QIcon& icon)
{
    const QImage image = icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    QList<bool> covered;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            covered << (qAlpha(image.pixel(x, y)) >= 128);
    }
    return covered;
}

int coveredCount(const QList<bool>& shape)
{
    return int(shape.count(true));
}

int differingPixels(const QList<bool>& a, const QList<bool>& b)
{
    int count = 0;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        count += a.at(i) != b.at(i) ? 1 : 0;
    return count;
}

// Every fully covered pixel is drawn in the expected colour (edges are blended with transparency).
void checkDrawnIn(const QIcon& icon, const QColor& expected)
{
    for (const int size : InstanceMarkers::kSizes) {
        const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) < 255)
                    continue;
                ++opaque;
                QCOMPARE(QColor(pixel).name(), expected.name());
            }
        }
        QVERIFY2(opaque >= size, qPrintable(u"%1 px: %2 opaque pixels"_s.arg(size).arg(opaque)));
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
    // At 16 px, told apart by shape alone: each pair differs in at least a tenth of the square.
    const InstanceMarkers markers;
    for (qsizetype i = 0; i < kLifecycles.size(); ++i) {
        const QList<bool> a = silhouette(markers.lifecycle(kLifecycles.at(i), LifecyclePalette::Tone::Light));
        QVERIFY(coveredCount(a) >= 16);
        for (qsizetype j = i + 1; j < kLifecycles.size(); ++j) {
            const QList<bool> b = silhouette(markers.lifecycle(kLifecycles.at(j), LifecyclePalette::Tone::Light));
            QVERIFY2(differingPixels(a, b) >= 26,
                     qPrintable(u"%1 and %2: %3 pixels differ"_s
                                    .arg(lifecycleKey(kLifecycles.at(i)), lifecycleKey(kLifecycles.at(j)))
                                    .arg(differingPixels(a, b))));
        }
    }
}

void InstanceMarkersTest::chargeShapesDiffer()
{
    const InstanceMarkers markers;
    for (qsizetype i = 0; i < kMarkedCharges.size(); ++i) {
        const QList<bool> a = silhouette(markers.charge(kMarkedCharges.at(i), LifecyclePalette::Tone::Dark));
        QVERIFY(coveredCount(a) >= 16);
        for (qsizetype j = i + 1; j < kMarkedCharges.size(); ++j) {
            const QList<bool> b = silhouette(markers.charge(kMarkedCharges.at(j), LifecyclePalette::Tone::Dark));
            QVERIFY2(differingPixels(a, b) >= 26,
                     qPrintable(u"%1 and %2"_s.arg(chargeClassKey(kMarkedCharges.at(i)),
                                                   chargeClassKey(kMarkedCharges.at(j)))));
        }
    }
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
