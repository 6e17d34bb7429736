// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for the storage tests, doing what a real Hamkor would, so that a test
// can kill it at any moment or run it as another user:
//   hamkor_crash_writer write FILE N   commit N actions, printing each number once committed
//   hamkor_crash_writer hold FILE      open FILE for writing, print "open", wait to be killed
//   hamkor_crash_writer open FILE      open FILE for writing; print "rw", "ro: REASON" or
//                                      "error: MESSAGE"
#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace hamkor::core;

namespace {
void say(const QString &text)
{
    std::printf("%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

int write(Database &db, int count)
{
    for (int i = 1; i <= count; ++i) {
        Transaction transaction(db.connection());
        const QString now = Clock::nowStamp();
        auto organisation = Sql::exec(
            db.connection(),
            QStringLiteral("INSERT INTO organisations (uuid, name, type, country, created_at, "
                           "modified_at) VALUES (?, ?, 'cso', 'KZ', ?, ?) RETURNING id"),
            {newUuid(), QStringLiteral("Organisation %1").arg(i), now, now});
        if (!organisation || !organisation->next()) {
            say(QStringLiteral("error: ") + organisation.message());
            return 1;
        }
        const qint64 id = organisation->value(0).toLongLong();
        organisation->finish();
        // A second table in the same action: both rows or neither.
        auto contact = Sql::exec(db.connection(),
                                 QStringLiteral("INSERT INTO contacts (uuid, organisation_id, "
                                                "name, modified_at) VALUES (?, ?, ?, ?)"),
                                 {newUuid(), id, QStringLiteral("Contact %1").arg(i), now});
        if (!contact) {
            say(QStringLiteral("error: ") + contact.message());
            return 1;
        }
        if (Status committed = transaction.commit(); !committed) {
            say(QStringLiteral("error: ") + committed.message());
            return 1;
        }
        say(QString::number(i));
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        say(QStringLiteral("error: usage"));
        return 2;
    }
    auto db = Database::open(args.at(2));
    if (!db) {
        say(QStringLiteral("error: ") + db.message());
        return 1;
    }
    const QString mode = args.at(1);
    if (mode == u"open") {
        say((*db)->isReadOnly() ? QStringLiteral("ro: ") + (*db)->readOnlyReason()
                                : QStringLiteral("rw"));
        return 0;
    }
    if (mode == u"hold") {
        say(QStringLiteral("open"));
        for (;;)
            QThread::sleep(1);
    }
    if (mode == u"write")
        return write(**db, args.value(3).toInt());
    return 2;
}
