#include "BenchSections.h"

#include "BenchSupport.h"
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

void benchLoad(const QList<Instance>& fleet, const QList<QList<Instance>>& slices)
{
    print(u"Loading 100k rows into the model"_s);
    std::unique_ptr<InstanceTableModel> m;
    auto fresh = [&m] { m = std::make_unique<InstanceTableModel>(); };
    const Timing reset = medianOf(kRuns, fresh, [&] { m->setInstances(fleet); });
    print(u"  setInstances (one reset): %1  %2"_s.arg(ms(reset), verdict(reset, 300)));
    const Timing sliced = medianOf(kRuns, fresh, [&] {
        for (const QList<Instance>& slice : slices)
            m->replaceSlice(slice.constFirst().accountId, slice.constFirst().region, slice);
    });
    print(u"  %1 x replaceSlice (one per account and region): %2  %3"_s.arg(slices.size())
              .arg(ms(sliced), verdict(sliced, 300)));

    print({});
}

void benchLoadBehindProxy(const QList<QList<Instance>>& slices)
{
    // The same through a proxy sorted by name that a view queries after each refresh: each
    // slice of 5,000 is a reset (above the threshold) and the proxy sorts every row again.
    print(u"Loading 100k rows, one account + region at a time, behind a proxy sorted by name"_s);
    std::vector<Timing> perCall;
    Timing total;
    for (int i = 0; i < 3; ++i) {
        InstanceTableModel target;
        InstanceFilterProxy proxy;
        proxy.setSourceModel(&target);
        proxy.sort(InstanceTableModel::NameColumn);
        touch(proxy);
        for (const QList<Instance>& slice : slices) {
            const Timing t = measure([&] {
                target.replaceSlice(slice.constFirst().accountId, slice.constFirst().region, slice);
                touch(proxy);
            });
            perCall.push_back(t);
            total.wall += t.wall / 3;
            total.cpu += t.cpu / 3;
        }
    }
    const auto worst = std::max_element(perCall.begin(), perCall.end(),
                                        [](const Timing& a, const Timing& b) { return a.wall < b.wall; });
    print(u"  %1 x replaceSlice, the proxy queried after each: %2 in all; per call median %3, slowest %4"_s
              .arg(slices.size())
              .arg(ms(total), ms(median(perCall)), ms(*worst)));
    print({});
}

void benchRefresh(InstanceTableModel* model, const QList<Instance>& fleet, const QList<QList<Instance>>& slices)
{
    print(u"Refreshing one account + region of the full table (proxy sorted by name, queried after)"_s);
    {
        InstanceFilterProxy proxy;
        proxy.setSourceModel(model);
        proxy.sort(InstanceTableModel::NameColumn);
        touch(proxy);
        QList<Instance> refresh;
        int round = 0;
        const Timing t = medianOf(
            kRuns,
            [&] {
                // 50 state changes, 5 instances gone, 5 new.
                const QList<Instance>& slice = slices.at(3);
                refresh = model->instances().mid(model->rowOf(slice.constFirst().key()), model->rowCount());
                refresh.erase(std::remove_if(refresh.begin(), refresh.end(),
                                             [&slice](const Instance& in) {
                                                 return in.accountId != slice.constFirst().accountId
                                                     || in.region != slice.constFirst().region;
                                             }),
                              refresh.end());
                for (int c = 0; c < 50; ++c) {
                    Instance& in = refresh[(c * 97 + round) % refresh.size()];
                    const bool running = in.lifecycle == Lifecycle::Running;
                    in.rawState = running ? u"STOPPED"_s : u"RUNNING"_s;
                    in.lifecycle = running ? Lifecycle::Stopped : Lifecycle::Running;
                }
                QList<Instance> extra = refresh.mid(0, 5);
                refresh.remove(refresh.size() - 5, 5);
                for (Instance& in : extra) {
                    in.id = u"ins-r%1%2"_s.arg(round).arg(in.id.right(6));
                    refresh.append(in);
                }
                ++round;
            },
            [&] {
                model->replaceSlice(refresh.constFirst().accountId, refresh.constFirst().region, refresh);
                touch(proxy);
            });
        print(u"  5,000 listed: 50 changed, 5 gone, 5 new (row signals): %1"_s.arg(ms(t)));
    }
    // A new slice of N rows into 95k rows behind a sorted proxy (one insertion), and N scattered rows
    // leaving (one layout change).
    const QList<Instance> base = fleet.mid(0, fleet.size() - slices.constLast().size());
    for (int n : {100, 1000, 5000, 12500}) {
        std::unique_ptr<InstanceTableModel> m;
        std::unique_ptr<InstanceFilterProxy> proxy;
        const QList<Instance> slice = slices.constLast().mid(0, n);
        auto setUp = [&] {
            proxy.reset();
            m = std::make_unique<InstanceTableModel>();
            m->setInstances(base);
            proxy = std::make_unique<InstanceFilterProxy>();
            proxy->setSourceModel(m.get());
            proxy->sort(InstanceTableModel::NameColumn);
            touch(*proxy);
        };
        const Timing arrive = medianOf(3, setUp, [&] {
            m->replaceSlice(slice.constFirst().accountId, slice.constFirst().region, slice);
            touch(*proxy);
        });
        QStringList scattered;
        for (qsizetype i = 0; i < base.size() && scattered.size() < n; i += base.size() / n)
            scattered << base.at(i).key();
        const Timing leave = medianOf(3, setUp, [&] {
            m->removeInstances(scattered);
            touch(*proxy);
        });
        print(u"  %1 rows: a new slice arrives %2, scattered rows leave %3"_s.arg(n, 5).arg(ms(arrive), ms(leave)));
    }
    print({});
}
