#include "BenchSections.h"

#include "BenchSupport.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

void benchSearch(InstanceTableModel* model)
{
    print(u"Typing a search keystroke by keystroke, then erasing it (proxy sorted by name)"_s);
    const QStringList words{u"ins-"_s, u"10.1"_s, u"prod"_s, u"支付"_s};
    Timing worst;
    QString worstWhat;
    {
        InstanceFilterProxy proxy;
        proxy.setSourceModel(model);
        proxy.sort(InstanceTableModel::NameColumn);
        touch(proxy);
        for (const QString& word : words) {
            std::vector<std::vector<Timing>> perKey(size_t(word.size() + 1));
            std::vector<int> shown(size_t(word.size() + 1));
            for (int i = 0; i < kRuns; ++i) {
                for (qsizetype k = 0; k <= word.size(); ++k) {
                    // Keystrokes 1..n type the word; the last one erases it (backspace to empty).
                    const QString text = k < word.size() ? word.left(k + 1) : QString();
                    perKey[size_t(k)].push_back(measure([&] {
                        proxy.setSearchText(text);
                        touch(proxy);
                    }));
                    shown[size_t(k)] = proxy.rowCount();
                }
            }
            QStringList parts;
            for (qsizetype k = 0; k <= word.size(); ++k) {
                const Timing t = median(perKey[size_t(k)]);
                const QString what = k < word.size() ? u"\"%1\""_s.arg(word.left(k + 1)) : u"erased"_s;
                parts << u"%1 %2 ms (%3 rows)"_s.arg(what).arg(t.wall, 0, 'f', 1).arg(shown[size_t(k)]);
                if (t.wall > worst.wall) {
                    worst = t;
                    worstWhat = what;
                }
            }
            print(u"  "_s + parts.join(u", "_s));
        }
        // A keystroke right after a few instances changed state: their ranks are stale and
        // they compare directly.
        int i = 0;
        const Timing afterChange = medianOf(
            kRuns,
            [&] {
                proxy.setSearchText({});
                model->updateState(model->instanceAt(i * 7).key(), u"STOPPED"_s, Lifecycle::Stopped);
                ++i;
            },
            [&] {
                proxy.setSearchText(u"i"_s);
                touch(proxy);
            });
        print(u"  \"i\" right after an instance changed state: %1"_s.arg(ms(afterChange)));
        proxy.setSearchText({});
    }
    {
        InstanceFilterProxy proxy;
        proxy.setSourceModel(model);
        touch(proxy);
        std::vector<Timing> all;
        for (int i = 0; i < kRuns; ++i) {
            for (const QString& word : words) {
                for (qsizetype k = 0; k <= word.size(); ++k) {
                    const QString text = k < word.size() ? word.left(k + 1) : QString();
                    all.push_back(measure([&] {
                        proxy.setSearchText(text);
                        touch(proxy);
                    }));
                }
            }
        }
        const auto slowest =
            std::max_element(all.begin(), all.end(), [](const Timing& a, const Timing& b) { return a.wall < b.wall; });
        print(u"  unsorted proxy: slowest keystroke of all runs %1"_s.arg(ms(*slowest)));
    }
    print(u"  slowest keystroke (median): %1 %2  %3"_s.arg(worstWhat, ms(worst), verdict(worst, 50)));
    print({});
}
