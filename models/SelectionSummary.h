#pragma once

#include "Instance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

// What a selection holds, for the status bar: how many instances, by charge class and by provider.
class SelectionSummary
{
    Q_DECLARE_TR_FUNCTIONS(SelectionSummary)

public:
    SelectionSummary() = default;
    explicit SelectionSummary(const QList<Instance>& instances);

    int total() const { return m_total; }
    int count(ChargeClass charge) const;
    int count(ProviderId provider) const;

    // e.g. "12 selected — 5 Pay as you go, 7 Subscription · Tencent Cloud 12", in the UI language.
    QString text() const;

    friend bool operator==(const SelectionSummary&, const SelectionSummary&) = default;

private:
    static constexpr int kChargeClasses = int(ChargeClass::Other) + 1;
    static constexpr int kProviders = int(ProviderId::Zenlayer) + 1;

    int m_total = 0;
    std::array<int, kChargeClasses> m_byCharge{};
    std::array<int, kProviders> m_byProvider{};
};
