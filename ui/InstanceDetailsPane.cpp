#include "InstanceDetailsPane.h"

#include "DisplayFormat.h"
#include "ProviderFactory.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InstanceDetailsPane::InstanceDetailsPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"detailsPane"_s);
    m_view = new QTextBrowser;
    m_view->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    render();
}

void InstanceDetailsPane::showInstance(const std::optional<Instance>& instance, const QString& accountName)
{
    m_instance = instance;
    m_accountName = accountName;
    render();
}

QString InstanceDetailsPane::text() const
{
    return m_view->toPlainText();
}

void InstanceDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void InstanceDetailsPane::render()
{
    if (!m_instance) {
        m_view->setHtml(u"<p style='color:gray'>"_s + tr("Select an instance to see its details.").toHtmlEscaped()
                        + u"</p>"_s);
        return;
    }
    const Instance& i = *m_instance;
    QList<std::pair<QString, QString>> rows{
        {tr("Instance id"), i.id},
        {tr("Name"), i.name},
        {tr("Provider"), providerDisplayName(i.provider)},
        {tr("Account"), m_accountName},
        {tr("Region"), i.region},
        {tr("Zone"), i.zone},
        {tr("Status"), ProviderCatalog::stateLabel(i.provider, i.rawState) + u" (" + i.rawState + u')'},
        {tr("Charge type"),
         ProviderCatalog::chargeTypeLabel(i.provider, i.rawChargeType) + u" (" + i.rawChargeType + u')'},
        {tr("Termination protection"), i.terminationProtected ? tr("On") : tr("Off")},
        {tr("Restriction"), i.restriction},
        {tr("Instance type"), i.instanceType},
        {tr("Operating system"), i.osName},
        {tr("Private IPs"), i.privateIps.join(u", "_s)},
        {tr("Public IPs"), i.publicIps.join(u", "_s)},
        {tr("Created"), DisplayFormat::time(i.created)},
        {tr("Expires"), DisplayFormat::time(i.expires)},
        {tr("Released automatically"), DisplayFormat::time(i.autoRelease)},
    };
    QStringList tags;
    for (const InstanceTag& tag : i.tags)
        tags << tag.key + u'=' + tag.value;
    rows.append({tr("Tags"), tags.join(u", "_s)});
    if (!i.lastOperation.action.isEmpty())
        rows.append({tr("Last operation"), i.lastOperation.action + u" — " + i.lastOperation.state});

    QString html = u"<table cellspacing='2'>"_s;
    for (const auto& [label, value] : rows) {
        if (value.isEmpty())
            continue;
        html += u"<tr><td style='color:gray; padding-right:8px'>"_s + label.toHtmlEscaped() + u"</td><td>"_s
            + value.toHtmlEscaped() + u"</td></tr>"_s;
    }
    m_view->setHtml(html + u"</table>"_s);
}
