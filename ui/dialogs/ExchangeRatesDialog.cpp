// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ExchangeRatesDialog.h"

#include "core/Store.h"
#include "core/commands/BudgetCommands.h"
#include "core/domain/MoneyFormat.h"
#include "core/io/BudgetImporter.h"
#include "core/io/CsvReader.h"
#include "core/storage/BudgetRepository.h"
#include "ui/shell/FileDialogs.h"
#include "ui/widgets/DateFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

using core::MoneyFormat;

ExchangeRatesDialog::ExchangeRatesDialog(core::Store &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Exchange Rates"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("ratesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("From"), tr("To"), tr("Rate"), tr("Date"), tr("Source")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editRow(row); });

    const QStringList currencies = core::Currency::commonCodes();
    m_from = new QComboBox(this);
    m_from->setEditable(true);
    m_from->addItems(currencies);
    m_from->setCurrentText(QStringLiteral("KZT"));
    m_to = new QComboBox(this);
    m_to->setEditable(true);
    m_to->addItems(currencies);
    m_rate = new QLineEdit(this);
    m_rate->setPlaceholderText(tr("1 unit of From in To, e.g. 0.00178"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    DateFormat::setUp(m_date);
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("e.g. InforEuro, National Bank"));
    m_save = new QPushButton(tr("&Add Rate"), this);
    connect(m_save, &QPushButton::clicked, this, &ExchangeRatesDialog::save);
    auto *form = new QHBoxLayout;
    form->addWidget(m_from);
    form->addWidget(new QLabel(QStringLiteral("→"), this));
    form->addWidget(m_to);
    form->addWidget(m_rate, 1);
    form->addWidget(m_date);
    form->addWidget(m_source, 1);
    form->addWidget(m_save);

    auto *remove = new QPushButton(tr("&Delete"), this);
    connect(remove, &QPushButton::clicked, this, &ExchangeRatesDialog::removeSelected);
    auto *import = new QPushButton(tr("&Import CSV…"), this);
    connect(import, &QPushButton::clicked, this, &ExchangeRatesDialog::importCsv);
    const bool writable = !store.isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_save, remove, import})
        w->setEnabled(writable);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(import, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("A budget converts each line at the latest rate on or before its "
                               "rate date, from the line's currency to the budget's (or the "
                               "other way round, divided). Double-click a rate to change it."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(&store, &core::Store::tableChanged, this, [this](const QString &table) {
        if (table == u"exchange_rates")
            reload();
    });
    reload();
    resize(820, 480);
}

void ExchangeRatesDialog::reload()
{
    const auto rates = core::ExchangeRateRepository(m_store.database().connection()).all();
    m_rates = rates ? *rates : QList<core::ExchangeRate>();
    if (!rates)
        m_problem->setText(rates.message());
    m_table->setRowCount(int(m_rates.size()));
    for (int row = 0; row < m_rates.size(); ++row) {
        const core::ExchangeRate &r = m_rates.at(row);
        const QStringList cells{r.from, r.to,
                                MoneyFormat::formatDecimal(r.rate, MoneyFormat::displayStyle()),
                                DateFormat::text(r.date), r.source};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void ExchangeRatesDialog::fill(const QString &from, const QString &to, const QString &rate,
                               const QDate &date, const QString &source)
{
    m_from->setCurrentText(from);
    m_to->setCurrentText(to);
    m_rate->setText(rate);
    m_date->setDate(date);
    m_source->setText(source);
}

QString ExchangeRatesDialog::problem() const
{
    return m_problem->text();
}

void ExchangeRatesDialog::editRow(int row)
{
    if (row < 0 || row >= m_rates.size())
        return;
    const core::ExchangeRate &r = m_rates.at(row);
    fill(r.from, r.to, MoneyFormat::formatDecimal(r.rate, MoneyFormat::displayStyle()), r.date,
         r.source);
    m_editing = r.id;
    m_save->setText(tr("&Save Rate"));
}

bool ExchangeRatesDialog::save()
{
    const auto rate =
        MoneyFormat::parseDecimal(m_rate->text().trimmed(), MoneyFormat::displayStyle());
    if (!rate) {
        m_problem->setText(tr("Rate “%1”: %2").arg(m_rate->text(), rate.message()));
        return false;
    }
    core::ExchangeRate r{m_editing,
                         m_from->currentText().trimmed().toUpper(),
                         m_to->currentText().trimmed().toUpper(),
                         *rate,
                         m_date->date(),
                         m_source->text().trimmed()};
    QString failure;
    if (m_editing) {
        failure = core::commands::editExchangeRate(m_store, r).message();
    } else {
        failure = core::commands::putExchangeRates(
                      m_store, {r}, tr("Add exchange rate %1 → %2").arg(r.from, r.to))
                      .message();
    }
    if (!failure.isEmpty()) {
        m_problem->setText(failure);
        return false;
    }
    m_problem->clear();
    m_editing = 0;
    m_rate->clear();
    m_save->setText(tr("&Add Rate"));
    return true;
}

void ExchangeRatesDialog::removeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_rates.value(index.row()).id;
    if (ids.isEmpty())
        return;
    if (const core::Status s = core::commands::removeExchangeRates(m_store, ids); !s)
        m_problem->setText(s.message());
}

void ExchangeRatesDialog::importCsv()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Exchange Rates"), FileDialogs::startFolder(),
                                     tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    const auto table = core::CsvReader::readFile(path);
    if (!table) {
        m_problem->setText(table.message());
        return;
    }
    const core::RateImportPreview preview = core::RateImporter::preview(*table);
    if (!preview.ok()) {
        QStringList lines;
        for (const core::ImportProblem &p : preview.problems)
            lines << p.text();
        m_problem->setText(lines.join(u'\n') + u'\n' + tr("Nothing was imported."));
        return;
    }
    const auto added = core::commands::putExchangeRates(
        m_store, preview.rates, tr("Import %n exchange rates", nullptr, int(preview.rates.size())));
    m_problem->setText(added ? tr("%n new rates.", nullptr, *added) : added.message());
}

} // namespace ui
} // namespace hamkor
