#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

// How times and amounts are written, the same everywhere: the table, the details pane, the
// dialogs, teardownctl and the exported files. People read local time in one unambiguous form in
// every language; files carry UTC, marked as such, so they mean the same on any machine.
namespace DisplayFormat {
// "2026-11-30 17:09" in local time; empty for an invalid time.
QString time(const QDateTime& time);
// "2026-11-30 17:09:05" in local time, for logs and the history.
QString timeWithSeconds(const QDateTime& time);
// "2026-11-30 17:09 (UTC+08:00)": where a time stands alone and must not be misread.
QString timeWithZone(const QDateTime& time);
// "2026-11-30T09:09:05Z": ISO 8601 in UTC, for CSV and JSON files.
QString timeForFile(const QDateTime& time);
// "CNY 2,644.44" in the UI language's digits; the bare number when the currency is not known.
QString money(double amount, const QString& currency = {});
// Sums in several currencies, "CNY 2,644.44, USD 10.00" (a list in the UI language).
QString money(const QMap<QString, double>& totals);
} // namespace DisplayFormat
