#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QHashSeed>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace fuzz {

namespace {

void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
}

} // namespace

void initialize(int* argc, char*** argv)
{
    QHashSeed::setDeterministicGlobalSeed();
    qInstallMessageHandler(quietMessages);
    // Lives as long as the process: libFuzzer ends it with exit().
    static QCoreApplication* application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
}

void require(bool holds, const char* property, const QString& detail)
{
    if (holds)
        return;
    std::fprintf(stderr, "property broken: %s\n%s\n", property, qPrintable(detail));
    std::abort();
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc());
}

InputReader::InputReader(const uint8_t* data, size_t size)
    : m_bytes(reinterpret_cast<const char*>(data), qsizetype(size))
{ }

QByteArray InputReader::line()
{
    if (m_position >= m_bytes.size())
        return {};
    qsizetype end = m_bytes.indexOf('\n', m_position);
    if (end < 0)
        end = m_bytes.size();
    QByteArray out = m_bytes.sliced(m_position, end - m_position);
    m_position = end + 1;
    if (out.endsWith('\r'))
        out.chop(1);
    return out;
}

QByteArray InputReader::rest()
{
    if (m_position >= m_bytes.size())
        return {};
    QByteArray out = m_bytes.sliced(m_position);
    m_position = m_bytes.size();
    return out;
}

HttpText readHttpText(InputReader& in)
{
    HttpText request;
    const QByteArray requestLine = in.line();
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.left(space);
    const QByteArray target = space < 0 ? QByteArray() : requestLine.sliced(space + 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.sliced(question + 1);
    for (QByteArray header = in.line(); !header.isEmpty(); header = in.line()) {
        const qsizetype colon = header.indexOf(':');
        if (colon < 0)
            request.headers.append({header, {}});
        else
            request.headers.append({header.left(colon), header.sliced(colon + 1).trimmed()});
    }
    request.body = in.rest();
    return request;
}

} // namespace fuzz
