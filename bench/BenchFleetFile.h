#pragma once

#include <QString>

// Writes the Tencent fleet bench_teardown runs against: exactly the instances each scenario
// acts on, one scenario per region, so that counts and floors are exact (emulator/README.md,
// "Fleet files").
struct FleetPart
{
    QString region;
    int count = 0;
    QString chargeType; // POSTPAID_BY_HOUR, PREPAID
    QString state; // RUNNING, or SHUTDOWN for the recycle bin
    char idPrefix = 'a'; // keeps the parts' ids apart
};

bool writeFleetFile(const QString& path, const QList<FleetPart>& parts, QString* error);
