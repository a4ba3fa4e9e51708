#include "UnconfirmedCallsDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UnconfirmedCallsDialog::UnconfirmedCallsDialog(History& history, QWidget* parent)
    : QDialog(parent)
    , m_history(history)
    , m_review(history)
{
    setObjectName(u"unconfirmedCallsDialog"_s);
    m_explanation = new QLabel;
    m_explanation->setObjectName(u"explanation"_s);
    m_explanation->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"callList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_error = new QLabel;
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_verify = new QPushButton;
    m_verify->setObjectName(u"verify"_s);
    m_verify->setDefault(true);
    m_markReviewed = new QPushButton;
    m_markReviewed->setObjectName(u"markReviewed"_s);
    m_markReviewed->setAutoDefault(false);
    m_later = new QPushButton;
    m_later->setObjectName(u"later"_s);
    m_later->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_verify);
    buttons->addWidget(m_markReviewed);
    buttons->addWidget(m_later);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_verify, &QPushButton::clicked, this, &UnconfirmedCallsDialog::verify);
    connect(m_markReviewed, &QPushButton::clicked, this, &UnconfirmedCallsDialog::markReviewed);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    resize(820, 360);
}

bool UnconfirmedCallsDialog::hasUnconfirmed(const History& history)
{
    return !history.unconfirmedCalls().isEmpty();
}

void UnconfirmedCallsDialog::retranslateUi()
{
    setWindowTitle(tr("Calls that were not confirmed"));
    m_explanation->setText(
        tr("Teardown Console stopped while the destructive call(s) below were on their way to the provider, "
           "before any reply arrived. They may or may not have been applied: the instances may already be "
           "stopped or released. Verify the instances before acting on them again.",
           nullptr, int(m_review.calls().size())));
    m_list->setHeaderLabels({tr("Sent"), tr("Account"), tr("Region"), tr("Action"), tr("Instances"), tr("Found")});
    m_verify->setText(tr("&Verify instances"));
    m_verify->setToolTip(tr("Read these instances again from the provider and record what they show."));
    m_markReviewed->setText(tr("&Mark as reviewed"));
    m_markReviewed->setToolTip(tr("Record these calls as having an unknown outcome and stop asking."));
    m_later->setText(m_remaining == 0 ? tr("&Close") : tr("&Later"));
    fill();
}

void UnconfirmedCallsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UnconfirmedCallsDialog::fill()
{
    m_list->clear();
    for (const CallRecord& r : m_review.calls()) {
        auto* item = new QTreeWidgetItem(m_list,
                                         {QLocale().toString(r.sentAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s),
                                          r.accountName.isEmpty() ? r.accountId : r.accountName, r.region, r.action,
                                          r.instanceIds.join(u", "_s)});
        item->setData(0, Qt::UserRole, r.id);
        if (const auto found = m_findings.constFind(r.id); found != m_findings.cend())
            item->setText(5, found->note());
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
}

void UnconfirmedCallsDialog::verify()
{
    emit verifyRequested(instanceIds());
}

void UnconfirmedCallsDialog::showVerifying()
{
    m_verify->setEnabled(false);
    m_markReviewed->setEnabled(false);
    m_error->setText(tr("Reading the instances again…"));
    m_error->show();
}

void UnconfirmedCallsDialog::showFindings(const QHash<qint64, CallFinding>& findings, int remaining,
                                          const QString& recordingProblem)
{
    m_findings = findings;
    m_remaining = remaining;
    m_verify->setEnabled(remaining > 0);
    m_markReviewed->setEnabled(remaining > 0);
    QString text = remaining == 0
        ? tr("Every call is verified; what was found is recorded in the history.")
        : tr("%n call(s) could not be verified and are still unconfirmed.", nullptr, remaining);
    if (!recordingProblem.isEmpty())
        text += u' ' + recordingProblem;
    m_error->setText(text);
    m_error->show();
    retranslateUi(); // the last button now closes, and the findings are listed
}

void UnconfirmedCallsDialog::markReviewed()
{
    if (m_review.markAllReviewed()) {
        accept();
        return;
    }
    fill();
    m_error->setText(
        tr("%n call(s) could not be marked in the history database. %1", nullptr, int(m_review.calls().size()))
            .arg(m_history.errorString()));
    m_error->show();
}
