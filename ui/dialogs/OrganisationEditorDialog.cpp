// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/OrganisationEditorDialog.h"

#include "core/Store.h"
#include "core/domain/Currency.h"
#include "core/domain/Money.h"
#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"
#include "core/storage/DuplicateFinder.h"
#include "core/storage/OrganisationQuery.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/widgets/CodeChecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

namespace {
core::NumberStyle numberStyle()
{
    return QLocale().language() == QLocale::Russian ? core::NumberStyle::Russian
                                                    : core::NumberStyle::English;
}
} // namespace

OrganisationEditorDialog::OrganisationEditorDialog(core::Store &store,
                                                   const core::Organisation &organisation,
                                                   QWidget *parent)
    : QDialog(parent), m_store(store), m_original(organisation)
{
    setWindowTitle(organisation.id ? tr("Partner: %1").arg(organisation.name) : tr("New partner"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalTab(), tr("General"));
    tabs->addTab(expertiseTab(), tr("Expertise and networks"));
    tabs->addTab(capacityTab(), tr("Capacity"));
    tabs->addTab(contactsTab(), tr("Contacts"));
    tabs->addTab(engagementsTab(), tr("Engagements"));
    tabs->addTab(proposalsTab(), tr("Proposals"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problems->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    load(organisation);
    resize(760, 560);
}

QWidget *OrganisationEditorDialog::generalTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const auto edit = [page](const char *name) {
        auto *line = new QLineEdit(page);
        line->setObjectName(QString::fromLatin1(name));
        return line;
    };
    m_name = edit("name");
    m_nameLatin = edit("nameLatin");
    m_acronym = edit("acronym");
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("type"));
    for (const core::ReferenceItem &item : core::reference::organisationTypes().items())
        m_type->addItem(item.name(), item.code);
    m_country = new QComboBox(page);
    m_country->setObjectName(QStringLiteral("country"));
    for (const core::ReferenceItem &item : core::reference::countries().items())
        m_country->addItem(item.name(), item.code);
    m_city = edit("city");
    m_registration = edit("registration");
    m_website = edit("website");
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_email = edit("email");
    m_phone = edit("phone");
    m_pic = edit("pic");
    m_notes = new QPlainTextEdit(page);
    form->addRow(tr("&Name (own script):"), m_name);
    form->addRow(tr("Name in &Latin letters:"), m_nameLatin);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("&Registration number:"), m_registration);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("EU participant code (PI&C):"), m_pic);
    form->addRow(tr("N&otes:"), m_notes);
    return page;
}

QWidget *OrganisationEditorDialog::expertiseTab()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    m_themes = new CodeChecklist(core::reference::themes(), false, page);
    auto *themes = new QVBoxLayout;
    themes->addWidget(new QLabel(tr("Thematic expertise"), page));
    themes->addWidget(m_themes);
    layout->addLayout(themes);
    auto *networks = new QVBoxLayout;
    networks->addWidget(new QLabel(tr("Networks it belongs to"), page));
    m_networks = new QListWidget(page);
    m_networks->setObjectName(QStringLiteral("networks"));
    networks->addWidget(m_networks);
    m_newNetwork = new QLineEdit(page);
    m_newNetwork->setPlaceholderText(tr("Another network"));
    auto *add = new QPushButton(tr("Add"), page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newNetwork, 1);
    row->addWidget(add);
    networks->addLayout(row);
    layout->addLayout(networks);
    const auto addNetwork = [this] {
        const QString name = m_newNetwork->text().trimmed();
        if (name.isEmpty())
            return;
        if (m_networks->findItems(name, Qt::MatchExactly).isEmpty()) {
            auto *item = new QListWidgetItem(name, m_networks);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
        m_networks->findItems(name, Qt::MatchExactly).constFirst()->setCheckState(Qt::Checked);
        m_newNetwork->clear();
    };
    connect(add, &QPushButton::clicked, this, addNetwork);
    connect(m_newNetwork, &QLineEdit::returnPressed, this, addNetwork);
    return page;
}

