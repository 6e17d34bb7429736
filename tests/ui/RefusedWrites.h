// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Store.h"
#include "core/storage/Sql.h"

#include <QTest>

// Makes every insert and update of one table fail on the store's connection, as a full
// disk or a file turned read-only would, until the object goes out of scope: a temporary
// trigger, seen by that connection only.
class RefusedWrites
{
public:
    RefusedWrites(hamkor::core::Store &store, const QString &table) : m_store(store)
    {
        for (const char *event : {"INSERT", "UPDATE"}) {
            const QString name = QStringLiteral("refuse_%1_%2").arg(table, QLatin1String(event));
            m_triggers << name;
            const auto made = hamkor::core::Sql::exec(
                m_store.database().connection(),
                QStringLiteral("CREATE TEMP TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT "
                               "RAISE(ABORT, 'the disk is full (simulated)'); END")
                    .arg(name, QLatin1String(event), table));
            if (!made)
                qFatal("RefusedWrites: %s", qPrintable(made.message()));
        }
    }
    ~RefusedWrites()
    {
        for (const QString &name : std::as_const(m_triggers))
            (void)hamkor::core::Sql::exec(m_store.database().connection(),
                                          QStringLiteral("DROP TRIGGER %1").arg(name));
    }
    RefusedWrites(const RefusedWrites &) = delete;
    RefusedWrites &operator=(const RefusedWrites &) = delete;

private:
    hamkor::core::Store &m_store;
    QStringList m_triggers;
};
