// SPDX-License-Identifier: GPL-3.0-or-later
// BudgetTreeModel's nodes; only its own sources include this.
#pragma once

#include "ui/models/BudgetTreeModel.h"

namespace hamkor {
namespace ui {

struct BudgetTreeModel::Node
{
    enum class Kind
    {
        Heading,
        Line,
        Total,
        Unfiled // lines whose heading the template does not have
    };
    Kind kind = Kind::Heading;
    QString code;
    int line = -1; // Line: its index in the version's lines
    int depth = 0;
    Node *parent = nullptr;
    QList<Node *> children;
    int row = 0;
};

} // namespace ui
} // namespace hamkor
