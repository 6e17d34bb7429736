// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PartnersForCallDialog.h"

#include "core/Store.h"
#include "core/reference/Reference.h"
#include "core/storage/PartnerRanking.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

PartnersForCallDialog::PartnersForCallDialog(core::Store &store, const core::Call &call,
                                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Partners for “%1”").arg(call.title));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("ranking"));
    m_list->setHeaderLabels({tr("Score"), tr("Organisation"), tr("Country"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 60);
    m_list->setColumnWidth(1, 300);
    m_list->setColumnWidth(2, 110);
    const auto ranked = core::PartnerRanking(store.database().connection()).forCall(call);
    if (!ranked) {
        m_summary->setText(ranked.message());
    } else {
        for (const core::RankedPartner &partner : *ranked) {
            auto *item = new QTreeWidgetItem(
                m_list, {QString::number(partner.score),
                         partner.acronym.isEmpty()
                             ? partner.name
                             : partner.name + QStringLiteral(" (") + partner.acronym + u')',
                         core::reference::countries().name(partner.country),
                         partner.reasons.join(QStringLiteral("; "))});
            item->setData(0, Qt::UserRole, partner.organisationId);
            item->setToolTip(3, partner.reasons.join(u'\n'));
        }
        m_summary->setText(
            ranked->isEmpty()
                ? tr("No organisation in this file matches the call's thematic areas, eligible "
                     "countries and applicant types.")
                : tr("%n organisations match the call, best first. Double-click one to open it.",
                     nullptr, int(ranked->size())));
    }
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT organisationActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

} // namespace ui
} // namespace hamkor
