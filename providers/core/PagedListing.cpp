#include "PagedListing.h"

#include "ApiCall.h"
#include "Provider.h"

#include <QMap>
#include <QPointer>

#include <algorithm>
#include <limits>
#include <memory>

namespace PagedListing {

namespace {

class Listing : public std::enable_shared_from_this<Listing>
{
public:
    Listing(InstanceListReply* reply, InstanceQuery query, int pageSize, FetchPage fetch, ReadPage read)
        : m_reply(reply)
        , m_query(std::move(query))
        , m_pageSize(pageSize)
        , m_fetch(std::move(fetch))
        , m_read(std::move(read))
    { }

    void fetch(int index)
    {
        ++m_inFlight;
        m_nextToFetch = std::max(m_nextToFetch, index + 1);
        ApiCall* c = m_fetch(index);
        // The reply is the context: an abandoned listing hears from none of its pages.
        QObject::connect(c, &ApiCall::finished, m_reply,
                         [self = shared_from_this(), index](const ProviderError& error, const QJsonObject& response) {
                             self->arrived(index, error, response);
                         });
        c->start();
    }

private:
    void arrived(int index, const ProviderError& error, const QJsonObject& response)
    {
        --m_inFlight;
        if (m_reply->isFinished())
            return;
        if (error.isError()) {
            m_reply->finish(error);
            return;
        }
        m_waiting.insert(index, m_read(index, response));
        deliverInOrder();
        while (!m_endSeen && m_inFlight < Window && m_nextToFetch < m_pageCount)
            fetch(m_nextToFetch);
        if (m_inFlight == 0)
            m_reply->finish({});
    }

    void deliverInOrder()
    {
        while (!m_waiting.isEmpty() && m_waiting.firstKey() == m_nextToDeliver) {
            const Page page = m_waiting.take(m_nextToDeliver);
            m_reply->addPage(page.instances, m_query);
            m_listed += int(page.instances.size());
            ++m_nextToDeliver;
            // The provider's count may change while instances come and go: the latest one decides
            // how many pages there are, never fewer than those already asked for. It may also be
            // any number: a page's offset (index × page size) stays within an int.
            const qint64 pages = (qint64(page.total) + m_pageSize - 1) / m_pageSize;
            m_pageCount = int(std::clamp<qint64>(pages, m_nextToFetch, std::numeric_limits<int>::max() / m_pageSize));
            if (!page.more)
                m_endSeen = true;
            m_reply->reportProgress(m_listed, page.total);
        }
    }

    QPointer<InstanceListReply> m_reply;
    InstanceQuery m_query;
    int m_pageSize;
    FetchPage m_fetch;
    ReadPage m_read;
    QMap<int, Page> m_waiting; // arrived ahead of a page still on its way
    int m_nextToFetch = 0;
    int m_nextToDeliver = 0;
    int m_pageCount = 1;
    int m_inFlight = 0;
    int m_listed = 0;
    bool m_endSeen = false;
};

} // namespace

void run(InstanceListReply* reply, const InstanceQuery& query, int pageSize, FetchPage fetch, ReadPage read)
{
    std::make_shared<Listing>(reply, query, pageSize, std::move(fetch), std::move(read))->fetch(0);
}

} // namespace PagedListing
