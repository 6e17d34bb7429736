// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/demo/DemoCatalogue.h"
#include "core/demo/DemoWriter.h"
#include "core/reference/Reference.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimeZone>

namespace hamkor {
namespace core {
namespace demo {

namespace {

constexpr int Organisations = 5000;
constexpr int ContactsPerOrganisation = 4;
constexpr int Calls = 20000;
constexpr int Proposals = 2000;
constexpr int MembersPerProposal = 4;
constexpr int LinesPerProposal = 500;

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

template <std::size_t N> QString pick(const char *const (&items)[N], quint32 index)
{
    return u8(items[index % N]);
}

const char *const CyrillicRoots[] = {
    "Экосфера", "Чистая вода",     "Зелёная степь", "Тянь-Шань",    "Памир",    "Родник",
    "Арал",     "Солнечный город", "Жасыл әлем",    "Таза табиғат", "Обу Ҳаёт", "Кӯҳсор"};
const char *const LatinRoots[] = {"Ecosphere",   "Clean Water",  "Green Steppe", "Tien Shan",
                                  "Pamir",       "Spring",       "Aral",         "Sunny City",
                                  "Zhasyl Alem", "Taza Tabigat", "Obu Hayot",    "Kuhsor"};
const char *const Forms[] = {"Общественный фонд «%1»", "Ассоциация «%1»", "Центр «%1»",
                             "Объединение «%1»"};
const char *const Cities[] = {"Almaty", "Bishkek", "Dushanbe", "Ashgabat", "Tashkent", "Kabul",
                              "Osh",    "Khujand", "Nukus",    "Shymkent", "Karakol",  "Herat"};
const char *const Countries[] = {"KZ", "KG", "TJ", "TM", "UZ", "AF"};
const char *const Types[] = {"cso",      "cso",           "cso",    "academic", "local_authority",
                             "business", "international", "network"};
const char *const Donors[] = {"European Union",
                              "World Bank",
                              "Asian Development Bank",
                              "GEF Small Grants Programme",
                              "Swiss Agency for Development and Cooperation",
                              "U.S. Agency for International Development",
                              "Japan International Cooperation Agency",
                              "German Federal Ministry for the Environment",
                              "UNDP",
                              "Aga Khan Foundation"};
const char *const Zones[] = {"Europe/Brussels", "America/New_York", "Asia/Almaty",   "Asia/Bishkek",
                             "Asia/Tashkent",   "Asia/Dushanbe",    "Europe/Zurich", "Asia/Tokyo"};
const char *const Subjects[] = {
    "climate resilience",      "water user associations", "flood early warning", "waste separation",
    "clean energy in schools", "biodiversity corridors",  "chemical safety",     "youth leadership",
    "glacier monitoring",      "water-saving irrigation", "environmental health"};
const char *const Statuses[] = {"identified", "assessing", "preparing", "submitted",
                                "awarded",    "rejected",  "withdrawn", "missed"};
const char *const Currencies[] = {"EUR", "USD", "EUR", "USD", "CHF"};
const char *const LineCurrencies[] = {"EUR", "KZT", "KGS", "TJS", "UZS", "USD"};
const qint64 LineCosts[] = {45000, 45000000, 8500000, 420000, 950000000, 50000};
const char *const Categories[] = {"1.1.1", "1.1.2", "1.3.2", "2.1", "2.2", "3.2",
                                  "4.2",   "5.1",   "5.3",   "5.7", "5.8", "6"};

} // namespace

Status writeLargeDemo(DemoWriter &writer, const std::function<bool(int)> &progress)
{
    QRandomGenerator random(20261127); // the same file every time
    const QDate today = Clock::nowUtc().date();
    const QStringList themes = [] {
        QStringList codes;
        for (const auto &item : reference::themes().items())
            codes << item.code;
        return codes;
    }();
    int lastPercent = -1;
    auto report = [&](int percent) {
        if (percent == lastPercent || !progress)
            return true;
        lastPercent = percent;
        return progress(percent);
    };
    const QString cancelled =
        QCoreApplication::translate("hamkor::core::DemoData", "Cancelled; nothing was written.");

    QList<qint64> organisations;
    organisations.reserve(Organisations);
    for (int i = 0; i < Organisations; ++i) {
        OrganisationRow row;
        const quint32 root = random.bounded(12u);
        row.name = pick(Forms, i).arg(pick(CyrillicRoots, root)) + QStringLiteral(" %1").arg(i + 1);
        row.nameLatin = pick(LatinRoots, root) + QStringLiteral(" %1").arg(i + 1);
        row.acronym = QStringLiteral("ORG%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        row.type = pick(Types, i);
        row.country = pick(Countries, i);
        row.city = pick(Cities, i);
        row.registration = QStringLiteral("REG %1").arg(100000 + i);
        row.website = QStringLiteral("https://org%1.example.org").arg(i + 1);
        row.staff = 3 + int(random.bounded(200u));
        row.themes = {themes.at(i % themes.size()), themes.at((i * 7 + 3) % themes.size())};
        row.themes.removeDuplicates();
        auto id = writer.organisation(row);
        if (!id)
            return id.error();
        organisations.append(*id);
        for (int c = 0; c < ContactsPerOrganisation; ++c)
            if (Status s =
                    writer.contact(*id, QStringLiteral("Contact %1-%2").arg(i + 1).arg(c + 1),
                                   QStringLiteral("Officer"),
                                   QStringLiteral("c%1@org%2.example.org").arg(c).arg(i + 1),
                                   QStringLiteral("+7 700 %1").arg(1000000 + i));
                !s)
                return s;
        if (Status s = writer.engagement(*id, QStringLiteral("consultation"),
                                         today.addDays(-int(random.bounded(1500u))),
                                         QStringLiteral("Consultation"));
            !s)
            return s;
        if (i % 100 == 0 && !report(5 * i / Organisations))
            return Error{cancelled};
    }

    QList<qint64> calls;
    calls.reserve(Calls);
    for (int i = 0; i < Calls; ++i) {
        CallRow row;
        row.title =
            QStringLiteral("Grants for %1, round %2").arg(pick(Subjects, i)).arg(i / 11 + 1);
        row.donor = pick(Donors, i);
        row.reference = QStringLiteral("LARGE-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        row.themes = {themes.at(i % themes.size())};
        row.countries = {pick(Countries, i), pick(Countries, i + 2)};
        row.currency = pick(Currencies, i);
        row.minMinor = 1000000 * (1 + qint64(random.bounded(50u)));
        row.maxMinor = row.minMinor * 5;
        const QTimeZone zone(pick(Zones, i).toLatin1());
        row.deadline = QDateTime(today.addDays(int(random.bounded(730u)) - 365),
                                 QTime(12 + int(random.bounded(6u)), 0), zone);
        row.opens = row.deadline.date().addDays(-30 - int(random.bounded(170u)));
        row.status = pick(Statuses, random.bounded(8u));
        auto id = writer.call(row);
        if (!id)
            return id.error();
        calls.append(*id);
        if (i % 200 == 0 && !report(5 + 10 * i / Calls))
            return Error{cancelled};
    }

    const QDate rateDate(today.year(), today.month(), 1);
    for (const auto &[from, rate] :
         {std::pair{"KZT", "0.001780"}, std::pair{"KGS", "0.010250"}, std::pair{"TJS", "0.083900"},
          std::pair{"UZS", "0.0000742"}, std::pair{"USD", "0.8620"}})
        if (Status s = writer.rate(u8(from), QStringLiteral("EUR"), u8(rate), rateDate,
                                   QStringLiteral("InforEuro"));
            !s)
            return s;

    for (int p = 0; p < Proposals; ++p) {
        ProposalRow row;
        row.callId = calls.at(p * 10);
        row.acronym = QStringLiteral("PRJ%1").arg(p + 1, 4, 10, QLatin1Char('0'));
        row.title = QStringLiteral("Joint project on %1 no. %2").arg(pick(Subjects, p)).arg(p + 1);
        row.currency = QStringLiteral("EUR");
        row.templateCode = QStringLiteral("eu-prag");
        row.status = QStringLiteral("concept_note");
        row.start = QDate(today.year() + 1, 1 + p % 12, 1);
        row.durationMonths = 36;
        row.themes = {themes.at(p % themes.size())};
        row.countries = {pick(Countries, p)};
        auto proposal = writer.proposal(row);
        if (!proposal)
            return proposal.error();
        QList<qint64> members;
        for (int m = 0; m < MembersPerProposal; ++m) {
            auto member = writer.member(
                *proposal, organisations.at((p * 13 + m * 101) % Organisations),
                m == 0 ? QStringLiteral("lead") : QStringLiteral("co-applicant"), QString(), m);
            if (!member)
                return member.error();
            members.append(*member);
        }
        auto version =
            writer.budgetVersion(*proposal, QStringLiteral("Draft 1"), QStringLiteral("draft"),
                                 row.templateCode, row.currency, rateDate, QStringLiteral("7"));
        if (!version)
            return version.error();
        for (int l = 0; l < LinesPerProposal; ++l) {
            LineRow line;
            line.versionId = *version;
            line.category = pick(Categories, l);
            line.description = QStringLiteral("Line %1").arg(l + 1);
            line.memberId = members.at(l % MembersPerProposal);
            line.unit = QStringLiteral("month");
            line.quantity = QString::number(1 + random.bounded(24u));
            const quint32 currency = random.bounded(6u);
            line.currency = pick(LineCurrencies, currency);
            line.unitCostMinor = LineCosts[currency];
            line.period = 1 + l % 3;
            line.donorPct = QStringLiteral("90");
            line.sortOrder = l;
            if (Status s = writer.budgetLine(line); !s)
                return s;
        }
        if (!report(15 + 85 * p / Proposals))
            return Error{cancelled};
    }
    report(100);
    return {};
}

} // namespace demo
} // namespace core
} // namespace hamkor
