#pragma once

#include "CtlRequest.h"
#include "Instance.h"
#include "TextTable.h"

#include <QByteArray>
#include <QList>

#include <functional>

// Where a listing's pages go as they arrive, filtered and dated, by the index of their region.
class ListingSink
{
public:
    virtual ~ListingSink() = default;
    virtual void regionsKnown(qsizetype count) = 0;
    virtual void addPage(qsizetype region, const QList<Instance>& page) = 0;
    virtual void regionDone(qsizetype region) = 0; // listed to its end, or failed
};

// teardownctl list's output, written as the pages arrive so that no listing is held whole: CSV and
// JSON in region order, a region listed ahead of its turn waiting as the bytes it will print, not
// as instances. A table lines its columns up over every row, so it is written once the listing
// ends, from rows held as text (TextTable, grouped by region).
class ListingWriter : public ListingSink
{
public:
    using Output = std::function<void(const QByteArray& bytes)>;
    ListingWriter(CtlRequest::Format format, Output output);

    void regionsKnown(qsizetype count) override;
    void addPage(qsizetype region, const QList<Instance>& page) override;
    void regionDone(qsizetype region) override;
    // Closes the output. A failed listing that listed nothing prints nothing: the error says it.
    void finish(bool failed);
    qsizetype count() const { return m_count; }

private:
    QByteArray record(const Instance& instance) const; // a CSV row or a JSON element
    void write(const QList<QByteArray>& records);
    void start();

    CtlRequest::Format m_format;
    Output m_output;
    QList<QList<QByteArray>> m_waiting; // by region: records of the regions after the one being written
    QList<bool> m_done;
    qsizetype m_current = 0; // the region being written
    qsizetype m_count = 0; // instances written, or added to the table
    bool m_started = false;
    TextTable m_table;
};
