// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reference/JsonResource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

namespace hamkor {
namespace core {

QJsonArray loadReferenceItems(const QString &name)
{
    QFile file(QStringLiteral(":/reference/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Reference data %s is missing from the program", qPrintable(name));
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("Reference data %s is broken: %s", qPrintable(name),
                 qPrintable(error.errorString()));
        return {};
    }
    return document.object().value(QLatin1String("items")).toArray();
}

} // namespace core
} // namespace hamkor
