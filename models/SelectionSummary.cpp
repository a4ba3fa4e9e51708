#include "SelectionSummary.h"

#include <QStringList>

SelectionSummary::SelectionSummary(const QList<Instance>& instances)
    : m_total(int(instances.size()))
{
    for (const Instance& in : instances) {
        if (int(in.chargeClass) >= 0 && int(in.chargeClass) < kChargeClasses)
            ++m_byCharge[size_t(in.chargeClass)];
        if (int(in.provider) >= 0 && int(in.provider) < kProviders)
            ++m_byProvider[size_t(in.provider)];
    }
}

int SelectionSummary::count(ChargeClass charge) const
{
    return int(charge) >= 0 && int(charge) < kChargeClasses ? m_byCharge[size_t(charge)] : 0;
}

int SelectionSummary::count(ProviderId provider) const
{
    return int(provider) >= 0 && int(provider) < kProviders ? m_byProvider[size_t(provider)] : 0;
}

QString SelectionSummary::text() const
{
    if (m_total == 0)
        return tr("No instance selected");

    const QString separator = tr(", ", "separates the items of a list");
    QStringList charges;
    for (int c = 0; c < kChargeClasses; ++c) {
        if (m_byCharge[size_t(c)] > 0) {
            charges << tr("%n %1", "a count, then a charge type such as “Pay as you go”", m_byCharge[size_t(c)])
                           .arg(chargeClassLabel(ChargeClass(c)));
        }
    }
    QStringList providers;
    for (int p = 0; p < kProviders; ++p) {
        if (m_byProvider[size_t(p)] > 0) {
            providers << tr("%1 %n", "a provider name, then how many of its instances are selected",
                            m_byProvider[size_t(p)])
                             .arg(providerDisplayName(ProviderId(p)));
        }
    }
    return tr("%1 — %2 · %3", "status bar: how many selected — by charge type · by provider")
        .arg(tr("%n selected", "instances in the selection", m_total), charges.join(separator),
             providers.join(separator));
}
