#include "AboutDialog.h"

#include "BuildInfo.h"
#include "Icons.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kIconSize = 64;

QLabel* selectableLabel()
{
    auto* label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const AboutFacts& facts, QWidget* parent)
    : QDialog(parent)
    , m_facts(facts)
{
    setObjectName(u"aboutDialog"_s);

    auto* icon = new QLabel;
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(Icons::application().pixmap(kIconSize, kIconSize));
    icon->setAlignment(Qt::AlignTop);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = selectableLabel();
    m_version = selectableLabel();
    m_version->setObjectName(u"aboutVersion"_s);
    m_licence = new QLabel;
    m_licence->setOpenExternalLinks(true);
    m_licence->setWordWrap(true);
    m_historyLabel = new QLabel;
    m_historyPath = selectableLabel();
    m_historyPath->setObjectName(u"aboutHistoryPath"_s);
    m_historyPath->setText(m_facts.historyPath);
    m_settingsLabel = new QLabel;
    m_settingsPath = selectableLabel();
    m_settingsPath->setObjectName(u"aboutSettingsPath"_s);
    m_settingsPath->setText(m_facts.settingsPath);

    auto* places = new QFormLayout;
    places->addRow(m_historyLabel, m_historyPath);
    places->addRow(m_settingsLabel, m_settingsPath);

    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_summary);
    text->addWidget(m_version);
    text->addWidget(m_licence);
    text->addLayout(places);
    text->addStretch();

    auto* body = new QHBoxLayout;
    body->addWidget(icon);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);

    retranslateUi();
}

QString AboutDialog::versionText() const
{
    return tr("Version %1").arg(QLatin1StringView(BuildInfo::version));
}

QString AboutDialog::buildText() const
{
    return tr("%1 build, %2").arg(QLatin1StringView(BuildInfo::buildType), QLatin1StringView(BuildInfo::compiler));
}

QString AboutDialog::qtText() const
{
    return tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Teardown Console"));
    m_title->setText(tr("Teardown Console"));
    m_summary->setText(tr("Lists cloud instances across accounts, regions and providers, and returns them under "
                          "each provider's rules: planned, confirmed, verified and recorded."));
    m_version->setText(versionText() + u'\n' + buildText() + u'\n' + qtText());
    m_licence->setText(tr("Licensed under the <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache "
                          "License, Version 2.0</a>."));
    m_historyLabel->setText(tr("History database:"));
    m_settingsLabel->setText(tr("Settings and accounts:"));
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
