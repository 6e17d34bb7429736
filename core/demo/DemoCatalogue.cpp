// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoCatalogue.h"

#include "core/Clock.h"
#include "core/demo/DemoWriter.h"

#include <QHash>
#include <QTimeZone>

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

struct CallSpec
{
    const char *title, *donor, *reference, *themes, *countries, *types, *currency;
    qint64 minMajor, maxMajor;
    const char *cofinancing, *indirect;
    int minMonths, maxMonths, maxPartners, opensInDays, deadlineInDays;
    int hour;
    const char *zone, *status, *notes;
};

const CallSpec Calls[] = {
    {"Civil society for climate resilience in Central Asia",
     "European Union",
     "DEMO-EU-2027-01",
     "climate_change|flood_emergency_prevention|education_leadership",
     "KZ|KG|TJ|TM|UZ",
     "cso|academic|international",
     "EUR",
     100000,
     1500000,
     "10",
     "7",
     24,
     48,
     8,
     -25,
     5,
     16,
     "Europe/Brussels",
     "preparing",
     "Lead applicant must be a non-profit registered in Central Asia. Concept note first."},
    {"Small grants for community water management",
     "GEF Small Grants Programme",
     "DEMO-SGP-KG-27",
     "iwrm|water_saving",
     "KG",
     "cso",
     "USD",
     10000,
     50000,
     "",
     "",
     12,
     24,
     0,
     -40,
     12,
     18,
     "Asia/Bishkek",
     "preparing",
     "Only national CSOs and community organisations."},
    {"Transboundary basin dialogue platforms",
     "Swiss Agency for Development and Cooperation",
     "DEMO-SDC-BD-04",
     "transboundary_water|iwrm",
     "KZ|KG|TJ|UZ",
     "",
     "CHF",
     200000,
     800000,
     "",
     "10",
     0,
     0,
     0,
     -10,
     45,
     12,
     "Europe/Zurich",
     "assessing",
     ""},
    {"Clean energy for rural schools",
     "Asian Development Bank",
     "DEMO-ADB-CE-118",
     "clean_energy|education_leadership",
     "TJ|UZ|KZ",
     "cso|business|academic",
     "USD",
     250000,
     1000000,
     "20",
     "",
     24,
     36,
     0,
     3,
     80,
     17,
     "Asia/Manila",
     "identified",
     "Tender for implementing partners; a technical institute in the consortium is preferred."},
    {"Glacier and snow monitoring with citizen scientists",
     "European Commission (Horizon Europe)",
     "DEMO-HE-CL6-2027",
     "climate_change|biodiversity",
     "KZ|KG|TJ",
     "academic|cso|international",
     "EUR",
     500000,
     4000000,
     "",
     "25",
     36,
     48,
     0,
     -60,
     26,
     17,
     "Europe/Brussels",
     "preparing",
     "Research and innovation action; 25 % flat rate indirect costs."},
    {"Energy efficiency in public buildings",
     "U.S. Agency for International Development",
     "DEMO-USAID-EE-08",
     "clean_energy",
     "KZ|KG|UZ",
     "cso|international|business",
     "USD",
     500000,
     2000000,
     "10",
     "15",
     24,
     36,
     6,
     -30,
     38,
     17,
     "America/New_York",
     "preparing",
     "Cost share of at least 10 %, not from other U.S. government funds."},
    {"Youth leadership for the Aral Sea region",
     "Japan International Cooperation Agency",
     "DEMO-JICA-AR-22",
     "environment_health|education_leadership|water_saving",
     "UZ|KZ|TM",
     "cso|academic",
     "USD",
     50000,
     300000,
     "",
     "",
     12,
     24,
     4,
     -90,
     -3,
     12,
     "Asia/Tokyo",
     "missed",
     "Missed: the partner's mandate arrived too late."},
    {"Chemical safety in small enterprises",
     "United Nations Environment Programme",
     "DEMO-UNEP-CS-05",
     "chemical_safety|environment_health",
     "KZ|KG|TJ|TM|UZ|AF",
     "",
     "USD",
     100000,
     400000,
     "",
     "13",
     12,
     30,
     0,
     -200,
     -100,
     23,
     "Africa/Nairobi",
     "rejected",
     ""},
    {"Waste separation pilots in secondary cities",
     "German Federal Ministry for the Environment",
     "DEMO-IKI-WS-31",
     "consumption_waste|climate_change",
     "KZ|UZ|KG",
     "cso|local_authority",
     "EUR",
     150000,
     600000,
     "15",
     "7",
     24,
     36,
     5,
     10,
     120,
     12,
     "Europe/Berlin",
     "identified",
     ""},
    {"Flood early warning for mountain villages",
     "Aga Khan Foundation",
     "DEMO-AKF-FW-12",
     "flood_emergency_prevention|climate_change",
     "TJ|AF",
     "cso|local_authority",
     "USD",
     80000,
     250000,
     "",
     "",
     18,
     24,
     3,
     -15,
     60,
     17,
     "Europe/Zurich",
     "assessing",
     "Mountain communities of Gorno-Badakhshan and Badakhshan."},
    {"Water-saving irrigation demonstration sites",
     "World Bank",
     "DEMO-WB-IR-77",
     "water_saving|iwrm",
     "UZ|TM|TJ",
     "cso|academic|business",
     "USD",
     100000,
     900000,
     "",
     "",
     24,
     36,
     0,
     -300,
     -200,
     18,
     "America/New_York",
     "awarded",
     "Awarded; in implementation."},
    {"Environment and health in the Aral Sea region",
     "European Union",
     "DEMO-EU-2026-17",
     "environment_health|water_saving",
     "UZ|KZ",
     "cso|academic",
     "EUR",
     500000,
     1200000,
     "10",
     "7",
     24,
     36,
     6,
     -150,
     -60,
     16,
     "Europe/Brussels",
     "submitted",
     "Awaiting evaluation."},
};

} // namespace

