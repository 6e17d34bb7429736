// SPDX-License-Identifier: GPL-3.0-or-later
// The consortium and checklist tabs of the proposal editor. Rows refer to each other by
// organisation (an organisation is in a consortium once), so that adding and removing rows
// never leaves a checklist owner or an affiliation pointing at the wrong partner.
#include "core/Store.h"
#include "core/commands/OrganisationCommands.h"
#include "core/reference/Reference.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/dialogs/OrganisationEditorDialog.h"
#include "ui/dialogs/ProposalEditorDialog.h"
#include "ui/widgets/DateFormat.h"

#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

namespace {
enum MemberColumn
{
    Organisation,
    Role,
    TiedTo,
    ContactPerson,
    Contribution
};
enum ItemColumn
{
    Title,
    Owner,
    Due,
    State,
    File
};
constexpr int IdRole = Qt::UserRole;
constexpr int UuidRole = Qt::UserRole + 1;

QComboBox *combo(QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

QWidget *withButtons(QTableWidget *table, const QString &addText, const std::function<void()> &add,
                     const std::function<void()> &removed)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    table->setParent(page);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(table);
    auto *row = new QHBoxLayout;
    auto *addButton = new QPushButton(addText, page);
    auto *removeButton = new QPushButton(ProposalEditorDialog::tr("&Remove"), page);
    row->addWidget(addButton);
    row->addWidget(removeButton);
    row->addStretch();
    layout->addLayout(row);
    QObject::connect(addButton, &QPushButton::clicked, table, add);
    QObject::connect(removeButton, &QPushButton::clicked, table, [table, removed] {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            removed();
        }
    });
    return page;
}
} // namespace

QComboBox *ProposalEditorDialog::organisationCombo() const
{
    auto *box = new QComboBox;
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    QList<const core::Organisation *> sorted;
    for (const core::Organisation &organisation : m_organisations)
        sorted << &organisation;
    std::sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) {
        return a->displayName().localeAwareCompare(b->displayName()) < 0;
    });
    for (const core::Organisation *organisation : std::as_const(sorted))
        box->addItem(organisation->acronym.isEmpty()
                         ? organisation->displayName()
                         : organisation->acronym + QStringLiteral(" — ") +
                               organisation->displayName(),
                     organisation->id);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return box;
}

QComboBox *ProposalEditorDialog::memberCombo(qint64 selectedOrganisation) const
{
    auto *box = new QComboBox;
    box->addItem(tr("—"), qint64(0));
    for (int row = 0; row < m_consortium->rowCount(); ++row) {
        const QComboBox *organisation = combo(m_consortium, row, Organisation);
        if (organisation && organisation->currentData().toLongLong())
            box->addItem(organisation->currentText(), organisation->currentData());
    }
    box->setCurrentIndex(std::max(0, box->findData(selectedOrganisation)));
    return box;
}

QWidget *ProposalEditorDialog::consortiumTab()
{
    m_consortium = new QTableWidget(0, 5);
    m_consortium->setObjectName(QStringLiteral("consortium"));
    m_consortium->setHorizontalHeaderLabels({tr("Organisation"), tr("Role"), tr("Affiliated to"),
                                             tr("Contact person"), tr("Contribution")});
    m_consortium->setColumnWidth(Organisation, 300);
    m_consortium->setColumnWidth(Role, 170);
    m_consortium->setColumnWidth(TiedTo, 130);
    m_consortium->setColumnWidth(ContactPerson, 160);
    QWidget *page = withButtons(
        m_consortium, tr("&Add partner"),
        [this] {
            addMemberRow(
                {0,
                 {},
                 0,
                 m_consortium->rowCount() ? QStringLiteral("co-applicant") : QStringLiteral("lead"),
                 0,
                 0,
                 {},
                 m_consortium->rowCount()});
            refreshMemberChoices();
        },
        [this] { refreshMemberChoices(); });
    // A partner not in the directory yet is created on the spot.
    auto *create = new QPushButton(tr("&New organisation…"), page);
    create->setObjectName(QStringLiteral("newOrganisation"));
    qobject_cast<QBoxLayout *>(page->layout()->itemAt(1)->layout())->insertWidget(1, create);
    connect(create, &QPushButton::clicked, this, &ProposalEditorDialog::createOrganisation);
    return page;
}

void ProposalEditorDialog::createOrganisation()
{
    OrganisationEditorDialog editor(m_store, core::Organisation{}, this);
    const int result = editor.exec();
    qint64 id = editor.openInstead(); // it was in the directory after all
    if (!id && result == QDialog::Accepted) {
        const auto added = core::commands::addOrganisation(m_store, editor.organisation());
        if (!added) {
            QMessageBox::warning(this, windowTitle(), added.message());
            return;
        }
        id = *added;
    }
    if (!id)
        return;
    if (const auto organisation =
            core::OrganisationRepository(m_store.database().connection()).load(id);
        organisation)
        m_organisations.insert(id, *organisation);
    for (int row = 0; row < m_consortium->rowCount(); ++row) {
        // The new organisation becomes a choice in every row.
        QComboBox *box = combo(m_consortium, row, Organisation);
        const qint64 selected = box->currentData().toLongLong();
        QComboBox *fresh = organisationCombo();
        fresh->setCurrentIndex(std::max(0, fresh->findData(selected)));
        fresh->lineEdit()->setCursorPosition(0);
        m_consortium->setCellWidget(row, Organisation, fresh);
        connect(fresh, &QComboBox::currentIndexChanged, this,
                &ProposalEditorDialog::refreshMemberChoices);
    }
    addMember(id,
              m_consortium->rowCount() ? QStringLiteral("co-applicant") : QStringLiteral("lead"));
}

