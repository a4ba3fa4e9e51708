#pragma once

#include "TencentErrors.h"
#include "TencentInstance.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace emulator {

// The Filters of DescribeInstances (reference §3.1): filters are ANDed, the values of one filter
// ORed; instance-name matches a part of the name.
class InstanceFilter
{
public:
    static constexpr int MaxFilters = 10;
    static constexpr int MaxValues = 5;

    // Parses and validates a Filters array for a call in `region`.
    static TencentError parse(const QJsonValue& filters, const QString& region, InstanceFilter* out);
    static QStringList supportedNames();

    bool isEmpty() const { return m_conditions.isEmpty(); }
    bool matches(const TencentInstance& instance) const;

private:
    struct Condition
    {
        QString name;
        QStringList values;
        QString tagKey; // tag:<key>
        QDateTime time; // creation-start-time / creation-end-time
    };

    static TencentError validate(Condition& condition, const QString& region);
    static bool matches(const Condition& condition, const TencentInstance& instance);

    QList<Condition> m_conditions;
};

} // namespace emulator