Status writeSmallDemo(DemoWriter &writer)
{
    const QDate today = Clock::nowUtc().date();
    auto written = writeSmallPartners(writer, today);
    if (!written)
        return written.error();
    const QHash<QString, qint64> organisations = *written;

    QList<qint64> calls;
    for (const CallSpec &c : Calls) {
        CallRow row;
        row.title = u8(c.title);
        row.donor = u8(c.donor);
        row.reference = u8(c.reference);
        row.url = QStringLiteral("https://calls.example.org/%1").arg(row.reference.toLower());
        row.themes = list(c.themes);
        row.countries = list(c.countries);
        row.applicantTypes = list(c.types);
        row.currency = u8(c.currency);
        row.minMinor = c.minMajor * 100;
        row.maxMinor = c.maxMajor * 100;
        row.cofinancingPct = u8(c.cofinancing);
        row.indirectCapPct = u8(c.indirect);
        row.minMonths = c.minMonths;
        row.maxMonths = c.maxMonths;
        row.maxPartners = c.maxPartners;
        row.opens = today.addDays(c.opensInDays);
        const QTimeZone zone(QByteArray(c.zone));
        row.deadline = QDateTime(today.addDays(c.deadlineInDays), QTime(c.hour, 0), zone);
        row.status = u8(c.status);
        row.notes = u8(c.notes);
        auto id = writer.call(row);
        if (!id)
            return id.error();
        calls.append(*id);
    }

    const QDate rateDate(today.year(), today.month(), 1);
    const QString inforEuro =
        QStringLiteral("InforEuro %1").arg(rateDate.toString(QStringLiteral("MM/yyyy")));
    const QString nbk = QStringLiteral("National bank, %1").arg(rateDate.toString(Qt::ISODate));
    const struct
    {
        const char *from, *to, *rate;
        bool euro;
    } Rates[] = {
        {"KZT", "EUR", "0.001780", true},  {"KGS", "EUR", "0.010250", true},
        {"TJS", "EUR", "0.083900", true},  {"UZS", "EUR", "0.0000742", true},
        {"USD", "EUR", "0.8620", true},    {"TMT", "EUR", "0.2463", true},
        {"KZT", "USD", "0.002065", false}, {"KGS", "USD", "0.011890", false},
        {"TJS", "USD", "0.097330", false}, {"UZS", "USD", "0.0000861", false},
        {"EUR", "USD", "1.1601", false},   {"TMT", "USD", "0.2857", false},
    };
    for (const auto &r : Rates)
        if (Status s =
                writer.rate(u8(r.from), u8(r.to), u8(r.rate), rateDate, r.euro ? inforEuro : nbk);
            !s)
            return s;

    return writeSmallProposals(writer, organisations, calls, rateDate);
}

} // namespace demo
} // namespace core
} // namespace hamkor
