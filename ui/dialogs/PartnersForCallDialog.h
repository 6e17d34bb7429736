// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Call.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// Partners for a call: the organisations whose expertise matches the call's thematic areas,
// whose country and type are eligible, ranked by how well they match and how often we
// worked with them — each with the reasons for its place.
class PartnersForCallDialog : public QDialog
{
    Q_OBJECT

public:
    PartnersForCallDialog(core::Store &store, const core::Call &call, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void organisationActivated(qint64 organisationId);

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace ui
} // namespace hamkor
