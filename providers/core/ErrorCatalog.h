#pragma once

#include "ProviderError.h"

#include <QString>
#include <QStringList>

// The one place that turns an error code into text for people, in the UI language. It holds the
// console's own codes (Network.*, Reply.*, Teardown.*); every provider's codes come from its
// dialect's tables, registered in DialectRegistry (providers/directory registers them all). Their
// Chinese text is in translations/teardown_zh_CN.ts (context "ErrorCatalog", the code as
// disambiguation, so codes that share an English text keep their own Chinese text).
class ErrorCatalog
{
public:
    static bool contains(QStringView code);
    // The translated text of a code, or an empty string for a code the catalog does not know.
    static QString text(QStringView code);
    // The same, with the instance's id where the text names the instance through the reference's
    // sample id (ins-xxxxxx): "The EMR instance ins-1a2b3c4d does not support this operation."
    static QString text(QStringView code, QStringView instanceId);
    // What the operator can do about the error, translated; empty when the text says it all.
    static QString advice(QStringView code);
    // One line for people: the translated text with the code and request id, or, for a code the
    // catalog does not know, the server's own message with the code and request id; then what the
    // console found out (ProviderError::context) and the advice, if any.
    static QString describe(const ProviderError& error);
    // The same for an error about one instance (a blocked reason, a failed call on one id): the
    // text names that instance instead of the reference's sample id, in every language.
    static QString describe(const ProviderError& error, QStringView instanceId);
    // The console's codes and those of every registered dialect.
    static QStringList codes();
};
