#pragma once

#include "SelectionFilter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// A cleanup policy written down (docs/policy-format.md): which accounts it is meant for, and the
// SelectionFilter it selects with (regions, an include set and an exclude set). Read strictly: an
// unknown key, a wrong type, a bad pattern, date or duration, or a version other than 1 refuses
// the whole file, with a translated message naming the problem — a typo must never widen what
// is selected.
struct SelectionPolicy
{
    static constexpr int Version = 1;
    static constexpr qint64 MaxFileBytes = 256 * 1024;
    static constexpr int MaxListEntries = 1000;

    QStringList accounts; // stored accounts' names or ids; empty: any account
    SelectionFilter filter;

    // Whether the policy may be used with this account (by name, case-insensitively, or id).
    bool covers(const QString& accountName, const QString& accountId) const;

    static std::optional<SelectionPolicy> fromJson(const QByteArray& json, QString* problem);
    // Reads a file: a regular file of at most MaxFileBytes. The problem names the file.
    static std::optional<SelectionPolicy> read(const QString& path, QString* problem);

private:
    static std::optional<SelectionPolicy> parse(const QByteArray& json, QString* problem);
};
