// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DuplicateFinder.h"

#include "core/domain/NameMatching.h"
#include "core/storage/Sql.h"

#include <QSet>

namespace hamkor {
namespace core {

DuplicateFinder::DuplicateFinder(const QSqlDatabase &db) : m_db(db) {}

Result<QList<DuplicateMatch>> DuplicateFinder::find(const Organisation &organisation,
                                                    qint64 excludeId) const
{
    QList<DuplicateMatch> matches;
    QSet<qint64> seen{excludeId};
    const auto look = [&](const QString &condition, const QVariantList &values,
                          const QString &reason) -> Status {
        auto query = Sql::exec(m_db,
                               QStringLiteral("SELECT id, name, name_latin FROM organisations "
                                              "WHERE ") +
                                   condition + QStringLiteral(" LIMIT 5"),
                               values);
        if (!query)
            return query.error();
        while (query->next()) {
            const qint64 id = query->value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            Organisation found;
            found.name = query->value(1).toString();
            found.nameLatin = query->value(2).toString();
            matches.append({id, found.displayName(), reason});
        }
        return {};
    };

    const QString registration = NameMatching::registrationKey(organisation.registrationNumber);
    if (!registration.isEmpty())
        if (Status s =
                look(QStringLiteral("registration_key = ? AND country = ?"),
                     {registration, organisation.country.toUpper()},
                     tr("the same registration number (%1 %2)")
                         .arg(organisation.country.toUpper(), organisation.registrationNumber));
            !s)
            return s.error();
    const QString domain = NameMatching::websiteDomain(organisation.website);
    if (!domain.isEmpty())
        if (Status s = look(QStringLiteral("website_domain = ?"), {domain},
                            tr("the same website (%1)").arg(domain));
            !s)
            return s.error();
    for (const QString &key : {NameMatching::nameKey(organisation.name),
                               NameMatching::nameKey(organisation.nameLatin)}) {
        if (key.isEmpty())
            continue;
        if (Status s = look(QStringLiteral("(name_key = ? OR name_latin_key = ?) AND country = ?"),
                            {key, key, organisation.country.toUpper()},
                            tr("the same name, spelled differently"));
            !s)
            return s.error();
    }
    return matches;
}

} // namespace core
} // namespace hamkor
