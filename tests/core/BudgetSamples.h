// SPDX-License-Identifier: GPL-3.0-or-later
// The small budget the export tests share: two partners, EUR and KZT lines, each template.
#pragma once

#include "core/budget/BudgetLoader.h"
#include "core/export/BudgetCsv.h"

#include <QBuffer>
#include <QProcess>

namespace hamkor {
namespace core {
namespace samples {

// A budget as CSV bytes, written in memory.
inline QByteArray csvOf(const LoadedBudget &b, const CsvWriteOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!BudgetCsv::write(buffer, b, options))
        qFatal("csv failed");
    return buffer.data();
}

inline Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

inline Organisation organisation(qint64 id, const QString &acronym, const QString &name)
{
    Organisation o;
    o.id = id;
    o.uuid = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(id);
    o.acronym = acronym;
    o.name = name;
    o.type = "cso";
    o.country = "KZ";
    return o;
}

inline BudgetLine line(qint64 id, const QString &category, qint64 member, const char *quantity,
                       qint64 cost, const QString &currency, const QString &description,
                       int period = 1)
{
    BudgetLine l;
    l.id = id;
    l.category = category;
    l.description = description;
    l.memberId = member;
    l.unit = "month";
    l.quantity = dec(quantity);
    l.unitCostMinor = cost;
    l.currency = currency;
    l.period = period;
    l.donorPct = dec("90");
    l.ownPct = dec("10");
    return l;
}

// Two partners, EUR and KZT, rates of 1 November 2026:
//   1.1.1  ZhB  2.5 months × 1 000.00 EUR                    = 2 500.00
//   2.1    TS   3 trips × 100 000.00 KZT = 300 000.00 KZT × 0.00178 = 534.00
inline LoadedBudget budget(const QString &templateCode)
{
    LoadedBudget b;
    b.context.proposal.id = 1;
    b.context.proposal.acronym = "CLIMRES";
    b.context.proposal.title = "Climate-resilient communities";
    b.context.proposal.summary = "Community adaptation plans.";
    b.context.proposal.durationMonths = 24;
    b.context.proposal.start = QDate(2027, 9, 1);
    b.context.proposal.countries = {"KZ", "KG", "TJ"};
    b.context.proposal.status = "awarded";
    ConsortiumMember lead;
    lead.id = 11;
    lead.organisationId = 1;
    lead.role = "lead";
    ConsortiumMember partner;
    partner.id = 12;
    partner.organisationId = 2;
    partner.role = "co-applicant";
    b.context.proposal.members = {lead, partner};
    b.context.organisations.insert(1, organisation(1, "ZhB", QStringLiteral("Жасыл Болашақ")));
    b.context.organisations.insert(2, organisation(2, "<b>TS</b>", "Too Suu & Co"));
    b.version.name = "Draft 1";
    b.version.templateCode = templateCode;
    b.version.currency = "EUR";
    b.version.rateDate = QDate(2026, 11, 1);
    const bool eu = templateCode.startsWith("eu-prag");
    const QString staff = eu ? "1.1.1" : templateCode == "horizon-europe" ? "A.1" : "a";
    const QString travel = eu ? "2.1" : templateCode == "horizon-europe" ? "C.1" : "c";
    b.version.lines = {line(1, staff, 11, "2.5", 100000, "EUR", "Coordinator"),
                       line(2, travel, 12, "3", 10000000, "KZT", "Field trips", 2)};
    b.layout = *BudgetTemplate::find(templateCode);
    b.rates = {ExchangeRate{0, "KZT", "EUR", dec("0.00178"), QDate(2026, 11, 1), "InforEuro"}};
    if (!b.recompute())
        qFatal("recompute failed");
    return b;
}

inline QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace samples
} // namespace core
} // namespace hamkor
