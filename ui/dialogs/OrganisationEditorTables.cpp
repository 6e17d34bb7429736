// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts and engagements tabs of the organisation editor.
#include "core/reference/Reference.h"
#include "ui/dialogs/OrganisationEditorDialog.h"
#include "ui/widgets/DateFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int UuidRole = Qt::UserRole + 1;

QWidget *tableWithButtons(QTableWidget *table, const std::function<void()> &add)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    table->setParent(page);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(OrganisationEditorDialog::tr("&Add"), page);
    auto *removeButton = new QPushButton(OrganisationEditorDialog::tr("&Remove"), page);
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    QObject::connect(addButton, &QPushButton::clicked, table, [table, add] {
        add();
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return page;
}
} // namespace

QWidget *OrganisationEditorDialog::contactsTab()
{
    m_contacts = new QTableWidget(0, 6);
    m_contacts->setObjectName(QStringLiteral("contacts"));
    m_contacts->setHorizontalHeaderLabels(
        {tr("Name"), tr("Position"), tr("E-mail"), tr("Phone"), tr("WhatsApp"), tr("Telegram")});
    m_contacts->setColumnWidth(0, 170);
    m_contacts->setColumnWidth(2, 170);
    return tableWithButtons(m_contacts, [this] { addContactRow({}); });
}

void OrganisationEditorDialog::addContactRow(const core::Contact &contact)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    const QStringList cells{contact.name,  contact.position, contact.email,
                            contact.phone, contact.whatsapp, contact.telegram};
    for (int column = 0; column < cells.size(); ++column)
        m_contacts->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    m_contacts->item(row, 0)->setData(IdRole, contact.id);
    m_contacts->item(row, 0)->setData(UuidRole, contact.uuid);
}

QWidget *OrganisationEditorDialog::engagementsTab()
{
    m_engagements = new QTableWidget(0, 5);
    m_engagements->setObjectName(QStringLiteral("engagements"));
    m_engagements->setHorizontalHeaderLabels(
        {tr("From"), tr("Until"), tr("Kind"), tr("What"), tr("Note")});
    m_engagements->setColumnWidth(0, 130);
    m_engagements->setColumnWidth(2, 170);
    m_engagements->setColumnWidth(3, 200);
    return tableWithButtons(m_engagements, [this] {
        core::Engagement fresh;
        fresh.kind = QStringLiteral("consultation");
        fresh.started = QDate::currentDate();
        addEngagementRow(fresh);
    });
}

void OrganisationEditorDialog::addEngagementRow(const core::Engagement &engagement)
{
    const int row = m_engagements->rowCount();
    m_engagements->insertRow(row);
    m_engagements->setItem(row, 0, new QTableWidgetItem(DateFormat::text(engagement.started)));
    m_engagements->setItem(row, 1, new QTableWidgetItem(DateFormat::text(engagement.ended)));
    auto *kind = new QComboBox;
    for (const core::ReferenceItem &item : core::reference::engagementKinds().items())
        kind->addItem(item.name(), item.code);
    kind->setCurrentIndex(std::max(0, kind->findData(engagement.kind)));
    m_engagements->setCellWidget(row, 2, kind);
    m_engagements->setItem(row, 3, new QTableWidgetItem(engagement.title));
    m_engagements->setItem(row, 4, new QTableWidgetItem(engagement.note));
    m_engagements->item(row, 0)->setData(IdRole, engagement.id);
    m_engagements->item(row, 0)->setData(UuidRole, engagement.uuid);
}

QList<core::Engagement> OrganisationEditorDialog::readEngagements(QStringList *problems) const
{
    QList<core::Engagement> engagements;
    for (int row = 0; row < m_engagements->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_engagements->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        core::Engagement engagement;
        engagement.id = m_engagements->item(row, 0)->data(IdRole).toLongLong();
        engagement.uuid = m_engagements->item(row, 0)->data(UuidRole).toString();
        engagement.started = DateFormat::parse(cell(0)).value_or(QDate());
        engagement.ended = DateFormat::parse(cell(1)).value_or(QDate());
        const auto *kind = qobject_cast<const QComboBox *>(m_engagements->cellWidget(row, 2));
        engagement.kind = kind ? kind->currentData().toString() : QString();
        engagement.title = cell(3);
        engagement.note = cell(4);
        if (!engagement.started.isValid())
            problems->append(tr("Engagement on row %1: “%2” is not a date; write it %3.")
                                 .arg(row + 1)
                                 .arg(cell(0), DateFormat::example()));
        if (!cell(1).isEmpty() && !engagement.ended.isValid())
            problems->append(tr("Engagement on row %1: “%2” is not a date; write it %3.")
                                 .arg(row + 1)
                                 .arg(cell(1), DateFormat::example()));
        if (engagement.ended.isValid() && engagement.started.isValid() &&
            engagement.ended < engagement.started)
            problems->append(tr("Engagement on row %1 ends before it starts.").arg(row + 1));
        engagements.append(engagement);
    }
    return engagements;
}

} // namespace ui
} // namespace hamkor
