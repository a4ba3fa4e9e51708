#pragma once

#include "SelectionFilter.h"

#include <QWidget>

class InstanceFilterProxy;
class QCheckBox;
class QComboBox;
class QLineEdit;

// The filters above the instance table: search (id, name, IP, tag), tags (KEY or KEY=VALUE,
// comma-separated, ! to leave out), age (older than 7d, or created before 2024-06-01), state,
// charge type and "recycle bin only". It sets them on the proxy as the operator changes them; the
// tags and the age go through the proxy's SelectionFilter, the rule teardownctl selects by. A tag
// or age that cannot be read is marked, says why in its tooltip, and filters nothing until corrected.
//
// The window's own shortcuts keep working while a text field has the focus: a line edit would
// otherwise take keys such as Ctrl+E (end of line on X11) for itself.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(InstanceFilterProxy& proxy, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    // Empty when the field reads; otherwise why it does not (translated).
    QString tagProblem() const { return m_tagProblem; }
    QString ageProblem() const { return m_ageProblem; }
    QString searchProblem() const { return m_searchProblem; }
    void focusSearch();
    // Shortcuts the search box leaves to the window.
    void setWindowShortcuts(const QList<QKeySequence>& shortcuts);

signals:
    void filtersChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void apply();
    // From the tag and age fields, and a name pattern in the search field; marks those that do not read.
    SelectionFilter readSelection();

    InstanceFilterProxy& m_proxy;
    QLineEdit* m_search = nullptr;
    QLineEdit* m_tags = nullptr;
    QLineEdit* m_age = nullptr;
    QString m_tagProblem;
    QString m_ageProblem;
    QString m_tagHelp;
    QString m_ageHelp;
    QString m_searchProblem;
    QString m_searchHelp;
    QComboBox* m_stateFilter = nullptr;
    QComboBox* m_chargeFilter = nullptr;
    QCheckBox* m_recycleOnly = nullptr;
    QList<QKeySequence> m_windowShortcuts;
};
