// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoData.h"

#include "core/demo/DemoCatalogue.h"
#include "core/demo/DemoWriter.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace hamkor {
namespace core {

Status DemoData::fill(Database &db, Size size, const Progress &progress)
{
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun();
    demo::DemoWriter writer(db.connection());
    const Status written =
        size == Size::Small ? demo::writeSmallDemo(writer) : demo::writeLargeDemo(writer, progress);
    if (!written)
        return written;
    return transaction.commit();
}

} // namespace core
} // namespace hamkor
