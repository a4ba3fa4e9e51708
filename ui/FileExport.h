#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QWidget;

// Saving something the operator exports (the visible list, the call history, a run report): a save
// chooser opened without waiting on it, the bytes written atomically (QSaveFile), and a warning
// opened over the window when they cannot be. Nothing waits on a local event loop.
namespace FileExport {

struct Request
{
    QString chooserName; // the chooser's objectName, for tests and accessibility
    QString title; // translated
    QString suggestedPath;
    QString filters; // translated, as QFileDialog takes them
    QString defaultSuffix; // added when the operator types a name without one
    QString failure; // translated, "%1" the path and "%2" the reason
};

// `content` gives the bytes for the chosen path when it is chosen; `written` runs once they are on disk.
void ask(QWidget* parent, const Request& request, std::function<QByteArray(const QString& path)> content,
         std::function<void(const QString& path)> written = {});

// Writes the bytes; on failure opens the warning and returns false.
bool write(QWidget* parent, const Request& request, const QString& path, const QByteArray& bytes);

} // namespace FileExport
