#include "TencentRegions.h"

using namespace Qt::StringLiterals;

namespace emulator::TencentRegions {

namespace {

QStringList zones(const QString& region, std::initializer_list<int> numbers)
{
    QStringList out;
    for (int n : numbers)
        out.append(region + u'-' + QString::number(n));
    return out;
}

} // namespace

const QList<TencentRegion>& all()
{
    auto r = [](const QString& id, const QString& zh, const QString& en, std::initializer_list<int> zoneNumbers,
                const QString& state = u"AVAILABLE"_s) {
        return TencentRegion{id, zh, en, state, zones(id, zoneNumbers)};
    };
    static const QList<TencentRegion> regions{
        r(u"ap-guangzhou"_s, u"华南地区(广州)"_s, u"South China(Guangzhou)"_s, {3, 4, 6, 7}),
        r(u"ap-shanghai"_s, u"华东地区(上海)"_s, u"East China(Shanghai)"_s, {2, 3, 4, 5, 8}),
        r(u"ap-nanjing"_s, u"华东地区(南京)"_s, u"East China(Nanjing)"_s, {1, 2, 3}),
        r(u"ap-beijing"_s, u"华北地区(北京)"_s, u"North China region(Beijing)"_s, {3, 4, 5, 6, 7}),
        r(u"ap-chengdu"_s, u"西南地区(成都)"_s, u"Southwest China(Chengdu)"_s, {1, 2}),
        r(u"ap-chongqing"_s, u"西南地区(重庆)"_s, u"Southwest China(Chongqing)"_s, {1}),
        r(u"ap-hongkong"_s, u"港澳台地区(中国香港)"_s, u"Hong Kong, Macau and Taiwan (China)(Hong Kong, China)"_s,
          {2, 3}),
        r(u"ap-singapore"_s, u"亚太东南(新加坡)"_s, u"Southeast Asia(Singapore)"_s, {1, 2, 3, 4}),
        r(u"ap-bangkok"_s, u"亚太东南(曼谷)"_s, u"Southeast Asia(Bangkok)"_s, {1, 2}),
        r(u"ap-jakarta"_s, u"亚太东南(雅加达)"_s, u"Southeast Asia(Jakarta)"_s, {1, 2}),
        r(u"ap-seoul"_s, u"亚太东北(首尔)"_s, u"Northeast Asia(Seoul)"_s, {1, 2}),
        r(u"ap-tokyo"_s, u"亚太东北(东京)"_s, u"Northeast Asia(Tokyo)"_s, {1, 2}),
        r(u"ap-mumbai"_s, u"亚太南部(孟买)"_s, u"South Asia(Mumbai)"_s, {1, 2}),
        r(u"na-siliconvalley"_s, u"美国西部(硅谷)"_s, u"US West(Silicon Valley)"_s, {1, 2}),
        r(u"na-ashburn"_s, u"美国东部(弗吉尼亚)"_s, u"US East(Virginia)"_s, {1, 2}),
        r(u"na-toronto"_s, u"北美地区(多伦多)"_s, u"North America(Toronto)"_s, {1}),
        r(u"eu-frankfurt"_s, u"欧洲地区(法兰克福)"_s, u"Europe(Frankfurt)"_s, {1, 2}),
        r(u"sa-saopaulo"_s, u"南美地区(圣保罗)"_s, u"South America(São Paulo)"_s, {1}),
        // Still in the SDK constants, availability unconfirmed (reference §6): listed but not
        // available, so clients see a region they must skip.
        r(u"eu-moscow"_s, u"欧洲地区(莫斯科)"_s, u"Europe(Northeastern Europe)"_s, {1}, u"UNAVAILABLE"_s),
    };
    return regions;
}

const TencentRegion* find(const QString& regionId)
{
    for (const TencentRegion& r : all()) {
        if (r.id == regionId)
            return &r;
    }
    return nullptr;
}

QStringList sandboxRegions()
{
    return {u"ap-guangzhou"_s, u"ap-shanghai"_s,  u"ap-beijing"_s,       u"ap-chengdu"_s,
            u"ap-hongkong"_s,  u"ap-singapore"_s, u"na-siliconvalley"_s, u"eu-frankfurt"_s};
}

} // namespace emulator::TencentRegions