QWidget *OrganisationEditorDialog::capacityTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_staff = new QSpinBox(page);
    m_staff->setRange(-1, 1000000);
    m_staff->setSpecialValueText(tr("not known"));
    m_turnover = new QLineEdit(page);
    m_turnover->setObjectName(QStringLiteral("turnover"));
    m_turnoverCurrency = new QComboBox(page);
    for (const core::Currency &currency : core::Currency::all())
        m_turnoverCurrency->addItem(currency.code(), currency.code());
    auto *turnover = new QHBoxLayout;
    turnover->addWidget(m_turnover, 1);
    turnover->addWidget(m_turnoverCurrency);
    m_grants = new QSpinBox(page);
    m_grants->setRange(-1, 100000);
    m_grants->setSpecialValueText(tr("not known"));
    m_audited = new QCheckBox(tr("Its accounts are audited every year"), page);
    form->addRow(tr("&Staff:"), m_staff);
    auto *turnoverLabel = new QLabel(tr("Annual &turnover:"), page);
    turnoverLabel->setBuddy(m_turnover);
    form->addRow(turnoverLabel, turnover);
    form->addRow(tr("&Grants managed before:"), m_grants);
    form->addRow(QString(), m_audited);
    return page;
}

QWidget *OrganisationEditorDialog::proposalsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Proposals this organisation takes part in:"), page));
    m_proposals = new QListWidget(page);
    m_proposals->setObjectName(QStringLiteral("proposals"));
    layout->addWidget(m_proposals);
    return page;
}

void OrganisationEditorDialog::load(const core::Organisation &o)
{
    m_name->setText(o.name);
    m_nameLatin->setText(o.nameLatin);
    m_acronym->setText(o.acronym);
    m_type->setCurrentIndex(
        std::max(0, m_type->findData(o.type.isEmpty() ? QStringLiteral("cso") : o.type)));
    m_country->setCurrentIndex(std::max(0, m_country->findData(o.country)));
    m_city->setText(o.city);
    m_registration->setText(o.registrationNumber);
    m_website->setText(o.website);
    m_email->setText(o.email);
    m_phone->setText(o.phone);
    m_pic->setText(o.pic);
    m_notes->setPlainText(o.notes);
    m_themes->setCodes(o.themes);
    QStringList networks;
    for (const core::ReferenceItem &item : core::reference::networks().items())
        networks << item.english;
    if (const auto known = core::OrganisationQuery(m_store.database().connection()).networks();
        known)
        networks += *known;
    networks += o.networks;
    networks.removeDuplicates();
    for (const QString &network : std::as_const(networks)) {
        auto *item = new QListWidgetItem(network, m_networks);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(o.networks.contains(network) ? Qt::Checked : Qt::Unchecked);
    }
    m_staff->setValue(o.staff.value_or(-1));
    m_grants->setValue(o.grantsManaged.value_or(-1));
    m_audited->setChecked(o.auditedAccounts);
    const QString currency =
        o.turnoverCurrency.isEmpty() ? QStringLiteral("EUR") : o.turnoverCurrency;
    m_turnoverCurrency->setCurrentIndex(std::max(0, m_turnoverCurrency->findData(currency)));
    if (o.annualTurnoverMinor)
        if (const auto code = core::Currency::fromCode(currency))
            m_turnover->setText(core::MoneyFormat::format(
                core::Money(*o.annualTurnoverMinor, *code), numberStyle()));
    for (const core::Contact &contact : o.contacts)
        addContactRow(contact);
    for (const core::Engagement &engagement : o.engagements)
        addEngagementRow(engagement);
    if (o.id) {
        if (const auto places = core::OrganisationRepository(m_store.database().connection())
                                    .consortiumPlaces(o.id);
            places)
            for (const core::ConsortiumPlace &place : *places)
                m_proposals->addItem(
                    QStringLiteral("%1 — %2 (%3, %4)")
                        .arg(place.acronym, place.title,
                             core::reference::partnerRoles().name(place.role),
                             core::reference::proposalStatuses().name(place.status)));
    }
    if (m_proposals->count() == 0)
        m_proposals->addItem(tr("None yet."));
}

