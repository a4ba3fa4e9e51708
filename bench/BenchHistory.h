#pragma once

#include <QDateTime>
#include <QString>

// What a run's history says about it: the calls teardownctl recorded, read from its SQLite file
// after it exited (the history is the product's own record of every request and its reply).
struct HistoryFigures
{
    bool read = false;
    QString error;
    int calls = 0; // requests, every attempt counted
    int destructiveCalls = 0;
    int throttled = 0; // replies that said the request rate was exceeded
    QDateTime firstDestructiveSent; // invalid when none was sent
    QDateTime lastDestructiveSent;
    QDateTime lastFinished;
};

// The history under DATA_HOME (the XDG_DATA_HOME the run had).
HistoryFigures readHistory(const QString& dataHome);
