// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/PartnersPage.h"

#include "core/Store.h"
#include "core/commands/OrganisationCommands.h"
#include "core/export/OrganisationExport.h"
#include "core/export/WholeFile.h"
#include "core/io/CsvWriter.h"
#include "core/reference/Reference.h"
#include "core/storage/OrganisationQuery.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/Settings.h"
#include "ui/dialogs/ImportPartnersDialog.h"
#include "ui/dialogs/OrganisationEditorDialog.h"
#include "ui/dialogs/ReadOnlyDialog.h"
#include "ui/models/OrganisationListModel.h"
#include "ui/shell/FileDialogs.h"
#include "ui/widgets/FilterHint.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

PartnersPage::PartnersPage(QWidget *parent) : Page(parent)
{
    m_model = new OrganisationListModel(this);
    connect(m_model, &OrganisationListModel::errorOccurred, this, &PartnersPage::showError);
    createActions();
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("partnersView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrganisationListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[column, width] : {std::pair{OrganisationListModel::Name, 380},
                                        std::pair{OrganisationListModel::Acronym, 90},
                                        std::pair{OrganisationListModel::Type, 150},
                                        std::pair{OrganisationListModel::Country, 110},
                                        std::pair{OrganisationListModel::City, 100},
                                        std::pair{OrganisationListModel::Themes, 220},
                                        std::pair{OrganisationListModel::Networks, 180}})
        m_view->setColumnWidth(column, width);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_edit, m_delete, m_merge});
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        editOrganisation(m_model->organisationId(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartnersPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n organisations", nullptr, m_model->rowCount()));
        updateSelection();
    });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_new, m_edit, m_delete, m_merge});
    toolbar->addSeparator();
    toolbar->addAction(m_import);
    auto *exportButton = new QToolButton(toolbar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions(exportActions());
    exportButton->setMenu(exportMenu);
    toolbar->addWidget(exportButton);
    m_count = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBar());
    m_filterHint = new FilterHint(m_view, m_search, {m_type, m_country, m_theme, m_network},
                                  [this] { applyFilter(); });
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    updateSelection();
}

QString PartnersPage::title() const
{
    return tr("Partners");
}

QWidget *PartnersPage::filterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_search->setPlaceholderText(tr("Find by name in any script, acronym, city or notes"));
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox(bar);
    m_type->addItem(tr("All types"), QString());
    for (const core::ReferenceItem &item : core::reference::organisationTypes().items())
        m_type->addItem(item.name(), item.code);
    m_country = new QComboBox(bar);
    m_country->addItem(tr("All countries"), QString());
    for (const core::ReferenceItem &item : core::reference::countries().items())
        m_country->addItem(item.name(), item.code);
    m_theme = new QComboBox(bar);
    m_theme->addItem(tr("All thematic areas"), QString());
    for (const core::ReferenceItem &item : core::reference::themes().items())
        m_theme->addItem(item.name(), item.code);
    m_network = new QComboBox(bar);
    m_network->addItem(tr("All networks"), QString());
    for (QComboBox *box : {m_type, m_country, m_theme, m_network}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        connect(box, &QComboBox::currentIndexChanged, this, &PartnersPage::applyFilter);
    }
    connect(m_search, &QLineEdit::textChanged, this, &PartnersPage::applyFilter);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_type);
    layout->addWidget(m_country);
    layout->addWidget(m_theme);
    layout->addWidget(m_network);
    return bar;
}

void PartnersPage::createActions()
{
    m_new = new QAction(tr("&New Partner…"), this);
    connect(m_new, &QAction::triggered, this, [this] { newOrganisation(); });
    m_edit = new QAction(tr("&Open…"), this);
    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            editOrganisation(ids.constFirst());
    });
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &PartnersPage::deleteSelected);
    m_merge = new QAction(tr("&Merge Two…"), this);
    m_merge->setStatusTip(tr("Keep one of two selected organisations and move everything of the "
                             "other to it"));
    connect(m_merge, &QAction::triggered, this, &PartnersPage::mergeSelected);
    m_import = new QAction(tr("Import &Partners from CSV…"), this);
    connect(m_import, &QAction::triggered, this, [this] {
        if (!m_store)
            return;
        ImportPartnersDialog dialog(*m_store, this);
        dialog.chooseFile();
        if (dialog.hasFile())
            dialog.exec();
    });
    m_exportCsv = new QAction(tr("Export Partners as CS&V…"), this);
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportTo(QStringLiteral("csv")); });
    m_exportVcf = new QAction(tr("Export Contacts as v&Card…"), this);
    connect(m_exportVcf, &QAction::triggered, this, [this] { exportTo(QStringLiteral("vcf")); });
}

void PartnersPage::setStore(core::Store *store)
{
    m_filterHint->clearFilter(); // another file: the last one's search means nothing there
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_model->setStore(store);
    if (m_store)
        connect(m_store, &core::Store::tableChanged, this, &PartnersPage::refreshNetworks);
    refreshNetworks();
    updateSelection();
}

