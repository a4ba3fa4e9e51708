#include "InstanceFilterCriteria.h"

#include "InstanceTableModel.h"

#include <algorithm>

namespace {

// Whether text contains term (non-empty): candidates by the term's first character (a vectorised
// scan), then a comparison. On the short search texts of a row this beats QStringView::contains(),
// which hashes every position.
bool containsTerm(QStringView text, QStringView term)
{
    const QChar first = term.front();
    const qsizetype last = text.size() - term.size();
    for (qsizetype from = 0; from <= last;) {
        const qsizetype at = text.indexOf(first, from);
        if (at < 0 || at > last)
            return false;
        if (text.sliced(at, term.size()) == term)
            return true;
        from = at + 1;
    }
    return false;
}

} // namespace

bool InstanceFilterCriteria::accepts(const InstanceTableModel& model, int row, const Clock& now) const
{
    if (recycleBinOnly || lifecycles || charges || !accounts.isEmpty() || !regions.isEmpty()) {
        const Instance& in = model.instanceAt(row);
        if (recycleBinOnly && in.lifecycle != Lifecycle::RecycleBin)
            return false;
        if (lifecycles && !(lifecycles & (1u << unsigned(in.lifecycle))))
            return false;
        if (charges && !(charges & (1u << unsigned(in.chargeClass))))
            return false;
        if (!accounts.isEmpty() && !accounts.contains(in.accountId))
            return false;
        if (!regions.isEmpty() && !regions.contains(in.region))
            return false;
    }
    if (!selection.isEmpty()) {
        if (!selection.matches(model.instanceAt(row), selection.dependsOnNow() ? now() : QDateTime()))
            return false;
    }
    if (!terms.isEmpty()) {
        const QStringView haystack = model.searchText(row);
        for (const QString& term : terms) {
            if (!containsTerm(haystack, term))
                return false;
        }
    }
    return true;
}

bool InstanceFilterCriteria::isWithin(const InstanceFilterCriteria& wider) const
{
    if (wider.recycleBinOnly && !recycleBinOnly)
        return false;
    auto bitsWithin = [](quint32 n, quint32 w) { return w == 0 || (n != 0 && (n & ~w) == 0); };
    auto setWithin = [](const QSet<QString>& n, const QSet<QString>& w) {
        return w.isEmpty() || (!n.isEmpty() && w.contains(n));
    };
    if (!bitsWithin(lifecycles, wider.lifecycles) || !bitsWithin(charges, wider.charges)
        || !setWithin(accounts, wider.accounts) || !setWithin(regions, wider.regions))
        return false;
    // An age measured now may differ from the one measured when the rows were last filtered.
    if (!wider.selection.isEmpty() && (selection != wider.selection || wider.selection.dependsOnNow()))
        return false;
    // A text that contains a longer term contains every part of it.
    for (const QString& term : wider.terms) {
        if (std::none_of(terms.begin(), terms.end(), [&term](const QString& t) { return t.contains(term); }))
            return false;
    }
    return true;
}
