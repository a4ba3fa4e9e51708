#include "ZenlayerDialect.h"

#include "ZenlayerClient.h"
#include "ZenlayerErrors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ZenlayerDialect {

const DialectInfo& info()
{
    static const DialectInfo zenlayer = [] {
        DialectInfo d;
        d.dialect = Dialect::Zenlayer;
        d.keyIdLabel = QT_TRANSLATE_NOOP("AccountEditDialog", "&AccessKeyId:");
        d.secretLabel = QT_TRANSLATE_NOOP("AccountEditDialog", "&AccessKeyPassword:");
        d.regionsLabel = QT_TRANSLATE_NOOP("AccountEditDialog", "&Zones:");
        d.regionsPlaceholder = QT_TRANSLATE_NOOP("AccountEditDialog", "Empty: every zone. Or e.g. SEL-A, HKG-A");
        d.keyIdProblem =
            QT_TRANSLATE_NOOP("AccountEditDialog", "An AccessKeyId has 6 to 64 letters, digits and hyphens.");
        d.regionProblem = QT_TRANSLATE_NOOP("AccountEditDialog", "\"%1\" is not a zone id (e.g. SEL-A).");
        // The reference gives no format. Its AccessKeyIds (the docs' 0D9UtpyKYcHxms5v, the SDK
        // vectors' AKIDtest-key-id-0001 and AKID-full-test) and the emulator's SANDBOXKEY are
        // letters, digits and hyphens; signing uses the id verbatim, so nothing else is accepted.
        d.keyIdPattern = u"[A-Za-z0-9-]{6,64}"_s;
        // A zone is a three-letter city code, a hyphen and a letter (reference §5: SEL-A).
        d.regionPattern = u"[A-Z]{3}-[A-Z0-9]+"_s;
        d.defaultApiVersion = ZenlayerClient::DefaultApiVersion;
        d.keyIdVariable = u"ZENLAYER_ACCESS_KEY_ID"_s;
        d.secretVariable = u"ZENLAYER_ACCESS_KEY_PASSWORD"_s;
        d.errorTables = {ZenlayerErrors::table()};
        return d;
    }();
    return zenlayer;
}

} // namespace ZenlayerDialect