void PartnersPage::refreshNetworks()
{
    const QString current = m_network->currentData().toString();
    const QSignalBlocker blocker(m_network);
    while (m_network->count() > 1)
        m_network->removeItem(1);
    if (m_store)
        if (const auto networks =
                core::OrganisationQuery(m_store->database().connection()).networks();
            networks)
            for (const QString &network : *networks)
                m_network->addItem(network, network);
    m_network->setCurrentIndex(std::max(0, m_network->findData(current)));
}

void PartnersPage::applyFilter()
{
    core::OrganisationFilter filter;
    filter.text = m_search->text();
    filter.type = m_type->currentData().toString();
    filter.country = m_country->currentData().toString();
    filter.theme = m_theme->currentData().toString();
    filter.network = m_network->currentData().toString();
    m_model->setFilter(filter);
}

QList<qint64> PartnersPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->organisationId(index.row());
    return ids;
}

void PartnersPage::updateSelection()
{
    const bool writable = m_store && !m_store->isReadOnly();
    const qsizetype selected = selectedIds().size();
    m_new->setEnabled(writable);
    m_import->setEnabled(writable);
    m_edit->setEnabled(selected >= 1);
    m_delete->setEnabled(writable && selected >= 1);
    m_merge->setEnabled(writable && selected == 2);
    m_exportCsv->setEnabled(m_store);
    m_exportVcf->setEnabled(m_store);
}

bool PartnersPage::newOrganisation()
{
    if (!m_store)
        return false;
    OrganisationEditorDialog dialog(*m_store, core::Organisation{}, this);
    dialog.setSave([&] {
        return core::statusOf(core::commands::addOrganisation(*m_store, dialog.organisation()));
    });
    const int result = dialog.exec();
    if (dialog.openInstead())
        return editOrganisation(dialog.openInstead());
    return result == QDialog::Accepted;
}

bool PartnersPage::editOrganisation(qint64 id)
{
    if (!m_store || !id)
        return false;
    const auto organisation =
        core::OrganisationRepository(m_store->database().connection()).load(id);
    if (!organisation) {
        showError(organisation.message());
        return false;
    }
    OrganisationEditorDialog dialog(*m_store, *organisation, this);
    if (m_store->isReadOnly()) {
        dialog.setWindowTitle(tr("Partner (read-only)"));
        makeReadOnly(dialog);
    } else {
        dialog.setSave(
            [&] { return core::commands::editOrganisation(*m_store, dialog.organisation()); });
    }
    const int result = dialog.exec();
    if (dialog.openInstead())
        return editOrganisation(dialog.openInstead());
    return result == QDialog::Accepted && !m_store->isReadOnly();
}

void PartnersPage::deleteSelected()
{
    if (!m_store)
        return;
    if (const auto removed = core::commands::removeOrganisations(*m_store, selectedIds()); !removed)
        showError(removed.message());
}

void PartnersPage::mergeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_store || ids.size() != 2)
        return;
    core::OrganisationRepository repository(m_store->database().connection());
    const auto first = repository.load(ids.at(0));
    const auto second = repository.load(ids.at(1));
    if (!first || !second)
        return;
    bool chosen = false;
    const QStringList names{first->displayName(), second->displayName()};
    const QString keep = QInputDialog::getItem(
        this, tr("Merge two organisations"),
        tr("Keep which one? The other's contacts, engagements and consortium places move to "
           "it, and the other is deleted. Edit > Undo takes it back."),
        names, 0, false, &chosen);
    if (!chosen)
        return;
    const bool keepFirst = keep == names.at(0);
    if (const auto merged = core::commands::mergeOrganisations(
            *m_store, keepFirst ? ids.at(0) : ids.at(1), keepFirst ? ids.at(1) : ids.at(0));
        !merged)
        showError(merged.message());
}

void PartnersPage::exportTo(const QString &format)
{
    if (!m_store)
        return;
    const bool csv = format == u"csv";
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export partners as CSV") : tr("Export contacts as vCard"),
        QDir(FileDialogs::startFolder())
            .filePath(csv ? QStringLiteral("partners.csv") : QStringLiteral("contacts.vcf")),
        csv ? tr("CSV files (*.csv)") : tr("vCard files (*.vcf)"));
    if (path.isEmpty())
        return;
    core::OrganisationQuery query(m_store->database().connection());
    query.setFilter(m_model->filter());
    const auto rows = query.all();
    QList<qint64> ids;
    if (rows)
        for (const core::OrganisationRow &row : *rows)
            ids << row.id;
    const auto organisations =
        core::OrganisationRepository(m_store->database().connection()).loadMany(ids);
    if (!rows || !organisations) {
        showError(rows ? organisations.message() : rows.message());
        return;
    }
    const core::Status written = core::WholeFile::write(path, [&](QIODevice &file) {
        const core::Status status = csv ? core::OrganisationExport::csv(file, *organisations, {})
                                        : core::OrganisationExport::vcf(file, *organisations);
        if (!status)
            return core::Status(core::Error{tr("Cannot write %1: %2").arg(path, status.message())});
        return status;
    });
    if (!written) {
        showError(written.message());
        return;
    }
    Settings::set(Settings::LastDirectory, QFileInfo(path).absolutePath());
}

void PartnersPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Partners"), message);
}

} // namespace ui
} // namespace hamkor
