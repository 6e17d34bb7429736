// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/demo/DemoCatalogue.h"
#include "core/demo/DemoWriter.h"

namespace hamkor {
namespace core {
namespace demo {

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList list(const char *pipeSeparated)
{
    return u8(pipeSeparated).split(u'|', Qt::SkipEmptyParts);
}

struct ProposalSpec
{
    int call;
    const char *acronym, *title, *summary, *templateCode, *currency, *status;
    int startInMonths, months;
    const char *themes, *countries, *mechanisms;
    const char *members; // ACRONYM:role|…, lead first
    const char *indirect;
};

const ProposalSpec Proposals[] = {
    {0, "STEPPE", "Steppe communities adapting to climate change",
     "Five CSOs build local adaptation plans with 40 rural communities and bring them to "
     "national dialogues.",
     "eu-prag", "EUR", "full_proposal", 9, 36,
     "climate_change|flood_emergency_prevention|education_leadership", "KZ|KG|TJ|UZ",
     "capacity_building|joint_projects|dialogues",
     "EcoAl:lead|TooSuu:co-applicant|ObuH:co-applicant|TozaS:co-applicant|KYEM:associate", "7"},
    {10, "AQUAFIELD", "Water-saving demonstration sites with farmers' associations",
     "Drip and furrow irrigation demonstration plots run with water users' associations.",
     "generic", "USD", "in_implementation", -2, 24, "water_saving|iwrm", "UZ|TM",
     "best_practices|knowledge_dissemination",
     "TIIAME:lead|TozaS:co-applicant|NPST:co-applicant|HWEA:associate", "10"},
    {4, "GLACIS", "Glacier monitoring with citizen scientists",
     "Mountain schools and universities measure snow and ice and share open data.",
     "horizon-europe", "EUR", "concept_note", 11, 48, "climate_change|biodiversity", "KZ|KG|TJ",
     "joint_projects|knowledge_dissemination",
     "KRSU-CC:lead|KazNARU:co-applicant|TTU:co-applicant|SUZA:co-applicant|Kuhi:associate", "25"},
    {5, "SUNSCHOOL", "Energy efficiency and solar power for public schools",
     "Insulation and rooftop solar for 30 schools, with energy lessons for pupils.", "sf-424a",
     "USD", "concept_note", 8, 48, "clean_energy|education_leadership", "KZ|KG|UZ",
     "best_practices|joint_fundraising",
     "RECCA:lead|EcoAl:co-applicant|TooSuu:co-applicant|SEA:subcontractor", "15"},
};

struct LineSpec
{
    int proposal;
    const char *category, *description, *member, *unit, *quantity;
    qint64 unitCostMinor;
    const char *currency;
    const char *periods; // "1|2|3"
    const char *donorPct;
};

const LineSpec Lines[] = {
    // STEPPE, EU (PRAG) layout, EUR budget with lines in local currencies.
    {0, "1.1.1", "Project coordinator (50%)", "EcoAl", "month", "12", 45000000, "KZT", "1|2|3",
     "90"},
    {0, "1.1.1", "Water engineer", "TooSuu", "month", "8", 8500000, "KGS", "1|2", "90"},
    {0, "1.1.1", "Field officer", "TozaS", "month", "12", 950000000, "UZS", "1|2|3", "90"},
    {0, "1.1.2", "Accountant (part time)", "ObuH", "month", "12", 420000, "TJS", "1|2|3", "90"},
    {0, "1.3.2", "Per diems, field visits", "TooSuu", "day", "40", 250000, "KGS", "1|2|3", "90"},
    {0, "1.3.3", "Per diems, workshop participants", "EcoAl", "per diem", "120", 2500000, "KZT",
     "1|2", "90"},
    {0, "1.3.3", "Per diems, youth exchange", "KYEM", "per diem", "40", 50000000, "UZS", "2", "90"},
    {0, "2.1", "International flights to the regional conference", "TooSuu", "flight", "6", 45000,
     "EUR", "2", "90"},
    {0, "2.2", "Local transport to pilot villages", "ObuH", "trip", "24", 35000, "TJS", "1|2|3",
     "90"},
    {0, "3.2", "Laptops for partner staff", "EcoAl", "piece", "5", 38000000, "KZT", "1", "90"},
    {0, "4.2", "Office rent", "TozaS", "month", "12", 400000000, "UZS", "1|2|3", "80"},
    {0, "5.1", "Adaptation handbook (Russian, Kazakh, Kyrgyz, Tajik, Uzbek)", "EcoAl", "lump sum",
     "1", 350000, "EUR", "3", "90"},
    {0, "5.3", "Expenditure verification", "EcoAl", "lump sum", "1", 1200000, "EUR", "3", "90"},
    {0, "5.7", "Regional conference, Bishkek", "TooSuu", "event", "1", 150000000, "KGS", "2", "90"},
    {0, "5.8", "Visibility actions", "EcoAl", "lump sum", "1", 250000, "EUR", "1|3", "90"},
    // AQUAFIELD, generic template, USD.
    {1, "G1", "Irrigation engineer", "TIIAME", "month", "12", 1200000000, "UZS", "1|2", "100"},
    {1, "G1", "Field technician", "NPST", "month", "12", 320000, "TMT", "1|2", "100"},
    {1, "G2", "Drip irrigation kits", "TozaS", "kit", "40", 65000, "USD", "1", "85"},
    {1, "G3", "Demonstration plots, preparation", "TozaS", "plot", "8", 1500000000, "UZS", "1",
     "85"},
    {1, "G4", "Farmer field schools", "TIIAME", "session", "16", 90000, "USD", "1|2", "100"},
    {1, "G4", "Exchange visit to Herat", "HWEA", "trip", "2", 300000, "USD", "2", "100"},
    // GLACIS, Horizon Europe, EUR.
    {2, "A.1", "Researcher, glaciology", "KRSU-CC", "person-month", "36", 180000, "EUR", "1|2|3|4",
     "100"},
    {2, "A.1", "Data scientist", "KazNARU", "person-month", "24", 90000000, "KZT", "1|2|3|4",
     "100"},
    {2, "A.1", "Field engineer", "TTU", "person-month", "24", 650000, "TJS", "1|2|3|4", "100"},
    {2, "B", "Satellite image processing service", "SUZA", "lump sum", "1", 4500000, "EUR", "2",
     "100"},
    {2, "C.1", "Field campaigns, travel and subsistence", "KRSU-CC", "trip", "10", 12000000, "KGS",
     "1|2|3|4", "100"},
    {2, "C.2", "Automatic weather stations (depreciation)", "TTU", "station", "3", 950000, "EUR",
     "1", "100"},
    {2, "C.3", "Open data platform hosting", "SUZA", "year", "1", 600000, "EUR", "1|2|3|4", "100"},
    {2, "D.1", "Grants to mountain schools", "KRSU-CC", "grant", "12", 300000, "EUR", "2|3", "100"},
    // SUNSCHOOL, SF-424A, USD.
    {3, "a", "Project director", "RECCA", "month", "12", 350000, "USD", "1|2|3|4", "90"},
    {3, "a", "School energy trainers", "EcoAl", "month", "12", 52000000, "KZT", "1|2|3|4", "90"},
    {3, "b", "Fringe benefits (22% of salaries)", "RECCA", "year", "1", 924000, "USD", "1|2|3|4",
     "90"},
    {3, "c", "Travel to partner schools", "TooSuu", "trip", "20", 2500000, "KGS", "1|2|3", "90"},
    {3, "d", "Rooftop solar systems", "SEA", "system", "10", 2400000000, "KZT", "2|3", "80"},
    {3, "e", "Insulation materials", "TooSuu", "school", "10", 120000000, "KGS", "2", "80"},
    {3, "f", "Energy audits of schools", "SEA", "audit", "30", 45000000, "KZT", "1", "90"},
    {3, "h", "Energy lessons, printed materials", "EcoAl", "set", "30", 8000000, "KZT", "2|3",
     "90"},
};

const char *const GenericCategories[][2] = {
    {"G1", "Staff"}, {"G2", "Equipment"}, {"G3", "Demonstration sites"}, {"G4", "Training"}};

} // namespace

Status writeSmallProposals(DemoWriter &writer, const QHash<QString, qint64> &organisations,
                           const QList<qint64> &calls, const QDate &rateDate)
{
    const QDate today = Clock::nowUtc().date();
    QList<qint64> versions;
    QList<QHash<QString, qint64>> members;
    for (const ProposalSpec &p : Proposals) {
        ProposalRow row;
        row.callId = calls.value(p.call);
        row.acronym = u8(p.acronym);
        row.title = u8(p.title);
        row.summary = u8(p.summary);
        row.templateCode = u8(p.templateCode);
        row.currency = u8(p.currency);
        row.status = u8(p.status);
        const QDate month = today.addMonths(p.startInMonths);
        row.start = QDate(month.year(), month.month(), 1);
        row.durationMonths = p.months;
        row.themes = list(p.themes);
        row.countries = list(p.countries);
        row.mechanisms = list(p.mechanisms);
        auto proposal = writer.proposal(row);
        if (!proposal)
            return proposal.error();

        QHash<QString, qint64> memberIds;
        int sort = 0;
        for (const QString &entry : list(p.members)) {
            const QString acronym = entry.section(u':', 0, 0);
            const QString role = entry.section(u':', 1, 1);
            auto member = writer.member(*proposal, organisations.value(acronym), role,
                                        role == u"lead" ? QStringLiteral("Coordination, finance")
                                                        : QStringLiteral("Pilot activities"),
                                        sort++);
            if (!member)
                return member.error();
            memberIds.insert(acronym, *member);
        }
        members.append(memberIds);

        const QDate due = today.addDays(p.call == 0 ? -2 : 20); // STEPPE is late with some
        const qint64 lead = memberIds.value(list(p.members).constFirst().section(u':', 0, 0));
        int item = 0;
        for (const auto &[title, state] :
             {std::pair{"Mandates from every co-applicant", "todo"},
              std::pair{"Letters of support from ministries", "received"},
              std::pair{"Registration papers of all partners", "received"},
              std::pair{"CVs of key staff", "todo"}, std::pair{"Budget (final)", "todo"},
              std::pair{"Logical framework", "not_needed"}}) {
            if (Status s = writer.checklistItem(*proposal, u8(title), lead, due.addDays(-item),
                                                u8(state), item);
                !s)
                return s;
            ++item;
        }

        auto version =
            writer.budgetVersion(*proposal, QStringLiteral("Draft 1"), QStringLiteral("draft"),
                                 row.templateCode, row.currency, rateDate, u8(p.indirect));
        if (!version)
            return version.error();
        versions.append(*version);
        if (row.templateCode == u"generic") {
            int order = 0;
            for (const auto &category : GenericCategories)
                if (Status s =
                        writer.budgetCategory(*version, u8(category[0]), u8(category[1]), order++);
                    !s)
                    return s;
        }
    }

    int sort = 0;
    for (const LineSpec &l : Lines) {
        for (const QString &period : list(l.periods)) {
            LineRow line;
            line.versionId = versions.value(l.proposal);
            line.category = u8(l.category);
            line.description = u8(l.description);
            line.memberId = members.value(l.proposal).value(u8(l.member));
            line.unit = u8(l.unit);
            line.quantity = u8(l.quantity);
            line.unitCostMinor = l.unitCostMinor;
            line.currency = u8(l.currency);
            line.period = period.toInt();
            line.donorPct = u8(l.donorPct);
            line.sortOrder = sort++;
            if (Status s = writer.budgetLine(line); !s)
                return s;
        }
    }
    return {};
}

} // namespace demo
} // namespace core
} // namespace hamkor
