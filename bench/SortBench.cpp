#include "BenchSections.h"

#include "BenchSupport.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

void benchSort(InstanceTableModel* model, const QList<Instance>& fleet)
{
    print(u"Sorting 100k rows through InstanceFilterProxy: a fresh proxy sorts ascending, then descending"_s);
    Timing worst;
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        std::vector<Timing> ascending;
        std::vector<Timing> descending;
        for (int i = 0; i < kRuns; ++i) {
            InstanceFilterProxy proxy;
            proxy.setSourceModel(model);
            touch(proxy);
            ascending.push_back(measure([&] {
                proxy.sort(column, Qt::AscendingOrder);
                touch(proxy);
            }));
            descending.push_back(measure([&] {
                proxy.sort(column, Qt::DescendingOrder);
                touch(proxy);
            }));
        }
        const Timing a = median(ascending);
        const Timing d = median(descending);
        for (const Timing& t : {a, d}) {
            if (t.wall > worst.wall)
                worst = t;
        }
        print(u"  %1 ascending %2, descending %3"_s.arg(columnName(column), -11).arg(ms(a), ms(d)));
    }
    // The tie-break order (account, id) is computed once per change of rows and shared by all
    // columns; the first sort after a load pays for it.
    std::unique_ptr<InstanceTableModel> m;
    std::unique_ptr<InstanceFilterProxy> proxy;
    const Timing first = medianOf(
        kRuns,
        [&] {
            proxy.reset();
            m = std::make_unique<InstanceTableModel>();
            m->setInstances(fleet);
            proxy = std::make_unique<InstanceFilterProxy>();
            proxy->setSourceModel(m.get());
            touch(*proxy);
        },
        [&] {
            proxy->sort(InstanceTableModel::NameColumn);
            touch(*proxy);
        });
    if (first.wall > worst.wall)
        worst = first;
    print(u"  first sort after a load (Name, with the tie-break order): %1"_s.arg(ms(first)));
    print(u"  slowest: %1  %2"_s.arg(ms(worst), verdict(worst, 300)));
    // Why names compare case-insensitively by code unit: the same 100k names sorted alone with
    // locale collation (what QString::localeAwareCompare uses, here with explicit locales: under
    // the C locale it falls back to a plain comparison), once each.
    QStringList names;
    for (const Instance& in : std::as_const(fleet))
        names << in.name;
    QStringList parts;
    for (const QLocale& locale :
         {QLocale(QLocale::Chinese, QLocale::China), QLocale(QLocale::English, QLocale::UnitedStates)}) {
        QStringList copy = names;
        const QCollator collator(locale);
        const Timing t = measure([&] {
            std::sort(copy.begin(), copy.end(),
                      [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
        });
        parts << u"collation %1 %2"_s.arg(locale.name(), ms(t));
    }
    QStringList copy = names;
    const Timing folded = measure([&] {
        std::sort(copy.begin(), copy.end(),
                  [](const QString& a, const QString& b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    });
    parts << u"QString::compare(Qt::CaseInsensitive) %1"_s.arg(ms(folded));
    print(u"  (std::sort of the 100k names alone: %1)"_s.arg(parts.join(u", "_s)));
    print({});
}