void ProposalEditorDialog::addMember(qint64 organisationId, const QString &role)
{
    addMemberRow({0, {}, organisationId, role, 0, 0, {}, m_consortium->rowCount()});
    refreshMemberChoices();
}

void ProposalEditorDialog::addMemberRow(const core::ConsortiumMember &member)
{
    const int row = m_consortium->rowCount();
    m_consortium->insertRow(row);
    QComboBox *organisation = organisationCombo();
    int chosen = organisation->findData(member.organisationId);
    if (chosen < 0) {
        // "Add partner": the first organisation not in the consortium yet, not the same one
        // each time.
        QSet<qint64> taken;
        for (int other = 0; other < row; ++other)
            if (const auto *box = combo(m_consortium, other, Organisation))
                taken.insert(box->currentData().toLongLong());
        for (int i = 0; i < organisation->count() && chosen < 0; ++i)
            if (!taken.contains(organisation->itemData(i).toLongLong()))
                chosen = i;
    }
    organisation->setCurrentIndex(std::max(0, chosen));
    organisation->lineEdit()->setCursorPosition(0); // the acronym, not the end of the name
    m_consortium->setCellWidget(row, Organisation, organisation);
    auto *role = new QComboBox;
    for (const core::ReferenceItem &item : core::reference::partnerRoles().items())
        role->addItem(item.name(), item.code);
    role->setCurrentIndex(std::max(0, role->findData(member.role)));
    m_consortium->setCellWidget(row, Role, role);
    // The affiliation is stored by organisation until the rows are read back.
    qint64 tiedOrganisation = 0;
    for (const core::ConsortiumMember &other : m_original.members)
        if (member.affiliatedTo > 0 && other.id == member.affiliatedTo)
            tiedOrganisation = other.organisationId;
    auto *contribution = new QTableWidgetItem(member.contribution);
    contribution->setData(IdRole, member.id);
    contribution->setData(UuidRole, member.uuid);
    contribution->setData(Qt::UserRole + 2, tiedOrganisation);
    contribution->setData(Qt::UserRole + 3, member.contactId);
    m_consortium->setItem(row, Contribution, contribution);
    connect(organisation, &QComboBox::currentIndexChanged, this,
            &ProposalEditorDialog::refreshMemberChoices);
}

QComboBox *ProposalEditorDialog::contactCombo(qint64 organisationId, qint64 selected) const
{
    auto *box = new QComboBox;
    box->addItem(tr("—"), qint64(0));
    for (const core::Contact &contact : m_organisations.value(organisationId).contacts)
        box->addItem(contact.position.isEmpty()
                         ? contact.name
                         : contact.name + QStringLiteral(", ") + contact.position,
                     contact.id);
    box->setCurrentIndex(std::max(0, box->findData(selected)));
    return box;
}

void ProposalEditorDialog::refreshMemberChoices()
{
    // Affiliations and checklist owners choose among the partners listed now.
    for (int row = 0; row < m_consortium->rowCount(); ++row) {
        const QComboBox *current = combo(m_consortium, row, TiedTo);
        const qint64 selected =
            current ? current->currentData().toLongLong()
                    : m_consortium->item(row, Contribution)->data(Qt::UserRole + 2).toLongLong();
        m_consortium->setCellWidget(row, TiedTo, memberCombo(selected));
        const qint64 organisation =
            combo(m_consortium, row, Organisation)->currentData().toLongLong();
        const QComboBox *contact = combo(m_consortium, row, ContactPerson);
        const qint64 person =
            contact ? contact->currentData().toLongLong()
                    : m_consortium->item(row, Contribution)->data(Qt::UserRole + 3).toLongLong();
        m_consortium->setCellWidget(row, ContactPerson, contactCombo(organisation, person));
    }
    for (int row = 0; m_checklist && row < m_checklist->rowCount(); ++row) {
        const QComboBox *current = combo(m_checklist, row, Owner);
        m_checklist->setCellWidget(row, Owner,
                                   memberCombo(current ? current->currentData().toLongLong() : 0));
    }
}

