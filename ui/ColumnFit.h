#pragma once

// How many rows a view measures to fit its columns to their contents (with the headers), those in
// sight first: every row would take seconds at 100,000, and even 200 rows took 28 ms of the UI
// thread for the instance table and 16 ms for a plan's (bench_console).
namespace ColumnFit {
constexpr int SampledRows = 50;
} // namespace ColumnFit
