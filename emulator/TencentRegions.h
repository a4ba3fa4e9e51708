#pragma once

#include "TencentErrors.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace emulator {

struct TencentRegion
{
    QString id;
    QString nameZh;
    QString nameEn;
    QString state; // AVAILABLE or UNAVAILABLE
    QStringList zones; // the zones the sandbox uses
    QString name(Language language) const { return language == Language::English ? nameEn : nameZh; }
};

namespace TencentRegions {

// The regions DescribeRegions reports (reference §6), with Tencent's own names.
const QList<TencentRegion>& all();
const TencentRegion* find(const QString& regionId);
// The regions the sandbox fleet spreads over.
QStringList sandboxRegions();

} // namespace TencentRegions
} // namespace emulator
