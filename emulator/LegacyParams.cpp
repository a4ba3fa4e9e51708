#include "LegacyParams.h"

#include <QJsonArray>

#include <map>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace emulator::LegacyParams {

namespace {

struct Node
{
    std::optional<QByteArray> value;
    std::map<QByteArray, std::unique_ptr<Node>> children;
};

bool allNumeric(const Node& node)
{
    for (const auto& [key, child] : node.children) {
        bool ok = false;
        key.toUInt(&ok);
        if (!ok)
            return false;
    }
    return true;
}

QJsonValue leaf(const QByteArray& name, const QByteArray& value)
{
    bool ok = false;
    if (name == "Offset" || name == "Limit") {
        const int n = value.toInt(&ok);
        if (ok)
            return n;
    }
    if (name == "ReleaseAddress" || name == "ReleasePrepaidDataDisks" || name == "DryRun"
        || name == "DisableApiTermination") {
        if (value == "true")
            return true;
        if (value == "false")
            return false;
    }
    return QString::fromUtf8(value);
}

// `conflict` is set when two names are the same element ("Name.0" and "Name.00").
QJsonValue toValue(const QByteArray& name, const Node& node, bool* conflict)
{
    if (node.value)
        return leaf(name, *node.value);
    if (allNumeric(node)) {
        std::map<uint, const Node*> ordered;
        for (const auto& [key, child] : node.children) {
            if (!ordered.emplace(key.toUInt(), child.get()).second)
                *conflict = true;
        }
        QJsonArray array;
        for (const auto& [index, child] : ordered)
            array.append(toValue(name, *child, conflict));
        return array;
    }
    QJsonObject object;
    for (const auto& [key, child] : node.children)
        object.insert(QString::fromUtf8(key), toValue(key, *child, conflict));
    return object;
}

} // namespace

bool toJson(const QList<std::pair<QByteArray, QByteArray>>& params, const QSet<QByteArray>& skip, QJsonObject* out)
{
    Node root;
    for (const auto& [name, value] : params) {
        if (skip.contains(name))
            continue;
        Node* node = &root;
        for (const QByteArray& part : name.split('.')) {
            if (part.isEmpty() || node->value)
                return false;
            auto& child = node->children[part];
            if (!child)
                child = std::make_unique<Node>();
            node = child.get();
        }
        if (!node->children.empty() || node->value)
            return false;
        node->value = value;
    }
    QJsonObject json;
    bool conflict = false;
    for (const auto& [key, child] : root.children)
        json.insert(QString::fromUtf8(key), toValue(key, *child, &conflict));
    if (conflict)
        return false;
    *out = json;
    return true;
}

} // namespace emulator::LegacyParams
