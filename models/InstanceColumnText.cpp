#include "InstanceColumnText.h"

#include "DisplayFormat.h"
#include "InstanceTableModel.h"
#include "ProviderFactory.h"

using namespace Qt::StringLiterals;

namespace {

using Model = InstanceTableModel;

QString tagText(const InstanceTag& tag)
{
    return tag.value.isEmpty() ? tag.key : tag.key + u'=' + tag.value;
}

QString tagsText(const QList<InstanceTag>& tags, QStringView separator)
{
    QString text;
    for (const InstanceTag& tag : tags) {
        if (!text.isEmpty())
            text += separator;
        text += tagText(tag);
    }
    return text;
}

} // namespace

QString InstanceColumnText::display(const InstanceRow& row, int column) const
{
    const Instance& in = row.instance;
    switch (column) {
    case Model::ProviderColumn:
        return providerDisplayName(in.provider);
    case Model::AccountColumn:
        return m_accounts.label(row.accountSlot);
    case Model::RegionColumn:
        return in.region;
    case Model::ZoneColumn:
        return in.zone;
    case Model::IdColumn:
        return in.id;
    case Model::NameColumn:
        return in.name;
    case Model::StatusColumn: {
        // The provider's own word for the state when the catalog knows it, else the neutral one.
        const QString label = ProviderCatalog::stateLabel(in.provider, in.rawState);
        return label.isEmpty() || label == in.rawState ? lifecycleLabel(in.lifecycle) : label;
    }
    case Model::ChargeTypeColumn: {
        const QString label = ProviderCatalog::chargeTypeLabel(in.provider, in.rawChargeType);
        return label.isEmpty() || label == in.rawChargeType ? chargeClassLabel(in.chargeClass) : label;
    }
    case Model::ProtectionColumn:
        return in.terminationProtected ? tr("Protected") : QString();
    case Model::TypeColumn:
        return in.instanceType;
    case Model::PrivateIpColumn:
        return in.privateIps.join(u", ");
    case Model::PublicIpColumn:
        return in.publicIps.join(u", ");
    case Model::CreatedColumn:
        return DisplayFormat::time(in.created);
    case Model::ExpiresColumn:
        return DisplayFormat::time(in.expires);
    case Model::ReleaseColumn:
        if (in.lifecycle != Lifecycle::RecycleBin)
            return {};
        return in.autoRelease.isValid() ? DisplayFormat::time(in.autoRelease) : tr("not known");
    case Model::TagsColumn:
        return tagsText(in.tags, u", ");
    default:
        return {};
    }
}

QString InstanceColumnText::toolTip(const InstanceRow& row, int column) const
{
    const Instance& in = row.instance;
    switch (column) {
    case Model::AccountColumn: {
        const QString& label = m_accounts.label(row.accountSlot);
        const QString& id = m_accounts.id(row.accountSlot);
        return label == id ? id : tr("%1 (%2)", "account name (account id)").arg(label, id);
    }
    case Model::StatusColumn:
        // The provider's raw value: what its console and API documentation call the state.
        if (in.restriction.isEmpty())
            return in.rawState;
        return in.rawState + u'\n' + tr("Restriction: %1").arg(in.restriction);
    case Model::ChargeTypeColumn:
        return in.rawChargeType;
    case Model::ProtectionColumn:
        return in.terminationProtected
            ? tr("Termination protection is on: the provider refuses to return this instance")
            : tr("Termination protection is off");
    case Model::TypeColumn:
        return in.osName.isEmpty() ? in.instanceType : in.instanceType + u'\n' + in.osName;
    case Model::PrivateIpColumn:
        return in.privateIps.join(u'\n');
    case Model::PublicIpColumn:
        return in.publicIps.join(u'\n');
    case Model::CreatedColumn:
        return DisplayFormat::timeWithZone(in.created);
    case Model::ExpiresColumn:
        if (in.expires.isValid())
            return tr("Subscription ends at %1").arg(DisplayFormat::timeWithZone(in.expires));
        return {};
    case Model::ReleaseColumn:
        if (in.lifecycle != Lifecycle::RecycleBin)
            return {};
        if (in.autoRelease.isValid())
            return tr("In the recycle bin; released for good at %1").arg(DisplayFormat::timeWithZone(in.autoRelease));
        return tr("The provider does not say when it releases this instance, and it was not returned through "
                  "this console.");
    case Model::TagsColumn:
        return tagsText(in.tags, u"\n");
    default:
        return display(row, column);
    }
}

QVariant InstanceColumnText::sortValue(const InstanceRow& row, int column) const
{
    const Instance& in = row.instance;
    switch (column) {
    case Model::ProviderColumn:
        return providerKey(in.provider);
    case Model::AccountColumn:
        return m_accounts.label(row.accountSlot);
    case Model::RegionColumn:
        return in.region;
    case Model::ZoneColumn:
        return in.zone;
    case Model::IdColumn:
        return in.id;
    case Model::NameColumn:
        return in.name;
    case Model::StatusColumn:
        return int(in.lifecycle);
    case Model::ChargeTypeColumn:
        return int(in.chargeClass);
    case Model::ProtectionColumn:
        return in.terminationProtected;
    case Model::TypeColumn:
        return in.instanceType;
    case Model::PrivateIpColumn:
        return in.privateIps.value(0);
    case Model::PublicIpColumn:
        return in.publicIps.value(0);
    case Model::CreatedColumn:
        return in.created;
    case Model::ExpiresColumn:
        return in.expires;
    case Model::ReleaseColumn:
        return in.lifecycle == Lifecycle::RecycleBin ? in.autoRelease : QDateTime();
    case Model::TagsColumn:
        return tagsText(in.tags, u", ");
    default:
        return {};
    }
}

QString InstanceColumnText::title(int column)
{
    switch (column) {
    case Model::ProviderColumn:
        return tr("Provider");
    case Model::AccountColumn:
        return tr("Account");
    case Model::RegionColumn:
        return tr("Region");
    case Model::ZoneColumn:
        return tr("Zone");
    case Model::IdColumn:
        return tr("ID");
    case Model::NameColumn:
        return tr("Name");
    case Model::StatusColumn:
        return tr("Status");
    case Model::ChargeTypeColumn:
        return tr("Charge type");
    case Model::ProtectionColumn:
        return tr("Protection");
    case Model::TypeColumn:
        return tr("Type");
    case Model::PrivateIpColumn:
        return tr("Private IP");
    case Model::PublicIpColumn:
        return tr("Public IP");
    case Model::CreatedColumn:
        return tr("Created");
    case Model::ExpiresColumn:
        return tr("Expires");
    case Model::ReleaseColumn:
        return tr("Released");
    case Model::TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

QString InstanceColumnText::titleToolTip(int column)
{
    switch (column) {
    case Model::StatusColumn:
        return tr("State in the provider's words; the tooltip shows the provider's raw value");
    case Model::ChargeTypeColumn:
        return tr("How the instance is billed; the tooltip shows the provider's raw value");
    case Model::ProtectionColumn:
        return tr("Whether termination protection is on");
    case Model::ExpiresColumn:
        return tr("When the subscription ends");
    case Model::ReleaseColumn:
        return tr("When the provider releases an instance in its recycle bin for good");
    default:
        return {};
    }
}
