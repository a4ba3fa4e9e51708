#pragma once

#include <QLabel>
#include <QString>

// The line under a form field that says what is wrong with it; hidden while nothing is. Every
// account form part uses the same one, so that problems look alike wherever they are shown.
inline QLabel* problemLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    label->hide();
    return label;
}
