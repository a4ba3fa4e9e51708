#pragma once

#include "Instance.h"

#include <QWidget>

#include <optional>

class QTextBrowser;

// Everything known about the current instance, selectable for copying.
class InstanceDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceDetailsPane(QWidget* parent = nullptr);

    void showInstance(const std::optional<Instance>& instance, const QString& accountName = {});
    QString text() const; // for tests: what is shown, as plain text

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QTextBrowser* m_view = nullptr;
    std::optional<Instance> m_instance;
    QString m_accountName;
};
