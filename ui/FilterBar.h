#pragma once

#include <QWidget>

class InstanceFilterProxy;
class QCheckBox;
class QComboBox;
class QLineEdit;

// The filters above the instance table: search (id, name, IP, tag), state, charge type and
// "recycle bin only". It sets them on the proxy as the operator changes them.
//
// The window's own shortcuts keep working while the search box has the focus: a line edit would
// otherwise take keys such as Ctrl+E (end of line on X11) for itself.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(InstanceFilterProxy& proxy, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
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

    InstanceFilterProxy& m_proxy;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QComboBox* m_chargeFilter = nullptr;
    QCheckBox* m_recycleOnly = nullptr;
    QList<QKeySequence> m_windowShortcuts;
};
