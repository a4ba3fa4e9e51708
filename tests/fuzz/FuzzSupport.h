#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <utility>

// What every harness shares. A harness defines LLVMFuzzerTestOneInput and, through
// FUZZ_HARNESS_INITIALIZE, an LLVMFuzzerInitialize that calls fuzz::initialize().
namespace fuzz {

// A QCoreApplication for the whole run (QTimer and tr() want one), a fixed QHash seed so that an
// input replays exactly as it ran, and Qt's own warnings kept quiet (a fatal message still aborts).
void initialize(int* argc, char*** argv);

// A property the code under test promises, broken by this input: reported on stderr and aborted,
// so that libFuzzer keeps the input as a crash.
void require(bool holds, const char* property, const QString& detail = {});

// The clock of every harness that needs one: 2024-03-01T08:00:00Z.
QDateTime fixedNow();

// Reads an input piece by piece: lines first (each without its '\n'), then the rest as it is.
class InputReader
{
public:
    InputReader(const uint8_t* data, size_t size);

    QByteArray line();
    QByteArray rest();

private:
    QByteArray m_bytes;
    qsizetype m_position = 0;
};

// An HTTP request written as text (docs/fuzzing.md): "METHOD /path?query", then "Name: value"
// lines, an empty line and the body's exact bytes.
struct HttpText
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};
HttpText readHttpText(InputReader& in);

} // namespace fuzz

#define FUZZ_HARNESS_INITIALIZE                                                                                        \
    extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)                                                       \
    {                                                                                                                  \
        fuzz::initialize(argc, argv);                                                                                  \
        return 0;                                                                                                      \
    }
