#pragma once

#include "Instance.h"

#include <QJsonObject>
#include <QList>

#include <functional>

class ApiCall;
class InstanceListReply;
struct InstanceQuery;

// Lists the pages of one listing a few at a time. The first page says how many there are; then up
// to `Window` pages are on their way at once (the rate limiter still paces them), so a listing of
// a few dozen pages takes a few round trips rather than one per page. Pages are handed to the reply
// in order, whatever order they arrive in; a page after which the dialect's pager would stop
// (Page::more) ends the listing. The first error finishes the reply; once the reply is
// gone (abandoned by its owner), nothing more is sent, and at most the pages already on their way
// complete.
namespace PagedListing {

// As many as Qt's network stack opens connections to one host.
constexpr int Window = 6;

struct Page
{
    QList<Instance> instances; // as the page lists them; InstanceListReply::addPage settles repeats
    int total = 0; // what the provider says the whole listing holds
    bool more = false; // the provider's own pager would ask for the page after this one
};

using FetchPage = std::function<ApiCall*(int index)>; // builds page `index` (from 0); it is started here
using ReadPage = std::function<Page(int index, const QJsonObject& response)>; // page `index`'s response

void run(InstanceListReply* reply, const InstanceQuery& query, int pageSize, FetchPage fetch, ReadPage read);

} // namespace PagedListing
