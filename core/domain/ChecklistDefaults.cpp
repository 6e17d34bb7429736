// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ChecklistDefaults.h"

#include "core/reference/JsonResource.h"
#include "core/reference/ReferenceList.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hamkor {
namespace core {

QList<ChecklistItem>
ChecklistDefaults::forProposal(const Proposal &proposal,
                               const QHash<qint64, Organisation> &organisations)
{
    static const QJsonArray templates = loadReferenceItems(QStringLiteral("checklist_templates"));
    const QString language =
        displayLanguage() == u"ru" ? QStringLiteral("ru") : QStringLiteral("en");
    QJsonArray entries;
    for (const auto &value : templates)
        if (value.toObject().value(QLatin1String("code")).toString() == proposal.templateCode)
            entries = value.toObject().value(QLatin1String("entries")).toArray();
    QList<ChecklistItem> items;
    int order = 0;
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString title = entry.value(language).toString();
        const QString each = entry.value(QLatin1String("each")).toString();
        if (each.isEmpty()) {
            ChecklistItem item;
            item.title = title;
            item.sortOrder = order++;
            items.append(item);
            continue;
        }
        for (qsizetype i = 0; i < proposal.members.size(); ++i) {
            const ConsortiumMember &member = proposal.members.at(i);
            if (each != u"member" && member.role != each)
                continue;
            const Organisation organisation = organisations.value(member.organisationId);
            ChecklistItem item;
            item.title = title.arg(organisation.acronym.isEmpty() ? organisation.name
                                                                  : organisation.acronym);
            item.ownerMemberId = member.id > 0 ? member.id : -(i + 1);
            item.sortOrder = order++;
            items.append(item);
        }
    }
    return items;
}

} // namespace core
} // namespace hamkor
