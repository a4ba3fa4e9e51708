#pragma once

#include <QDialog>

class QLabel;

// Where this console keeps what it remembers. The window fills it from the session; the dialog
// only shows it.
struct AboutFacts
{
    QString historyPath; // the history database
    QString settingsPath; // accounts (never a secret) and window state
};

// Help → About: the version and build, the Qt version, the licence, and where the history
// database and the settings live (selectable, to be copied into a bug report or a backup).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const AboutFacts& facts, QWidget* parent = nullptr);

    QString versionText() const;
    QString buildText() const;
    QString qtText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    AboutFacts m_facts;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_licence = nullptr;
    QLabel* m_historyLabel = nullptr;
    QLabel* m_historyPath = nullptr;
    QLabel* m_settingsLabel = nullptr;
    QLabel* m_settingsPath = nullptr;
};
