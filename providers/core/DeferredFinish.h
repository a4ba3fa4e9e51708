#pragma once

#include "Provider.h"

// A provider hands a reply back before its caller has connected to finished(). An answer that is
// known at once (nothing to ask, a call refused unsent) is therefore given on a later turn of the
// event loop. The finish is queued on the reply itself: a reply abandoned first hears nothing.
void finishLater(ProviderReply* reply, const ProviderError& error = {}, const QString& requestId = {});

// A new reply of type `Reply`, a child of `parent`, that finishes later with `error`.
template<typename Reply>
Reply* finishedLater(QObject* parent, const ProviderError& error = {})
{
    auto* reply = new Reply(parent);
    finishLater(reply, error);
    return reply;
}
