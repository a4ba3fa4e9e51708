#pragma once

// An InstanceTableModel and an InstanceFilterProxy over it, each watched by a
// QAbstractItemModelTester that fails the running test on any breach of the model protocol: the
// fixture of the model and proxy tests.
#include "InstanceFilterProxy.h"
#include "InstanceTableModel.h"

#include <QAbstractItemModelTester>

struct WatchedInstanceModel
{
    explicit WatchedInstanceModel(const QList<Instance>& instances = {})
    {
        model.setInstances(instances);
        proxy.setSourceModel(&model);
    }

    // Destroyed in the reverse order: the testers go first.
    InstanceTableModel model;
    InstanceFilterProxy proxy;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
};
