#include "FileExport.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace FileExport {

void ask(QWidget* parent, const Request& request, std::function<QByteArray(const QString& path)> content,
         std::function<void(const QString& path)> written)
{
    auto* chooser = new QFileDialog(parent, request.title, request.suggestedPath, request.filters);
    chooser->setObjectName(request.chooserName);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(request.defaultSuffix);
    QObject::connect(
        chooser, &QFileDialog::fileSelected, parent,
        [parent, request, content = std::move(content), written = std::move(written)](const QString& path) {
            if (write(parent, request, path, content(path)) && written)
                written(path);
        });
    chooser->open();
}

bool write(QWidget* parent, const Request& request, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    auto* box = new QMessageBox(QMessageBox::Warning, request.title, request.failure.arg(path, file.errorString()),
                                QMessageBox::Ok, parent);
    box->setObjectName(request.chooserName + u"Failure"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

} // namespace FileExport