core::Organisation OrganisationEditorDialog::read(QStringList *problems) const
{
    core::Organisation o = m_original;
    o.name = m_name->text().trimmed();
    o.nameLatin = m_nameLatin->text().trimmed();
    o.acronym = m_acronym->text().trimmed();
    o.type = m_type->currentData().toString();
    o.country = m_country->currentData().toString();
    o.city = m_city->text().trimmed();
    o.registrationNumber = m_registration->text().trimmed();
    o.website = m_website->text().trimmed();
    o.email = m_email->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.pic = m_pic->text().trimmed();
    o.notes = m_notes->toPlainText();
    o.themes = m_themes->codes();
    o.networks.clear();
    for (int i = 0; i < m_networks->count(); ++i)
        if (m_networks->item(i)->checkState() == Qt::Checked)
            o.networks << m_networks->item(i)->text();
    o.staff = m_staff->value() < 0 ? std::nullopt : std::optional<int>(m_staff->value());
    o.grantsManaged = m_grants->value() < 0 ? std::nullopt : std::optional<int>(m_grants->value());
    o.auditedAccounts = m_audited->isChecked();
    o.annualTurnoverMinor.reset();
    o.turnoverCurrency.clear();
    if (!m_turnover->text().trimmed().isEmpty()) {
        const auto currency =
            core::Currency::fromCode(m_turnoverCurrency->currentData().toString());
        const auto amount = core::MoneyFormat::parse(m_turnover->text(), *currency, numberStyle());
        if (amount) {
            o.annualTurnoverMinor = amount->minorUnits();
            o.turnoverCurrency = currency->code();
        } else {
            problems->append(tr("Annual turnover: %1").arg(amount.message()));
        }
    }
    if (o.name.isEmpty())
        problems->append(tr("The name is missing."));
    if (!o.email.isEmpty() && !o.email.contains(u'@'))
        problems->append(tr("“%1” is not an e-mail address.").arg(o.email));
    o.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_contacts->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        core::Contact contact;
        contact.id = m_contacts->item(row, 0)
                         ? m_contacts->item(row, 0)->data(Qt::UserRole).toLongLong()
                         : 0;
        contact.uuid = m_contacts->item(row, 0)
                           ? m_contacts->item(row, 0)->data(Qt::UserRole + 1).toString()
                           : QString();
        contact.name = cell(0);
        contact.position = cell(1);
        contact.email = cell(2);
        contact.phone = cell(3);
        contact.whatsapp = cell(4);
        contact.telegram = cell(5);
        if (contact.name.isEmpty() && contact.email.isEmpty() && contact.phone.isEmpty())
            continue; // an empty row left by "Add"
        if (contact.name.isEmpty())
            problems->append(tr("Contact on row %1 has no name.").arg(row + 1));
        if (!contact.email.isEmpty() && !contact.email.contains(u'@'))
            problems->append(tr("Contact on row %1: “%2” is not an e-mail address.")
                                 .arg(row + 1)
                                 .arg(contact.email));
        o.contacts.append(contact);
    }
    o.engagements = readEngagements(problems);
    return o;
}

core::Organisation OrganisationEditorDialog::organisation() const
{
    QStringList ignored;
    return read(&ignored);
}

void OrganisationEditorDialog::accept()
{
    QStringList problems;
    const core::Organisation edited = read(&problems);
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    if (m_checkDuplicates && !confirmNotDuplicate(edited))
        return;
    if (!m_saveOnAccept.run(m_problems))
        return;
    QDialog::accept();
}

bool OrganisationEditorDialog::confirmNotDuplicate(const core::Organisation &organisation)
{
    const auto matches =
        core::DuplicateFinder(m_store.database().connection()).find(organisation, organisation.id);
    if (!matches || matches->isEmpty())
        return true;
    const core::DuplicateMatch &match = matches->constFirst();
    QMessageBox box(
        QMessageBox::Question, tr("Already in the file?"),
        tr("This looks like “%1”, which is already in the file: %2.").arg(match.name, match.reason),
        QMessageBox::NoButton, this);
    QPushButton *open =
        box.addButton(tr("Open “%1” instead").arg(match.name), QMessageBox::AcceptRole);
    box.addButton(tr("Save anyway"), QMessageBox::DestructiveRole);
    QPushButton *back = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open) {
        m_openInstead = match.id;
        QDialog::reject();
        return false;
    }
    return box.clickedButton() != back;
}

} // namespace ui
} // namespace hamkor