QList<core::ConsortiumMember> ProposalEditorDialog::readMembers(QStringList *problems) const
{
    QList<core::ConsortiumMember> members;
    QList<qint64> tiedTo; // by organisation, resolved below
    for (int row = 0; row < m_consortium->rowCount(); ++row) {
        core::ConsortiumMember member;
        const QTableWidgetItem *cell = m_consortium->item(row, Contribution);
        member.id = cell->data(IdRole).toLongLong();
        member.uuid = cell->data(UuidRole).toString();
        member.contactId = combo(m_consortium, row, ContactPerson)
                               ? combo(m_consortium, row, ContactPerson)->currentData().toLongLong()
                               : cell->data(Qt::UserRole + 3).toLongLong();
        member.contribution = cell->text().trimmed();
        member.organisationId = combo(m_consortium, row, Organisation)->currentData().toLongLong();
        member.role = combo(m_consortium, row, Role)->currentData().toString();
        member.sortOrder = row;
        if (!member.organisationId)
            problems->append(
                tr("Consortium row %1: choose an organisation from the directory.").arg(row + 1));
        tiedTo << (combo(m_consortium, row, TiedTo)
                       ? combo(m_consortium, row, TiedTo)->currentData().toLongLong()
                       : 0);
        members.append(member);
    }
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members[i].role != u"affiliated" || !tiedTo.at(i))
            continue;
        for (qsizetype j = 0; j < members.size(); ++j)
            if (members.at(j).organisationId == tiedTo.at(i))
                members[i].affiliatedTo = members.at(j).id > 0 ? members.at(j).id : -(j + 1);
    }
    return members;
}

QWidget *ProposalEditorDialog::checklistTab()
{
    m_checklist = new QTableWidget(0, 5);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setHorizontalHeaderLabels(
        {tr("What is needed"), tr("From"), tr("Due"), tr("State"), tr("File")});
    m_checklist->setColumnWidth(Title, 300);
    m_checklist->setColumnWidth(Owner, 170);
    m_checklist->setColumnWidth(Due, 130);
    m_checklist->setColumnWidth(State, 120);
    QWidget *page = withButtons(
        m_checklist, tr("Add &item"),
        [this] {
            addChecklistRow({0, {}, {}, 0, {}, QStringLiteral("todo"), {}, m_checklist->rowCount()},
                            0);
        },
        [] {});
    auto *buttons = qobject_cast<QBoxLayout *>(page->layout()->itemAt(1)->layout());
    auto *attach = new QPushButton(tr("A&ttach file…"), page);
    auto *open = new QPushButton(tr("&Open file"), page);
    buttons->insertWidget(2, attach);
    buttons->insertWidget(3, open);
    connect(attach, &QPushButton::clicked, this, [this] {
        const int row = m_checklist->currentRow();
        if (row < 0)
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty())
            m_checklist->setItem(row, File, new QTableWidgetItem(path));
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_checklist->currentRow();
        const QTableWidgetItem *file = row >= 0 ? m_checklist->item(row, File) : nullptr;
        if (file && !file->text().trimmed().isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(file->text().trimmed()));
    });
    return page;
}

void ProposalEditorDialog::addChecklistRow(const core::ChecklistItem &item,
                                           qint64 ownerOrganisation)
{
    const int row = m_checklist->rowCount();
    m_checklist->insertRow(row);
    auto *title = new QTableWidgetItem(item.title);
    title->setData(IdRole, item.id);
    title->setData(UuidRole, item.uuid);
    m_checklist->setItem(row, Title, title);
    m_checklist->setCellWidget(row, Owner, memberCombo(ownerOrganisation));
    m_checklist->setItem(row, Due, new QTableWidgetItem(DateFormat::text(item.due)));
    auto *state = new QComboBox;
    for (const core::ReferenceItem &entry : core::reference::checklistStates().items())
        state->addItem(entry.name(), entry.code);
    state->setCurrentIndex(std::max(0, state->findData(item.state)));
    m_checklist->setCellWidget(row, State, state);
    m_checklist->setItem(row, File, new QTableWidgetItem(item.filePath));
}

QList<core::ChecklistItem>
ProposalEditorDialog::readChecklist(const QList<core::ConsortiumMember> &members,
                                    QStringList *problems) const
{
    QList<core::ChecklistItem> items;
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        core::ChecklistItem item;
        const QTableWidgetItem *title = m_checklist->item(row, Title);
        item.id = title->data(IdRole).toLongLong();
        item.uuid = title->data(UuidRole).toString();
        item.title = title->text().trimmed();
        const QString due =
            m_checklist->item(row, Due) ? m_checklist->item(row, Due)->text().trimmed() : QString();
        item.due = DateFormat::parse(due).value_or(QDate());
        if (!due.isEmpty() && !item.due.isValid())
            problems->append(tr("Checklist row %1: “%2” is not a date; write it %3.")
                                 .arg(row + 1)
                                 .arg(due, DateFormat::example()));
        item.state = combo(m_checklist, row, State)->currentData().toString();
        item.filePath = m_checklist->item(row, File)
                            ? m_checklist->item(row, File)->text().trimmed()
                            : QString();
        item.sortOrder = row;
        const qint64 owner = combo(m_checklist, row, Owner)->currentData().toLongLong();
        for (qsizetype i = 0; i < members.size(); ++i)
            if (owner && members.at(i).organisationId == owner)
                item.ownerMemberId = members.at(i).id > 0 ? members.at(i).id : -(i + 1);
        if (item.title.isEmpty())
            continue; // an empty row left by "Add item"
        items.append(item);
    }
    return items;
}

} // namespace ui
} // namespace hamkor
