// InstanceTableModel::removeInstances: the instances a run destroyed leave the table together, one
// removal per run of adjacent rows (from the last, so the others keep their numbers) or one reset
// beyond the reset threshold; rowOf() stays right for every row left. A QAbstractItemModelTester
// watches the model and a sorted InstanceFilterProxy on top of it.
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<Instance> slice(const QString& region, int count)
{
    QList<Instance> list;
    for (int i = 0; i < count; ++i) {
        Instance in;
        in.accountId = u"acc"_s;
        in.region = region;
        in.id = u"ins-%1%2"_s.arg(region.right(1)).arg(i, 7, 10, QChar(u'0'));
        in.name = u"vm-"_s + in.id;
        in.rawState = u"RUNNING"_s;
        in.lifecycle = Lifecycle::Running;
        list << in;
    }
    return list;
}

QString key(const QString& region, int i)
{
    return Instance::keyFor(u"acc"_s, u"ins-%1%2"_s.arg(region.right(1)).arg(i, 7, 10, QChar(u'0')));
}

} // namespace

class InstanceModelRemovalTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void adjacentRowsLeaveInOneRemoval();
    void beyondTheThresholdTheModelResets();
    void unknownAndRepeatedKeysAreIgnored();

private:
    void checkRowsAreConsistent();

    std::unique_ptr<InstanceTableModel> m_model;
    std::unique_ptr<InstanceFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void InstanceModelRemovalTest::init()
{
    m_model = std::make_unique<InstanceTableModel>();
    m_model->setInstances(slice(u"ap-a"_s, 20) + slice(u"ap-b"_s, 20));
    m_proxy = std::make_unique<InstanceFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(InstanceTableModel::NameColumn, Qt::DescendingOrder);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get());
}

void InstanceModelRemovalTest::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

void InstanceModelRemovalTest::checkRowsAreConsistent()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOf(m_model->instanceAt(row).key()), row);
}

void InstanceModelRemovalTest::adjacentRowsLeaveInOneRemoval()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // Rows 3-5 of the first slice, 7, and 0-1 of the second (rows 20-21): three runs of rows.
    m_model->removeInstances({key(u"ap-a"_s, 5), key(u"ap-b"_s, 0), key(u"ap-a"_s, 3), key(u"ap-a"_s, 7),
                              key(u"ap-a"_s, 4), key(u"ap-b"_s, 1)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 3);
    // From the last run to the first: each removal's rows are still where the model said.
    QCOMPARE(removed.at(0).at(1).toInt(), 20);
    QCOMPARE(removed.at(0).at(2).toInt(), 21);
    QCOMPARE(removed.at(1).at(1).toInt(), 7);
    QCOMPARE(removed.at(1).at(2).toInt(), 7);
    QCOMPARE(removed.at(2).at(1).toInt(), 3);
    QCOMPARE(removed.at(2).at(2).toInt(), 5);
    QCOMPARE(m_model->rowCount(), 34);
    QCOMPARE(m_proxy->rowCount(), 34);
    for (const QString& gone : {key(u"ap-a"_s, 3), key(u"ap-a"_s, 7), key(u"ap-b"_s, 1)})
        QCOMPARE(m_model->rowOf(gone), -1);
    checkRowsAreConsistent();
}

void InstanceModelRemovalTest::beyondTheThresholdTheModelResets()
{
    m_model->setResetThreshold(4);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QStringList keys;
    for (int i = 0; i < 20; i += 2) // ten rows, none adjacent
        keys << key(u"ap-b"_s, i);
    m_model->removeInstances(keys);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(m_proxy->rowCount(), 30);
    QCOMPARE(m_model->rowOf(key(u"ap-b"_s, 2)), -1);
    QVERIFY(m_model->rowOf(key(u"ap-b"_s, 3)) >= 0);
    checkRowsAreConsistent();
}

void InstanceModelRemovalTest::unknownAndRepeatedKeysAreIgnored()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeInstances({u"acc/ins-nothere1"_s, key(u"ap-a"_s, 0), key(u"ap-a"_s, 0)});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 39);
    m_model->removeInstances({u"acc/ins-nothere1"_s});
    QCOMPARE(removed.count(), 1);
    checkRowsAreConsistent();
}

QTEST_GUILESS_MAIN(InstanceModelRemovalTest)
#include "tst_instancemodelremoval.moc"
