#pragma once

#include "ProviderError.h"

#include <QString>
#include <QStringList>

// The one place that turns an error code into text for people, in the UI language.
// Every provider's codes and the console's own codes (Network.*, Reply.*, Teardown.*) live here;
// their Chinese text is in translations/teardown_zh_CN.ts (context "ErrorCatalog", the code as
// disambiguation, so codes that share an English text keep their own Chinese text).
class ErrorCatalog
{
public:
    static bool contains(QStringView code);
    // The translated text of a code, or an empty string for a code the catalog does not know.
    static QString text(QStringView code);
    // One line for people: the translated text with the code and request id, or, for a code the
    // catalog does not know, the server's own message with the code and request id.
    static QString describe(const ProviderError& error);
    static QStringList codes();
};
