#pragma once

#include "InstanceAccounts.h"
#include "InstanceRow.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// What the instance table shows of a row, column by column: the text, the tooltip (the provider's raw
// values, full dates, every address) and the value SortRole gives; and the column titles.
// Texts people read keep the translation context "InstanceTableModel", where their translations are.
class InstanceColumnText
{
    Q_DECLARE_TR_FUNCTIONS(InstanceTableModel)

public:
    explicit InstanceColumnText(const InstanceAccounts& accounts)
        : m_accounts(accounts)
    { }

    QString display(const InstanceRow& row, int column) const;
    // Empty when the column has nothing to add.
    QString toolTip(const InstanceRow& row, int column) const;
    QVariant sortValue(const InstanceRow& row, int column) const;

    static QString title(int column);
    // Empty for columns whose title says it all.
    static QString titleToolTip(int column);

private:
    const InstanceAccounts& m_accounts;
};
