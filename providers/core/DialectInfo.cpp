#include "DialectInfo.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool matchesWhole(const QString& pattern, const QString& text)
{
    // Anchored exactly: "$" alone would also accept a trailing newline.
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

bool DialectInfo::isWellFormedKeyId(const QString& keyId, bool loopbackEndpoint) const
{
    if (matchesWhole(keyIdPattern, keyId))
        return true;
    return loopbackEndpoint && !loopbackKeyIdPattern.isEmpty() && matchesWhole(loopbackKeyIdPattern, keyId);
}

bool DialectInfo::isWellFormedRegion(const QString& region) const
{
    return matchesWhole(regionPattern, region);
}

bool DialectInfo::isWellFormedApiVersion(const QString& version)
{
    return matchesWhole(u"\\d{4}-\\d{2}-\\d{2}"_s, version) && QDate::fromString(version, Qt::ISODate).isValid();
}
