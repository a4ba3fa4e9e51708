// teardownctl list's output as the pages arrive (ListingWriter): in region order whatever order
// the regions answer in, byte for byte what the whole listing writes (InstanceExport), nothing
// after a failure that listed nothing, and a table that never passes a control character on.
#include "Csv.h"
#include "InstanceExport.h"
#include "ListingWriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Instance instance(const QString& region, const QString& id, const QString& name = u"web"_s)
{
    Instance i;
    i.accountId = u"acc"_s;
    i.region = region;
    i.zone = region + u"-1"_s;
    i.id = id;
    i.name = name;
    i.rawState = u"RUNNING"_s;
    i.lifecycle = Lifecycle::Running;
    i.rawChargeType = u"POSTPAID_BY_HOUR"_s;
    i.chargeClass = ChargeClass::Postpaid;
    i.tags = {{u"env"_s, u"dev"_s}};
    return i;
}

// Three regions answering out of order: the last region's pages first, the first region's last.
QByteArray writeOutOfOrder(CtlRequest::Format format, QList<Instance>* inRegionOrder)
{
    const Instance a1 = instance(u"ap-a"_s, u"ins-a0000001"_s), a2 = instance(u"ap-a"_s, u"ins-a0000002"_s);
    const Instance b1 = instance(u"ap-b"_s, u"ins-b0000001"_s), c1 = instance(u"ap-c"_s, u"ins-c0000001"_s);
    *inRegionOrder = {a1, a2, b1, c1};
    QByteArray out;
    ListingWriter writer(format, [&out](const QByteArray& bytes) { out += bytes; });
    writer.regionsKnown(3);
    writer.addPage(2, {c1});
    writer.regionDone(2);
    writer.addPage(1, {b1});
    writer.addPage(0, {a1});
    writer.addPage(0, {a2});
    writer.regionDone(0);
    writer.regionDone(1);
    writer.finish(false);
    return out;
}

} // namespace

class ListingWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void jsonIsTheWholeListingsBytes();
    void csvIsTheWholeListingsBytes();
    void firstRegionIsWrittenAsItArrives();
    void emptyListingIsAnEmptyDocument();
    void failureWithNothingListedPrintsNothing();
    void tableLinesUpAndShowsNoControlCharacters();
    void tableIsInRegionOrder();
};

void ListingWriterTest::jsonIsTheWholeListingsBytes()
{
    QList<Instance> expected;
    const QByteArray out = writeOutOfOrder(CtlRequest::Format::Json, &expected);
    QCOMPARE(out, InstanceExport::toJson(expected));
}

void ListingWriterTest::csvIsTheWholeListingsBytes()
{
    QList<Instance> expected;
    const QByteArray out = writeOutOfOrder(CtlRequest::Format::Csv, &expected);
    QCOMPARE(out, InstanceExport::toCsv(expected));
}

void ListingWriterTest::firstRegionIsWrittenAsItArrives()
{
    QByteArray out;
    ListingWriter writer(CtlRequest::Format::Csv, [&out](const QByteArray& bytes) { out += bytes; });
    writer.regionsKnown(2);
    writer.addPage(1, {instance(u"ap-b"_s, u"ins-b0000001"_s)});
    QVERIFY(out.isEmpty()); // the second region waits for the first
    writer.addPage(0, {instance(u"ap-a"_s, u"ins-a0000001"_s)});
    QVERIFY(out.contains("ins-a0000001"));
    QVERIFY(!out.contains("ins-b0000001"));
    writer.regionDone(0);
    QVERIFY(out.contains("ins-b0000001")); // its turn: what it listed meanwhile
    writer.addPage(1, {instance(u"ap-b"_s, u"ins-b0000002"_s)});
    QVERIFY(out.endsWith(CsvWriter::row(InstanceExport::csvCells(instance(u"ap-b"_s, u"ins-b0000002"_s)))));
    QCOMPARE(writer.count(), 3);
}

void ListingWriterTest::emptyListingIsAnEmptyDocument()
{
    QByteArray json, csv;
    ListingWriter jsonWriter(CtlRequest::Format::Json, [&json](const QByteArray& bytes) { json += bytes; });
    jsonWriter.regionsKnown(1);
    jsonWriter.regionDone(0);
    jsonWriter.finish(false);
    QCOMPARE(json, InstanceExport::toJson({}));
    ListingWriter csvWriter(CtlRequest::Format::Csv, [&csv](const QByteArray& bytes) { csv += bytes; });
    csvWriter.regionsKnown(1);
    csvWriter.regionDone(0);
    csvWriter.finish(false);
    QCOMPARE(csv, InstanceExport::toCsv({}));
}

void ListingWriterTest::failureWithNothingListedPrintsNothing()
{
    for (const auto format : {CtlRequest::Format::Table, CtlRequest::Format::Json, CtlRequest::Format::Csv}) {
        QByteArray out;
        ListingWriter writer(format, [&out](const QByteArray& bytes) { out += bytes; });
        writer.regionsKnown(2);
        writer.regionDone(0);
        writer.regionDone(1);
        writer.finish(true);
        QVERIFY2(out.isEmpty(), out.constData());
    }
    // Listed before the failure: printed, and closed.
    QByteArray out;
    ListingWriter writer(CtlRequest::Format::Json, [&out](const QByteArray& bytes) { out += bytes; });
    writer.regionsKnown(2);
    writer.addPage(0, {instance(u"ap-a"_s, u"ins-a0000001"_s)});
    writer.regionDone(0);
    writer.regionDone(1);
    writer.finish(true);
    QCOMPARE(out, InstanceExport::toJson({instance(u"ap-a"_s, u"ins-a0000001"_s)}));
}

void ListingWriterTest::tableLinesUpAndShowsNoControlCharacters()
{
    QByteArray out;
    ListingWriter writer(CtlRequest::Format::Table, [&out](const QByteArray& bytes) { out += bytes; });
    writer.regionsKnown(1);
    writer.addPage(0,
                   {instance(u"ap-a"_s, u"ins-a0000001"_s, u"风控引擎"_s),
                    instance(u"ap-a"_s, u"ins-a0000002"_s, u"evil\x1b]0;owned\x07\nname"_s)});
    writer.regionDone(0);
    writer.finish(false);
    const QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header, two rows, the count
    for (const QString& line : lines) {
        for (const QChar c : line)
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(line));
    }
    QVERIFY(lines.at(2).contains(u"evil\uFFFD]0;owned\uFFFD\uFFFDname"_s));
    // The state column starts at the same display cell on every row, Chinese names counting two.
    const qsizetype stateHeader = lines.at(0).indexOf(u"STATE"_s);
    const qsizetype wideRowState = lines.at(1).indexOf(u"Running"_s);
    QCOMPARE(wideRowState + 4, stateHeader); // four wide characters take eight cells
    QCOMPARE(lines.at(2).indexOf(u"Running"_s), stateHeader);
    QVERIFY(lines.at(3).startsWith(u"2 instance"_s)); // no translator loaded: "2 instance(s)"
}

void ListingWriterTest::tableIsInRegionOrder()
{
    QList<Instance> expected;
    const QStringList lines =
        QString::fromUtf8(writeOutOfOrder(CtlRequest::Format::Table, &expected)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size() + 2); // the header and the count around the rows
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(lines.at(i + 1).contains(expected.at(i).id), qPrintable(lines.at(i + 1)));
}

QTEST_GUILESS_MAIN(ListingWriterTest)
#include "tst_listingwriter.moc"
