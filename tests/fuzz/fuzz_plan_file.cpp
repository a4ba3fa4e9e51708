// Saved plans as PlanFileReader reads them (docs/plan-format.md). The input is the file's bytes.
// It is read as it is, and then, when it holds a JSON object, once more with its digest made
// right, so that the checks behind the digest are reached too.
//
// Properties: a refusal is a Teardown.PlanFile* code; a plan taken carries the digest of what was
// read; what PlanFileWriter writes for a plan taken reads back, and writes again to the same bytes.
#include "FuzzSupport.h"

#include "PlanFileFormat.h"
#include "PlanFileReader.h"
#include "PlanFileWriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

FUZZ_HARNESS_INITIALIZE

namespace {

void checkRoundTrip(const PlanFile& file)
{
    QString digest;
    const QByteArray written = PlanFileWriter::toJson(file, &digest);
    PlanFile again;
    const ProviderError error = PlanFileReader::parse(written, &again);
    fuzz::require(!error.isError(), "a written plan reads back", error.code + u": "_s + error.context);
    fuzz::require(again.digest == digest, "a written plan keeps its digest");
    fuzz::require(PlanFileWriter::toJson(again) == written, "a plan read back writes the same bytes",
                  QString::fromUtf8(written));
}

void read(const QByteArray& bytes)
{
    PlanFile file;
    const ProviderError error = PlanFileReader::parse(bytes, &file);
    if (error.isError()) {
        fuzz::require(error.code.startsWith(u"Teardown.PlanFile"_s), "a refusal is a plan file code", error.code);
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    fuzz::require(file.digest == PlanFileFormat::digest(root), "a plan taken carries the digest of what was read");
    checkRoundTrip(file);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    read(bytes);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    QJsonObject resigned = document.object();
    resigned.insert(u"digest"_s, PlanFileFormat::digest(resigned));
    read(QJsonDocument(resigned).toJson(QJsonDocument::Compact));
    return 0;
}
