// LifecyclePalette: the status colours keep WCAG AA contrast (4.5:1) on Fusion's light and dark
// palettes, for every state, as the instance table shows them; the tone follows the background;
// the contrast ratio is WCAG's.
#include "InstanceTableModel.h"
#include "LifecyclePalette.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lifecycle)
Q_DECLARE_METATYPE(LifecyclePalette::Tone)

namespace {

// The backgrounds a table row is drawn on: Base, and AlternateBase for every other row.
struct Background
{
    const char* name;
    QColor base;
    QColor alternateBase;
};

// Fusion's palettes: light as Qt 6 makes it on Linux (Window #efefef, Base white, AlternateBase
// between them), dark as Qt 6.5 makes it and DarkPalette copies (Window #323232, Base darker(140)).
// tst_darklook checks the console's own palettes against the same rule.
const Background kFusionLight{"light", QColor(0xff, 0xff, 0xff), QColor(0xf7, 0xf7, 0xf7)};
const Background kFusionDark{"dark", QColor(0x23, 0x23, 0x23), QColor(0x2a, 0x2a, 0x2a)};

const QList<Lifecycle> kLifecycles{Lifecycle::Creating,    Lifecycle::CreateFailed,  Lifecycle::Running,
                                   Lifecycle::Stopped,     Lifecycle::Transitioning, Lifecycle::RecycleBin,
                                   Lifecycle::Terminating, Lifecycle::Gone,          Lifecycle::Unknown};

constexpr double kTextContrast = 4.5; // WCAG 2.1 AA, normal text

Instance instanceIn(Lifecycle lifecycle)
{
    Instance in;
    in.accountId = u"a"_s;
    in.region = u"ap-guangzhou"_s;
    in.id = u"ins-1"_s;
    in.lifecycle = lifecycle;
    in.chargeClass = ChargeClass::Prepaid;
    return in;
}

} // namespace

class LifecyclePaletteTest : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioIsWcags_data();
    void contrastRatioIsWcags();
    void toneFollowsTheBackground_data();
    void toneFollowsTheBackground();
    void statusTextKeepsItsContrast_data();
    void statusTextKeepsItsContrast();
    void neutralMarkersKeepTheirContrast_data();
    void neutralMarkersKeepTheirContrast();
    void everyStateHasAColourOfItsGroup();
};

void LifecyclePaletteTest::contrastRatioIsWcags_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on black") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("same colour") << QColor(0x35, 0x35, 0x35) << QColor(0x35, 0x35, 0x35) << 1.0;
    // The lightest grey that passes AA on white, and the next one, which does not.
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("#777777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("pure red on white") << QColor(Qt::red) << QColor(Qt::white) << 4.0;
}

void LifecyclePaletteTest::contrastRatioIsWcags()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QCOMPARE(qRound(LifecyclePalette::contrastRatio(a, b) * 100), qRound(ratio * 100));
}

void LifecyclePaletteTest::toneFollowsTheBackground_data()
{
    QTest::addColumn<QColor>("background");
    QTest::addColumn<LifecyclePalette::Tone>("tone");
    QTest::newRow("Fusion light base") << kFusionLight.base << LifecyclePalette::Tone::Light;
    QTest::newRow("Fusion light window") << QColor(0xef, 0xef, 0xef) << LifecyclePalette::Tone::Light;
    QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80) << LifecyclePalette::Tone::Light;
    QTest::newRow("Fusion dark base") << kFusionDark.base << LifecyclePalette::Tone::Dark;
    QTest::newRow("Fusion dark window") << QColor(0x32, 0x32, 0x32) << LifecyclePalette::Tone::Dark;
    QTest::newRow("dark blue") << QColor(0x1e, 0x2a, 0x4a) << LifecyclePalette::Tone::Dark;
}

void LifecyclePaletteTest::toneFollowsTheBackground()
{
    QFETCH(QColor, background);
    QFETCH(LifecyclePalette::Tone, tone);
    QCOMPARE(LifecyclePalette::toneFor(background), tone);
}

void LifecyclePaletteTest::statusTextKeepsItsContrast_data()
{
    QTest::addColumn<Lifecycle>("lifecycle");
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("alternateBase");
    for (const Background& background : {kFusionLight, kFusionDark}) {
        for (const Lifecycle lifecycle : kLifecycles) {
            QTest::addRow("%s, %s", qPrintable(lifecycleKey(lifecycle)), background.name)
                << lifecycle << background.base << background.alternateBase;
        }
    }
}

void LifecyclePaletteTest::statusTextKeepsItsContrast()
{
    QFETCH(Lifecycle, lifecycle);
    QFETCH(QColor, base);
    QFETCH(QColor, alternateBase);
    // As the table shows it: the model told the palette the view draws with.
    InstanceTableModel model;
    model.setInstances({instanceIn(lifecycle)});
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternateBase);
    model.setViewPalette(palette);
    const QColor text = model.index(0, InstanceTableModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(text.isValid());
    for (const QColor& background : {base, alternateBase}) {
        const double ratio = LifecyclePalette::contrastRatio(text, background);
        QVERIFY2(ratio >= kTextContrast,
                 qPrintable(u"%1 on %2: %3:1"_s.arg(text.name(), background.name()).arg(ratio)));
    }
}

void LifecyclePaletteTest::neutralMarkersKeepTheirContrast_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("alternateBase");
    QTest::newRow("light") << kFusionLight.base << kFusionLight.alternateBase;
    QTest::newRow("dark") << kFusionDark.base << kFusionDark.alternateBase;
}

void LifecyclePaletteTest::neutralMarkersKeepTheirContrast()
{
    QFETCH(QColor, base);
    QFETCH(QColor, alternateBase);
    const QColor neutral = LifecyclePalette::neutral(LifecyclePalette::toneFor(base));
    for (const QColor& background : {base, alternateBase})
        QVERIFY(LifecyclePalette::contrastRatio(neutral, background) >= kTextContrast);
}

void LifecyclePaletteTest::everyStateHasAColourOfItsGroup()
{
    // States that mean the same for an operator share a colour in both tones; the groups differ.
    for (const LifecyclePalette::Tone tone : {LifecyclePalette::Tone::Light, LifecyclePalette::Tone::Dark}) {
        auto colour = [tone](Lifecycle l) { return LifecyclePalette::color(l, tone); };
        QCOMPARE(colour(Lifecycle::CreateFailed), colour(Lifecycle::Terminating));
        QCOMPARE(colour(Lifecycle::Creating), colour(Lifecycle::Transitioning));
        QCOMPARE(colour(Lifecycle::Stopped), colour(Lifecycle::Unknown));
        QCOMPARE(colour(Lifecycle::Gone), LifecyclePalette::neutral(tone));
        const QList<QColor> groups{colour(Lifecycle::Running), colour(Lifecycle::Creating),
                                   colour(Lifecycle::Terminating), colour(Lifecycle::RecycleBin),
                                   colour(Lifecycle::Stopped)};
        for (qsizetype i = 0; i < groups.size(); ++i) {
            for (qsizetype j = i + 1; j < groups.size(); ++j)
                QVERIFY(groups.at(i) != groups.at(j));
        }
    }
    QVERIFY(LifecyclePalette::color(Lifecycle::Running, LifecyclePalette::Tone::Light)
            != LifecyclePalette::color(Lifecycle::Running, LifecyclePalette::Tone::Dark));
}

QTEST_MAIN(LifecyclePaletteTest)
#include "tst_lifecyclepalette.moc"
