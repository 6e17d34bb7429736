// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ProposalEditorDialog.h"

#include "core/Clock.h"
#include "core/Store.h"
#include "core/domain/Currency.h"
#include "core/domain/Eligibility.h"
#include "core/reference/Reference.h"
#include "core/storage/CallQuery.h"
#include "core/storage/CallRepository.h"
#include "core/storage/OrganisationQuery.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/widgets/CodeChecklist.h"
#include "ui/widgets/DateFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

ProposalEditorDialog::ProposalEditorDialog(core::Store &store, const core::Proposal &proposal,
                                           QWidget *parent)
    : QDialog(parent), m_store(store), m_original(proposal)
{
    setWindowTitle(proposal.id ? tr("Proposal %1").arg(proposal.acronym) : tr("New proposal"));
    core::OrganisationQuery directory(store.database().connection());
    if (const auto rows = directory.all(); rows) {
        QList<qint64> ids;
        for (const core::OrganisationRow &row : *rows)
            ids << row.id;
        // Names only are needed here, but loadMany gives type and country for eligibility.
        if (const auto all =
                core::OrganisationRepository(store.database().connection()).loadMany(ids);
            all)
            for (const core::Organisation &organisation : *all)
                m_organisations.insert(organisation.id, organisation);
    }
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalTab(), tr("General"));
    tabs->addTab(consortiumTab(), tr("Consortium"));
    tabs->addTab(checklistTab(), tr("Checklist"));
    const int eligibility = tabs->addTab(eligibilityTab(), tr("Eligibility"));
    connect(tabs, &QTabWidget::currentChanged, this, [this, eligibility](int index) {
        if (index == eligibility)
            refreshEligibility();
    });
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problems->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProposalEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    load(proposal);
    resize(900, 620);
}

QWidget *ProposalEditorDialog::generalTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_acronym = new QLineEdit(page);
    m_acronym->setObjectName(QStringLiteral("acronym"));
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_call = new QComboBox(page);
    m_call->setObjectName(QStringLiteral("call"));
    m_call->addItem(tr("No call (standalone)"), qint64(0));
    core::CallQuery calls(m_store.database().connection());
    calls.setSort(core::CallSort::Deadline, false);
    if (const auto rows = calls.page(0, 2000); rows)
        for (const core::CallRow &row : *rows)
            m_call->addItem(row.donor + QStringLiteral(": ") + row.title, row.id);
    m_status = new QComboBox(page);
    for (const core::ReferenceItem &item : core::reference::proposalStatuses().items())
        m_status->addItem(item.name(), item.code);
    m_template = new QComboBox(page);
    for (const auto &[code, name] :
         {std::pair{"eu-prag", tr("EU external action (PRAG)")},
          std::pair{"eu-prag-legacy", tr("EU external action (PRAG), older layout")},
          std::pair{"horizon-europe", tr("Horizon Europe")},
          std::pair{"sf-424a", tr("US federal (SF-424A)")},
          std::pair{"generic", tr("Other donor")}})
        m_template->addItem(name, QString::fromLatin1(code));
    m_currency = new QComboBox(page);
    for (const core::Currency &currency : core::Currency::all())
        m_currency->addItem(currency.code(), currency.code());
    m_start = new QDateEdit(page);
    DateFormat::setUp(m_start);
    m_duration = new QSpinBox(page);
    m_duration->setRange(1, 240);
    m_duration->setSuffix(tr(" months"));
    m_summary = new QPlainTextEdit(page);
    m_summary->setMaximumHeight(90);
    m_themes = new CodeChecklist(core::reference::themes(), false, page);
    m_countries = new CodeChecklist(core::reference::countries(), true, page);
    m_mechanisms = new CodeChecklist(core::reference::mechanisms(), false, page);
    auto *lists = new QHBoxLayout;
    for (QWidget *list : {static_cast<QWidget *>(m_themes), static_cast<QWidget *>(m_countries),
                          static_cast<QWidget *>(m_mechanisms)})
        lists->addWidget(list);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Call:"), m_call);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Budget &template:"), m_template);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("St&art:"), m_start);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("Su&mmary:"), m_summary);
    form->addRow(tr("Thematic areas, countries,\nmechanisms:"), lists);
    m_history = new QLabel(page);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);
    form->addRow(tr("Status history:"), m_history);
    return page;
}

QWidget *ProposalEditorDialog::eligibilityTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_verdict = new QLabel(page);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_eligibility = new QTreeWidget(page);
    m_eligibility->setObjectName(QStringLiteral("eligibility"));
    m_eligibility->setHeaderLabels({tr("Rule"), tr("Result"), tr("Why")});
    m_eligibility->setRootIsDecorated(false);
    m_eligibility->setWordWrap(true);
    m_eligibility->header()->setStretchLastSection(false);
    m_eligibility->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_eligibility->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_eligibility->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_verdict);
    layout->addWidget(m_eligibility);
    return page;
}

