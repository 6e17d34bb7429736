// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CallEditorDialog.h"

#include "core/Clock.h"
#include "core/domain/CallRules.h"
#include "core/domain/Currency.h"
#include "core/domain/DeadlineText.h"
#include "core/domain/Money.h"
#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"
#include "ui/Settings.h"
#include "ui/widgets/CodeChecklist.h"
#include "ui/widgets/DateFormat.h"
#include "ui/widgets/ZoneComboBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

namespace {

core::NumberStyle numberStyle()
{
    return QLocale().language() == QLocale::Russian ? core::NumberStyle::Russian
                                                    : core::NumberStyle::English;
}

QSpinBox *optionalSpin(QWidget *parent, int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, maximum);
    spin->setSpecialValueText(CallEditorDialog::tr("none"));
    spin->setSuffix(suffix);
    return spin;
}

std::optional<int> spinValue(const QSpinBox *spin)
{
    return spin->value() == 0 ? std::nullopt : std::optional<int>(spin->value());
}

} // namespace

CallEditorDialog::CallEditorDialog(const core::Call &call, QWidget *parent)
    : QDialog(parent), m_original(call)
{
    setWindowTitle(call.id ? tr("Edit call") : tr("New call"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalTab(), tr("General"));
    tabs->addTab(eligibilityTab(), tr("Eligibility"));
    tabs->addTab(moneyTab(), tr("Grant and limits"));
    tabs->addTab(documentsTab(), tr("Documents and history"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problems->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CallEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    load(call);
    resize(720, 600);
}

QWidget *CallEditorDialog::generalTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_donor = new QLineEdit(page);
    m_donor->setObjectName(QStringLiteral("donor"));
    m_reference = new QLineEdit(page);
    m_url = new QLineEdit(page);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_status = new QComboBox(page);
    for (const core::ReferenceItem &item : core::reference::callStatuses().items())
        m_status->addItem(item.name(), item.code);
    m_opens = new QDateEdit(page);
    DateFormat::setUp(m_opens);
    m_opens->setSpecialValueText(tr("not known"));
    m_opens->setMinimumDate(QDate(1999, 12, 31));
    m_deadlineDate = new QDateEdit(page);
    DateFormat::setUp(m_deadlineDate);
    m_deadlineTime = new QTimeEdit(page);
    m_deadlineTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone = new ZoneComboBox(page);
    auto *deadline = new QHBoxLayout;
    deadline->addWidget(m_deadlineDate);
    deadline->addWidget(m_deadlineTime);
    deadline->addWidget(m_zone, 1);
    m_yourTime = new QLabel(page);
    m_notes = new QPlainTextEdit(page);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Donor:"), m_donor);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Link:"), m_url);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Opens:"), m_opens);
    // A row of several fields takes a label of its own, so that its shortcut works.
    auto *deadlineLabel = new QLabel(tr("Dead&line (donor's time):"), page);
    deadlineLabel->setBuddy(m_deadlineDate);
    form->addRow(deadlineLabel, deadline);
    form->addRow(QString(), m_yourTime);
    form->addRow(tr("&Notes:"), m_notes);
    connect(m_deadlineDate, &QDateEdit::dateChanged, this, &CallEditorDialog::updateYourTime);
    connect(m_deadlineTime, &QTimeEdit::timeChanged, this, &CallEditorDialog::updateYourTime);
    connect(m_zone, &QComboBox::currentTextChanged, this, &CallEditorDialog::updateYourTime);
    return page;
}

QWidget *CallEditorDialog::eligibilityTab()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    m_themes = new CodeChecklist(core::reference::themes(), false, page);
    m_countries = new CodeChecklist(core::reference::countries(), true, page);
    m_types = new CodeChecklist(core::reference::organisationTypes(), false, page);
    for (const auto &[label, widget] : {std::pair{tr("Thematic areas"), m_themes},
                                        std::pair{tr("Eligible countries"), m_countries},
                                        std::pair{tr("Eligible applicants"), m_types}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(new QLabel(label, page));
        column->addWidget(widget);
        layout->addLayout(column);
    }
    return page;
}

