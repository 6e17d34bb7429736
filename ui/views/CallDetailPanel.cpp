// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/CallDetailPanel.h"

#include "core/Clock.h"
#include "core/domain/Call.h"
#include "core/domain/Currency.h"
#include "core/domain/DeadlineText.h"
#include "core/domain/Money.h"
#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

namespace {
QString names(const QStringList &codes, const core::ReferenceList &list)
{
    QStringList result;
    for (const QString &code : codes)
        result << list.name(code);
    return result.isEmpty() ? CallDetailPanel::tr("any") : result.join(QStringLiteral(", "));
}
} // namespace

CallDetailPanel::CallDetailPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Select a call to see it here."), this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_details = new QWidget(this);
    m_form = new QFormLayout(m_details);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_title = addRow(tr("Title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_donor = addRow(tr("Donor"));
    m_reference = addRow(tr("Reference"));
    m_link = addRow(tr("Link"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_donorDeadline = addRow(tr("Deadline"));
    m_yourDeadline = addRow(tr("Your time"));
    m_status = addRow(tr("Status"));
    m_grant = addRow(tr("Grant size"));
    m_limits = addRow(tr("Limits"));
    m_themes = addRow(tr("Thematic areas"));
    m_countries = addRow(tr("Countries"));
    m_types = addRow(tr("Applicants"));
    m_notes = addRow(tr("Notes"));
    layout->addWidget(m_details);
    layout->addStretch();
    showCall(nullptr);
}

QLabel *CallDetailPanel::addRow(const QString &label)
{
    auto *value = new QLabel(m_details);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, value);
    return value;
}

void CallDetailPanel::showCall(const core::Call *call)
{
    m_empty->setVisible(!call);
    m_details->setVisible(call);
    if (!call)
        return;
    const QLocale locale;
    const QDateTime deadline = call->deadline();
    const QDateTime now = core::Clock::nowUtc();
    const QTimeZone zone = core::Clock::userZone();
    m_title->setText(call->title);
    m_donor->setText(call->donor);
    m_reference->setText(call->reference);
    const QString url = call->url.toHtmlEscaped();
    m_link->setText(url.isEmpty() ? QString() : QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
    m_donorDeadline->setText(core::DeadlineText::donorMoment(deadline, locale));
    m_yourDeadline->setText(
        QStringLiteral("%1 (%2), %3")
            .arg(core::DeadlineText::moment(deadline, zone, locale), QString::fromLatin1(zone.id()),
                 core::DeadlineText::daysLeftText(core::DeadlineText::daysLeft(deadline, now, zone),
                                                  deadline < now)));
    m_status->setText(core::reference::callStatuses().name(call->status));
    const auto currency = core::Currency::fromCode(call->currency);
    const core::NumberStyle style = locale.language() == QLocale::Russian
                                        ? core::NumberStyle::Russian
                                        : core::NumberStyle::English;
    const auto amount = [&](const std::optional<qint64> &minor) {
        return minor && currency
                   ? core::MoneyFormat::formatWithCode(core::Money(*minor, *currency), style)
                   : QStringLiteral("…");
    };
    m_grant->setText(
        call->minAmountMinor || call->maxAmountMinor
            ? tr("%1 to %2").arg(amount(call->minAmountMinor), amount(call->maxAmountMinor))
            : tr("not stated"));
    QStringList limits;
    if (call->cofinancingMinPct)
        limits << tr("co-financing at least %1 %").arg(call->cofinancingMinPct->toString());
    if (call->indirectCapPct)
        limits << tr("indirect costs at most %1 %").arg(call->indirectCapPct->toString());
    if (call->minDurationMonths || call->maxDurationMonths)
        limits << tr("%1 to %2 months")
                      .arg(call->minDurationMonths ? QString::number(*call->minDurationMonths)
                                                   : QStringLiteral("…"),
                           call->maxDurationMonths ? QString::number(*call->maxDurationMonths)
                                                   : QStringLiteral("…"));
    if (call->maxPartners)
        limits << tr("at most %n partners", nullptr, *call->maxPartners);
    m_limits->setText(limits.isEmpty() ? tr("none stated") : limits.join(QStringLiteral("; ")));
    m_themes->setText(names(call->themes, core::reference::themes()));
    m_countries->setText(names(call->countries, core::reference::countries()));
    m_types->setText(names(call->applicantTypes, core::reference::organisationTypes()));
    m_notes->setText(call->notes);
}

} // namespace ui
} // namespace hamkor
