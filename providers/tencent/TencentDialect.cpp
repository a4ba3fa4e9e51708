#include "TencentDialect.h"

#include "TencentErrors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace TencentDialect {

DialectInfo accountTerms(Dialect dialect)
{
    DialectInfo d;
    d.dialect = dialect;
    d.keyIdLabel = QT_TRANSLATE_NOOP("AccountEditDialog", "&Key id (SecretId):");
    d.secretLabel = QT_TRANSLATE_NOOP("AccountEditDialog", "&Secret:");
    d.regionsLabel = QT_TRANSLATE_NOOP("AccountEditDialog", "&Regions:");
    d.regionsPlaceholder =
        QT_TRANSLATE_NOOP("AccountEditDialog", "Empty: every region. Or e.g. ap-guangzhou, ap-shanghai");
    d.keyIdProblem = QT_TRANSLATE_NOOP("AccountEditDialog", "A SecretId is AKID followed by 32 letters or digits.");
    d.regionProblem = QT_TRANSLATE_NOOP("AccountEditDialog", "\"%1\" is not a region id (e.g. ap-guangzhou).");
    // Every SecretId of the reference (§1.6, §1.8, §5.2: the official examples and the SDK
    // vectors) is AKID and 32 more characters, letters and digits.
    d.keyIdPattern = u"AKID[A-Za-z0-9]{32}"_s;
    // The emulator's keys (AKIDSANDBOX, AKIDSANDBOXTEMP) keep the prefix but not the length.
    d.loopbackKeyIdPattern = u"AKID[A-Za-z0-9]+"_s;
    d.regionPattern = u"[a-z]{2,}(-[a-z0-9]+)+"_s;
    d.keyIdVariable = u"TENCENTCLOUD_SECRET_ID"_s;
    d.secretVariable = u"TENCENTCLOUD_SECRET_KEY"_s;
    d.sessionTokenVariable = u"TENCENTCLOUD_SESSION_TOKEN"_s;
    return d;
}

const DialectInfo& info()
{
    static const DialectInfo tencent = [] {
        DialectInfo d = accountTerms(Dialect::TencentApi3);
        d.errorTables = {TencentErrors::table()};
        return d;
    }();
    return tencent;
}

} // namespace TencentDialect
