// InstanceAccounts: a slot per account that stays put, labels from the names people gave, and the two
// orders sorting uses (by case-folded label then id, and by id).
#include "InstanceAccounts.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Names = QHash<QString, QString>;

class InstanceAccountsTest : public QObject
{
    Q_OBJECT

private slots:
    void slotsStayPut();
    void labelsFromNames();
    void orders_data();
    void orders();
    void ordersFollowNewAccounts();
};

void InstanceAccountsTest::slotsStayPut()
{
    InstanceAccounts accounts;
    QCOMPARE(accounts.slotOf(u"b"_s), 0);
    QCOMPARE(accounts.slotOf(u"a"_s), 1);
    QCOMPARE(accounts.slotOf(u"a"_s), 1); // the account of the row before
    QCOMPARE(accounts.slotOf(u"b"_s), 0); // any other
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.id(0), u"b"_s);
    QCOMPARE(accounts.id(1), u"a"_s);
}

void InstanceAccountsTest::labelsFromNames()
{
    InstanceAccounts accounts;
    accounts.setNames({{u"100012345678"_s, u"生产账号"_s}, {u"unused"_s, u"x"_s}});
    const int named = accounts.slotOf(u"100012345678"_s);
    const int unnamed = accounts.slotOf(u"200087654321"_s);
    QCOMPARE(accounts.label(named), u"生产账号"_s);
    QCOMPARE(accounts.label(unnamed), u"200087654321"_s);
    accounts.setNames({{u"200087654321"_s, u"Staging"_s}});
    QCOMPARE(accounts.label(named), u"100012345678"_s); // its name taken away
    QCOMPARE(accounts.label(unnamed), u"Staging"_s);
    QCOMPARE(accounts.size(), 2); // names alone add no account
}

void InstanceAccountsTest::orders_data()
{
    QTest::addColumn<QStringList>("ids"); // slots in this order
    QTest::addColumn<Names>("names");
    QTest::addColumn<QList<quint32>>("labelOrder"); // per slot
    QTest::addColumn<QList<quint32>>("idOrder");

    QTest::newRow("unnamed: by id") << QStringList{u"c"_s, u"a"_s, u"b"_s} << Names{} << QList<quint32>{2, 0, 1}
                                    << QList<quint32>{2, 0, 1};
    QTest::newRow("by name, not id") << QStringList{u"a"_s, u"b"_s} << Names{{u"a"_s, u"Zeta"_s}, {u"b"_s, u"Alpha"_s}}
                                     << QList<quint32>{1, 0} << QList<quint32>{0, 1};
    QTest::newRow("case-folded") << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                 << Names{{u"a"_s, u"beta"_s}, {u"b"_s, u"Gamma"_s}, {u"c"_s, u"ALPHA"_s}}
                                 << QList<quint32>{1, 2, 0} << QList<quint32>{0, 1, 2};
    QTest::newRow("same name: by id") << QStringList{u"y"_s, u"x"_s} << Names{{u"y"_s, u"Prod"_s}, {u"x"_s, u"prod"_s}}
                                      << QList<quint32>{1, 0} << QList<quint32>{1, 0};
    QTest::newRow("a name against an id") << QStringList{u"acc-9"_s, u"acc-1"_s} << Names{{u"acc-1"_s, u"zz"_s}}
                                          << QList<quint32>{0, 1} << QList<quint32>{1, 0};
}

void InstanceAccountsTest::orders()
{
    QFETCH(QStringList, ids);
    QFETCH(Names, names);
    QFETCH(QList<quint32>, labelOrder);
    QFETCH(QList<quint32>, idOrder);
    // Names given before and after the accounts arrive give the same orders.
    for (const bool namesFirst : {true, false}) {
        InstanceAccounts accounts;
        if (namesFirst)
            accounts.setNames(names);
        for (const QString& id : std::as_const(ids))
            accounts.slotOf(id);
        if (!namesFirst)
            accounts.setNames(names);
        QList<quint32> byLabel;
        QList<quint32> byId;
        for (int slot = 0; slot < accounts.size(); ++slot) {
            byLabel << accounts.labelOrder(slot);
            byId << accounts.idOrder(slot);
        }
        QCOMPARE(byLabel, labelOrder);
        QCOMPARE(byId, idOrder);
    }
}

void InstanceAccountsTest::ordersFollowNewAccounts()
{
    InstanceAccounts accounts;
    const int b = accounts.slotOf(u"b"_s);
    QCOMPARE(accounts.labelOrder(b), 0u);
    const int a = accounts.slotOf(u"a"_s); // sorts before b: b moves up one
    QCOMPARE(accounts.labelOrder(a), 0u);
    QCOMPARE(accounts.labelOrder(b), 1u);
    QCOMPARE(accounts.idOrder(a), 0u);
    QCOMPARE(accounts.idOrder(b), 1u);
}

QTEST_GUILESS_MAIN(InstanceAccountsTest)
#include "tst_instanceaccounts.moc"
