// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/BudgetVersionDialog.h"

#include "core/budget/BudgetTemplate.h"
#include "core/domain/Currency.h"
#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"
#include "ui/widgets/DateFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

using core::MoneyFormat;

namespace {

QString pctText(const std::optional<core::Decimal> &pct)
{
    return pct ? MoneyFormat::formatDecimal(*pct, MoneyFormat::displayStyle()) : QString();
}

} // namespace

BudgetVersionDialog::BudgetVersionDialog(const core::BudgetVersion &version, QWidget *parent)
    : QDialog(parent), m_version(version)
{
    setWindowTitle(version.id ? tr("Budget Version Settings") : tr("New Budget Version"));
    m_name = new QLineEdit(version.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_state = new QComboBox(this);
    for (const core::ReferenceItem &item : core::reference::budgetVersionStates().items())
        m_state->addItem(item.name(), item.code);
    m_state->setCurrentIndex(std::max(0, m_state->findData(version.state)));
    m_template = new QComboBox(this);
    for (const QString &code : core::BudgetTemplate::codes())
        m_template->addItem(core::BudgetTemplate::find(code)->name(), code);
    m_template->setCurrentIndex(std::max(0, m_template->findData(version.templateCode)));
    m_currency = new QComboBox(this);
    m_currency->setEditable(true);
    m_currency->addItems(core::Currency::commonCodes());
    m_currency->setCurrentText(version.currency);
    m_rateDate =
        new QDateEdit(version.rateDate.isValid() ? version.rateDate : QDate::currentDate(), this);
    DateFormat::setUp(m_rateDate);
    m_indirect = new QLineEdit(pctText(version.indirectPct), this);
    m_indirect->setPlaceholderText(tr("the template's"));
    m_indirect->setObjectName(QStringLiteral("indirectPct"));
    m_contingency = new QLineEdit(pctText(version.contingencyPct), this);
    m_contingency->setPlaceholderText(tr("none"));
    m_funding = new QLineEdit(pctText(version.fundingRatePct), this);
    m_funding->setPlaceholderText(tr("the template's, or the donor's share of each line"));
    m_notes = new QPlainTextEdit(version.notes, this);
    m_notes->setMaximumHeight(80);

    m_headings = new QTableWidget(0, 2, this);
    m_headings->setHorizontalHeaderLabels({tr("Code"), tr("Heading")});
    m_headings->horizontalHeader()->setStretchLastSection(true);
    m_headings->verticalHeader()->hide();
    for (const core::UserCategory &heading : version.categories) {
        const int row = m_headings->rowCount();
        m_headings->insertRow(row);
        m_headings->setItem(row, 0, new QTableWidgetItem(heading.code));
        m_headings->setItem(row, 1, new QTableWidgetItem(heading.name));
    }
    auto *addHeading = new QPushButton(tr("Add Heading"), this);
    connect(addHeading, &QPushButton::clicked, this, [this] {
        const int row = m_headings->rowCount();
        m_headings->insertRow(row);
        m_headings->setItem(row, 0, new QTableWidgetItem(QStringLiteral("G%1").arg(row + 1)));
        m_headings->setItem(row, 1, new QTableWidgetItem());
        m_headings->editItem(m_headings->item(row, 1));
    });
    auto *removeHeading = new QPushButton(tr("Remove Heading"), this);
    connect(removeHeading, &QPushButton::clicked, this,
            [this] { m_headings->removeRow(m_headings->currentRow()); });
    m_headingsBox = new QWidget(this);
    auto *headingsLayout = new QVBoxLayout(m_headingsBox);
    headingsLayout->setContentsMargins(0, 0, 0, 0);
    headingsLayout->addWidget(new QLabel(tr("Headings of the budget (generic template):"), this));
    headingsLayout->addWidget(m_headings);
    auto *headingButtons = new QHBoxLayout;
    headingButtons->addWidget(addHeading);
    headingButtons->addWidget(removeHeading);
    headingButtons->addStretch();
    headingsLayout->addLayout(headingButtons);
    connect(m_template, &QComboBox::currentIndexChanged, this,
            &BudgetVersionDialog::updateHeadings);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Rates of:"), m_rateDate);
    form->addRow(tr("&Indirect costs, %:"), m_indirect);
    form->addRow(tr("C&ontingency, %:"), m_contingency);
    form->addRow(tr("&Funding rate, %:"), m_funding);
    form->addRow(tr("N&otes:"), m_notes);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problems"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BudgetVersionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (version.isLocked()) {
        auto *note =
            new QLabel(tr("This version (%1) is kept as it was: only its state can "
                          "change. Copy it to a new version to change it.")
                           .arg(core::reference::budgetVersionStates().name(version.state)),
                       this);
        note->setWordWrap(true);
        layout->addWidget(note);
        for (QWidget *field : std::initializer_list<QWidget *>{
                 m_name, m_template, m_currency, m_rateDate, m_indirect, m_contingency, m_funding,
                 m_notes, m_headingsBox})
            field->setEnabled(false);
    }
    layout->addLayout(form);
    layout->addWidget(m_headingsBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateHeadings();
    resize(520, sizeHint().height());
}

void BudgetVersionDialog::updateHeadings()
{
    m_headingsBox->setVisible(m_template->currentData().toString() == u"generic");
}

void BudgetVersionDialog::accept()
{
    core::BudgetVersion v = m_version;
    v.name = m_name->text().trimmed();
    v.state = m_state->currentData().toString();
    v.templateCode = m_template->currentData().toString();
    v.currency = m_currency->currentText().trimmed().toUpper();
    v.rateDate = m_rateDate->date();
    v.notes = m_notes->toPlainText();
    const auto readPct = [this](QLineEdit *field, const QString &what,
                                std::optional<core::Decimal> &into) {
        const QString text = field->text().trimmed();
        if (text.isEmpty()) {
            into.reset();
            return true;
        }
        const auto pct = MoneyFormat::parseDecimal(text, MoneyFormat::displayStyle());
        if (!pct || pct->isNegative() || *pct > core::Decimal::fromInteger(100)) {
            m_problem->setText(tr("%1: “%2” is not a percentage from 0 to 100.").arg(what, text));
            field->setFocus();
            return false;
        }
        into = *pct;
        return true;
    };
    if (!readPct(m_indirect, tr("Indirect costs"), v.indirectPct) ||
        !readPct(m_contingency, tr("Contingency"), v.contingencyPct) ||
        !readPct(m_funding, tr("Funding rate"), v.fundingRatePct))
        return;
    if (!core::Currency::fromCode(v.currency)) {
        m_problem->setText(tr("%1 is not an ISO 4217 currency Hamkor knows.").arg(v.currency));
        return;
    }
    v.categories.clear();
    if (v.templateCode == u"generic") {
        for (int row = 0; row < m_headings->rowCount(); ++row) {
            const QString code =
                m_headings->item(row, 0) ? m_headings->item(row, 0)->text().trimmed() : QString();
            const QString name =
                m_headings->item(row, 1) ? m_headings->item(row, 1)->text().trimmed() : QString();
            if (code.isEmpty() && name.isEmpty())
                continue;
            if (code.isEmpty() || std::any_of(v.categories.cbegin(), v.categories.cend(),
                                              [&](const auto &c) { return c.code == code; })) {
                m_problem->setText(tr("Heading %1 needs a code of its own.").arg(row + 1));
                return;
            }
            v.categories.append({code, name.isEmpty() ? code : name});
        }
    }
    if (v.name.isEmpty()) {
        m_problem->setText(tr("Give the budget version a name."));
        m_name->setFocus();
        return;
    }
    m_version = v;
    if (!m_saveOnAccept.run(m_problem))
        return;
    QDialog::accept();
}

} // namespace ui
} // namespace hamkor