void ProposalEditorDialog::refreshEligibility()
{
    QStringList ignored;
    const core::Proposal current = read(&ignored);
    std::optional<core::Call> call;
    if (current.callId)
        if (const auto loaded =
                core::CallRepository(m_store.database().connection()).load(current.callId);
            loaded)
            call = *loaded;
    const QList<core::EligibilityResult> results =
        core::Eligibility::check(current, call, m_organisations, core::Clock::nowUtc());
    m_eligibility->clear();
    int failed = 0;
    for (const core::EligibilityResult &result : results) {
        auto *item = new QTreeWidgetItem(
            m_eligibility,
            {result.rule, result.passed ? tr("passes") : tr("FAILS"), result.detail});
        item->setForeground(1, result.passed ? QColor(0x1f, 0x7a, 0x3d) : QColor(0xb0, 0x1c, 0x1c));
        item->setToolTip(2, result.detail);
        failed += result.passed ? 0 : 1;
    }
    m_verdict->setText(failed == 0 ? tr("Eligible: every rule passes.")
                                   : tr("Not yet eligible: %n rules fail.", nullptr, failed));
}

void ProposalEditorDialog::load(const core::Proposal &p)
{
    m_acronym->setText(p.acronym);
    m_title->setText(p.title);
    m_call->setCurrentIndex(std::max(0, m_call->findData(p.callId)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(p.status)));
    m_template->setCurrentIndex(std::max(0, m_template->findData(p.templateCode)));
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(p.currency)));
    m_start->setDate(p.start.isValid() ? p.start : core::Clock::nowUtc().date().addMonths(6));
    m_duration->setValue(p.durationMonths > 0 ? p.durationMonths : 24);
    m_summary->setPlainText(p.summary);
    QStringList history;
    for (const core::ProposalStatusChange &change : p.history)
        history << QStringLiteral("%1 — %2").arg(
            QLocale().toString(QDateTime::fromString(change.changedAt, Qt::ISODateWithMs)
                                   .toTimeZone(core::Clock::userZone()),
                               QStringLiteral("d MMM yyyy")),
            core::reference::proposalStatuses().name(change.status));
    m_history->setText(history.isEmpty() ? tr("not saved yet")
                                         : history.join(QStringLiteral(";  ")));
    m_themes->setCodes(p.themes);
    m_countries->setCodes(p.countries);
    m_mechanisms->setCodes(p.mechanisms);
    for (const core::ConsortiumMember &member : p.members)
        addMemberRow(member);
    refreshMemberChoices();
    for (const core::ChecklistItem &item : p.checklist) {
        qint64 owner = 0;
        for (qsizetype i = 0; i < p.members.size(); ++i)
            if ((item.ownerMemberId > 0 && p.members.at(i).id == item.ownerMemberId) ||
                (item.ownerMemberId < 0 && -item.ownerMemberId - 1 == i))
                owner = p.members.at(i).organisationId;
        addChecklistRow(item, owner);
    }
}

core::Proposal ProposalEditorDialog::read(QStringList *problems) const
{
    core::Proposal p = m_original;
    p.acronym = m_acronym->text().trimmed();
    p.title = m_title->text().trimmed();
    p.callId = m_call->currentData().toLongLong();
    p.status = m_status->currentData().toString();
    p.templateCode = m_template->currentData().toString();
    p.currency = m_currency->currentData().toString();
    p.start = m_start->date();
    p.durationMonths = m_duration->value();
    p.summary = m_summary->toPlainText();
    p.themes = m_themes->codes();
    p.countries = m_countries->codes();
    p.mechanisms = m_mechanisms->codes();
    if (p.acronym.isEmpty())
        problems->append(tr("The acronym is missing."));
    if (p.title.isEmpty())
        problems->append(tr("The title is missing."));
    p.members = readMembers(problems);
    p.checklist = readChecklist(p.members, problems);
    return p;
}

core::Proposal ProposalEditorDialog::proposal() const
{
    QStringList ignored;
    return read(&ignored);
}

void ProposalEditorDialog::accept()
{
    QStringList problems;
    const core::Proposal edited = read(&problems);
    // The consortium's own rules must hold before saving; the call's rules may still fail
    // while the proposal is being drafted (the Eligibility tab shows them).
    // A consortium not begun yet may be saved as a draft.
    if (!edited.members.isEmpty())
        for (const core::EligibilityResult &rule :
             core::Eligibility::consortium(edited, m_organisations))
            if (!rule.passed)
                problems << rule.detail;
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    if (!m_saveOnAccept.run(m_problems))
        return;
    QDialog::accept();
}

} // namespace ui
} // namespace hamkor