QWidget *CallEditorDialog::moneyTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_currency = new QComboBox(page);
    m_currency->addItem(tr("none"), QString());
    for (const core::Currency &currency : core::Currency::all())
        m_currency->addItem(currency.code() + QStringLiteral(" — ") +
                                currency.name(QLocale().language() == QLocale::Russian
                                                  ? QStringLiteral("ru")
                                                  : QStringLiteral("en")),
                            currency.code());
    m_minAmount = new QLineEdit(page);
    m_maxAmount = new QLineEdit(page);
    m_maxAmount->setObjectName(QStringLiteral("maxAmount"));
    m_minAmount->setObjectName(QStringLiteral("minAmount"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_cofinancing = new QLineEdit(page);
    m_indirect = new QLineEdit(page);
    m_minMonths = optionalSpin(page, 240, tr(" months"));
    m_maxMonths = optionalSpin(page, 240, tr(" months"));
    m_maxPartners = optionalSpin(page, 200, QString());
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("S&mallest grant:"), m_minAmount);
    form->addRow(tr("L&argest grant:"), m_maxAmount);
    form->addRow(tr("Co-&financing at least (%):"), m_cofinancing);
    form->addRow(tr("&Indirect costs at most (%):"), m_indirect);
    form->addRow(tr("Shortest &duration:"), m_minMonths);
    form->addRow(tr("Longest d&uration:"), m_maxMonths);
    form->addRow(tr("Most &partners:"), m_maxPartners);
    return page;
}

QWidget *CallEditorDialog::documentsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Documents (guidelines, forms, annexes):"), page));
    m_documents = new QListWidget(page);
    layout->addWidget(m_documents);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    auto *open = new QPushButton(tr("&Open"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(open);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        for (const QString &path : QFileDialog::getOpenFileNames(this, tr("Add documents")))
            m_documents->addItem(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_documents->currentItem(); });
    const auto openCurrent = [this] {
        if (QListWidgetItem *item = m_documents->currentItem())
            QDesktopServices::openUrl(QUrl::fromLocalFile(item->text()));
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_documents, &QListWidget::itemActivated, this, openCurrent);
    layout->addWidget(new QLabel(tr("Status history:"), page));
    m_history = new QListWidget(page);
    layout->addWidget(m_history);
    return page;
}

void CallEditorDialog::load(const core::Call &call)
{
    m_title->setText(call.title);
    m_donor->setText(call.donor);
    m_reference->setText(call.reference);
    m_url->setText(call.url);
    m_status->setCurrentIndex(std::max(0, m_status->findData(call.status)));
    m_opens->setDate(call.opens.isValid() ? call.opens : m_opens->minimumDate());
    const QDate today = core::Clock::nowUtc().date();
    m_deadlineDate->setDate(call.deadlineDate.isValid() ? call.deadlineDate : today.addDays(30));
    m_deadlineTime->setTime(call.deadlineTime.isValid() ? call.deadlineTime : QTime(16, 0));
    const QString lastZone = Settings::get(Settings::LastTimeZone);
    m_zone->setZone(!call.deadlineZone.isEmpty() ? call.deadlineZone
                    : lastZone.isEmpty()         ? QStringLiteral("Europe/Brussels")
                                                 : lastZone);
    m_notes->setPlainText(call.notes);
    m_themes->setCodes(call.themes);
    m_countries->setCodes(call.countries);
    m_types->setCodes(call.applicantTypes);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(call.currency)));
    const auto currency = core::Currency::fromCode(call.currency);
    if (currency) {
        if (call.minAmountMinor)
            m_minAmount->setText(core::MoneyFormat::format(
                core::Money(*call.minAmountMinor, *currency), numberStyle()));
        if (call.maxAmountMinor)
            m_maxAmount->setText(core::MoneyFormat::format(
                core::Money(*call.maxAmountMinor, *currency), numberStyle()));
    }
    if (call.cofinancingMinPct)
        m_cofinancing->setText(
            core::MoneyFormat::formatDecimal(*call.cofinancingMinPct, numberStyle()));
    if (call.indirectCapPct)
        m_indirect->setText(core::MoneyFormat::formatDecimal(*call.indirectCapPct, numberStyle()));
    m_minMonths->setValue(call.minDurationMonths.value_or(0));
    m_maxMonths->setValue(call.maxDurationMonths.value_or(0));
    m_maxPartners->setValue(call.maxPartners.value_or(0));
    m_documents->addItems(call.documents);
    for (const core::CallStatusChange &change : call.history)
        m_history->addItem(QStringLiteral("%1 — %2").arg(
            QLocale().toString(QDateTime::fromString(change.changedAt, Qt::ISODateWithMs)
                                   .toTimeZone(core::Clock::userZone()),
                               QStringLiteral("d MMM yyyy, HH:mm")),
            core::reference::callStatuses().name(change.status)));
    updateYourTime();
}

