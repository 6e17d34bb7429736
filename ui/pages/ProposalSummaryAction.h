// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// File > Export > Proposal summary: the one-to-two page PDF of a proposal, to a file the
// user chooses (written whole or not at all).
class ProposalSummaryAction
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::ui::ProposalSummaryAction)

public:
    static void exportPdf(core::Store &store, qint64 proposalId, QWidget *parent);
};

} // namespace ui
} // namespace hamkor
