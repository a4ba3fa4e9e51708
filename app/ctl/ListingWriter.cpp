#include "ListingWriter.h"

#include "Csv.h"
#include "CtlOutput.h"
#include "InstanceExport.h"
#include "ProviderFactory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Teardownctl)
};

QStringList tableRow(const Instance& i)
{
    return {i.region,
            i.zone,
            i.id,
            i.name,
            ProviderCatalog::stateLabel(i.provider, i.rawState),
            ProviderCatalog::chargeTypeLabel(i.provider, i.rawChargeType),
            i.terminationProtected ? Text::tr("yes") : QString(),
            CtlOutput::localTime(i.expires)};
}

QStringList tableHeader()
{
    return {Text::tr("REGION"), Text::tr("ZONE"),        Text::tr("ID"),        Text::tr("NAME"),
            Text::tr("STATE"),  Text::tr("CHARGE TYPE"), Text::tr("PROTECTED"), Text::tr("EXPIRES")};
}

// One element of the indented array QJsonDocument writes: the same bytes, one instance at a time.
QByteArray jsonElement(const Instance& instance)
{
    const QByteArray array = QJsonDocument(QJsonArray{InstanceExport::toJsonObject(instance)}).toJson();
    // "[\n    {\n        ...\n    }\n]\n" without its first and last lines.
    return array.mid(2, array.size() - 5);
}

} // namespace

ListingWriter::ListingWriter(CtlRequest::Format format, Output output)
    : m_format(format)
    , m_output(std::move(output))
    , m_table(tableHeader())
{ }

void ListingWriter::regionsKnown(qsizetype count)
{
    m_waiting.resize(count);
    m_done.resize(count);
}

QByteArray ListingWriter::record(const Instance& i) const
{
    return m_format == CtlRequest::Format::Json ? jsonElement(i) : CsvWriter::row(InstanceExport::csvCells(i));
}

void ListingWriter::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_format == CtlRequest::Format::Csv)
        m_output(CsvWriter::byteOrderMark() + CsvWriter::row(InstanceExport::csvHeader()));
    else if (m_format == CtlRequest::Format::Json)
        m_output("[\n");
}

void ListingWriter::write(const QList<QByteArray>& records)
{
    if (records.isEmpty())
        return;
    start();
    QByteArray bytes;
    for (const QByteArray& r : records) {
        if (m_format == CtlRequest::Format::Json && m_count > 0)
            bytes += ",\n";
        bytes += r;
        ++m_count;
    }
    m_output(bytes);
}

void ListingWriter::addPage(qsizetype region, const QList<Instance>& page)
{
    if (m_format == CtlRequest::Format::Table) { // lined up and printed at the end, in region order
        for (const Instance& instance : page)
            m_table.addRow(tableRow(instance), region);
        m_count += page.size();
        return;
    }
    QList<QByteArray> records;
    records.reserve(page.size());
    for (const Instance& instance : page)
        records << record(instance);
    if (region == m_current)
        write(records);
    else if (region > m_current && region < m_waiting.size())
        m_waiting[region] += records;
}

void ListingWriter::regionDone(qsizetype region)
{
    if (region < 0 || region >= m_done.size())
        return;
    m_done[region] = true;
    // The next regions' turn: what they listed meanwhile, then (unless done too) their pages as they come.
    while (m_current < m_done.size() && m_done.at(m_current)) {
        ++m_current;
        if (m_current < m_waiting.size())
            write(std::exchange(m_waiting[m_current], {}));
    }
}

void ListingWriter::finish(bool failed)
{
    for (qsizetype region = m_current; region < m_waiting.size(); ++region) // regions never finished
        write(std::exchange(m_waiting[region], {}));
    if (failed && m_count == 0)
        return;
    start();
    switch (m_format) {
    case CtlRequest::Format::Json:
        m_output(m_count > 0 ? "\n]\n" : "]\n");
        break;
    case CtlRequest::Format::Csv:
        break;
    case CtlRequest::Format::Table: {
        QByteArray chunk; // written in chunks: a line at a time would flush 100,000 times
        m_table.render([this, &chunk](const QString& line) {
            chunk += line.toUtf8();
            if (chunk.size() >= 1 << 16)
                m_output(std::exchange(chunk, {}));
        });
        m_output(chunk + (Text::tr("%n instance(s)", nullptr, int(m_count)) + u'\n').toUtf8());
        break;
    }
    }
}