void CallEditorDialog::updateYourTime()
{
    const QTimeZone zone(m_zone->zone().toLatin1());
    if (!zone.isValid()) {
        m_yourTime->setText(tr("Unknown time zone."));
        return;
    }
    const QDateTime deadline(m_deadlineDate->date(), m_deadlineTime->time(), zone);
    m_yourTime->setText(
        tr("= %1 your time (%2)")
            .arg(core::DeadlineText::moment(deadline, core::Clock::userZone(), QLocale()),
                 QString::fromLatin1(core::Clock::userZone().id())));
}

core::Call CallEditorDialog::read(QStringList *problems) const
{
    core::Call call = m_original;
    call.title = m_title->text().trimmed();
    call.donor = m_donor->text().trimmed();
    call.reference = m_reference->text().trimmed();
    call.url = m_url->text().trimmed();
    call.status = m_status->currentData().toString();
    call.opens = m_opens->date() == m_opens->minimumDate() ? QDate() : m_opens->date();
    call.deadlineDate = m_deadlineDate->date();
    call.deadlineTime = m_deadlineTime->time();
    call.deadlineZone = m_zone->zone();
    call.notes = m_notes->toPlainText();
    call.themes = m_themes->codes();
    call.countries = m_countries->codes();
    call.applicantTypes = m_types->codes();
    call.currency = m_currency->currentData().toString();
    call.minAmountMinor.reset();
    call.maxAmountMinor.reset();
    const auto currency = core::Currency::fromCode(call.currency);
    for (const auto &[edit, target, name] :
         {std::tuple{m_minAmount, &call.minAmountMinor, tr("smallest grant")},
          std::tuple{m_maxAmount, &call.maxAmountMinor, tr("largest grant")}}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        if (!currency) {
            problems->append(tr("Choose the currency of the %1.").arg(name));
            continue;
        }
        const auto amount = core::MoneyFormat::parse(edit->text(), *currency, numberStyle());
        if (amount)
            *target = amount->minorUnits();
        else
            problems->append(tr("The %1: %2").arg(name, amount.message()));
    }
    for (const auto &[edit, target, name] :
         {std::tuple{m_cofinancing, &call.cofinancingMinPct, tr("co-financing minimum")},
          std::tuple{m_indirect, &call.indirectCapPct, tr("indirect-cost cap")}}) {
        target->reset();
        if (edit->text().trimmed().isEmpty())
            continue;
        const auto value = core::MoneyFormat::parseDecimal(edit->text(), numberStyle());
        if (value)
            *target = *value;
        else
            problems->append(tr("The %1: %2").arg(name, value.message()));
    }
    call.minDurationMonths = spinValue(m_minMonths);
    call.maxDurationMonths = spinValue(m_maxMonths);
    call.maxPartners = spinValue(m_maxPartners);
    call.documents.clear();
    for (int i = 0; i < m_documents->count(); ++i)
        call.documents << m_documents->item(i)->text();
    return call;
}

core::Call CallEditorDialog::call() const
{
    QStringList ignored;
    return read(&ignored);
}

void CallEditorDialog::accept()
{
    QStringList problems;
    const core::Call edited = read(&problems);
    for (const core::CallRules::Problem &problem : core::CallRules::check(edited))
        problems << problem.message;
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    Settings::set(Settings::LastTimeZone, edited.deadlineZone);
    if (!m_saveOnAccept.run(m_problems))
        return;
    QDialog::accept();
}

} // namespace ui
} // namespace hamkor
