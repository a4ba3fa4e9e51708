#pragma once

#include "TencentErrors.h"

#include <QJsonObject>
#include <QString>

namespace emulator {

class TencentFleet;
class TencentLifecycle;

// A legacy old-style reply: {"code": <int>, "message"} with the string code in "codeDesc" when
// the service names one (reference §5.5). Code 0 is success.
struct LegacyReply
{
    int code = 0;
    QString codeDesc; // empty: none
    QString detail; // added to the code's text in the message

    static LegacyReply ok() { return {}; }
    static LegacyReply failed(int code, const QString& codeDesc = {}, const QString& detail = {})
    {
        return {code, codeDesc, detail};
    }
    bool isError() const { return code != 0; }
    QJsonObject toJson(Language language) const;
    // The text of a numeric common code (reference §5.6).
    static QString text(int code, Language language);
};

// ReturnInstance (reference §5.3): one pay-as-you-go instance, by the id listing gives,
// destroyed through the same lifecycle as API 3.0's TerminateInstances, on the same fleet.
class LegacyReturn
{
public:
    LegacyReturn(TencentFleet& fleet, TencentLifecycle& lifecycle);

    // `region` may be empty (then the instance is looked up everywhere).
    LegacyReply run(const QString& instanceId, const QString& region, const QString& requestId);

private:
    TencentFleet& m_fleet;
    TencentLifecycle& m_lifecycle;
};

} // namespace emulator
