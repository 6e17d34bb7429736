// SPDX-License-Identifier: GPL-3.0-or-later
// The small demo's partner organisations, with contacts and engagements (all invented).
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

struct Partner
{
    const char *name, *latin, *acronym, *type, *country, *city, *registration, *site, *themes,
        *networks;
    int staff;
    qint64 turnover; // major units
    const char *currency;
    const char *contact, *position, *phone;
};

// Networks by their names as users see them.
constexpr const char *Alumni = "Leadership programme alumni network";
constexpr const char *ClimateNet = "Regional CSO network on climate change";
constexpr const char *Academic = "Academic community network";

const Partner Partners[] = {
    {"Общественный фонд «Экосфера Алатау»", "Public Foundation Ecosphere Alatau", "EcoAl", "cso",
     "KZ", "Almaty", "BIN 150340011223", "https://ecosphere.example.kz",
     "climate_change|education_leadership|consumption_waste", "leadership|climate", 14, 92000000,
     "KZT", "Айгерим Нурланова", "Director", "+7 727 300 1101"},
    {"Қазақ ұлттық аграрлық зерттеу университеті", "Kazakh National Agrarian Research University",
     "KazNARU", "academic", "KZ", "Almaty", "BIN 990140004411", "https://kaznaru.example.kz",
     "iwrm|water_saving|climate_change", "academic", 1200, 0, "", "Ерлан Сапаров",
     "Head of Water Resources Department", "+7 727 264 0202"},
    {"Ассоциация «Зелёная степь»", "Green Steppe Association", "GSA", "network", "KZ", "Astana",
     "BIN 180840022334", "https://greensteppe.example.kz", "biodiversity|climate_change", "climate",
     5, 18000000, "KZT", "Динара Оспанова", "Coordinator", "+7 717 255 0303"},
    {"Общественное объединение «Тоо-Суу»", "Public Association Too-Suu", "TooSuu", "cso", "KG",
     "Bishkek", "INN 02207201610123", "https://toosuu.example.kg",
     "iwrm|transboundary_water|flood_emergency_prevention", "climate|leadership", 9, 4100000, "KGS",
     "Бакыт Асанов", "Chairman", "+996 312 90 0404"},
    {"Кыргызско-Российский Славянский университет, Центр климатических исследований",
     "KRSU Climate Research Centre", "KRSU-CC", "academic", "KG", "Bishkek", "INN 01203199310045",
     "https://krsu-climate.example.kg", "climate_change|biodiversity", "academic", 35, 0, "",
     "Ольга Ким", "Senior researcher", "+996 312 43 0505"},
    {"Ак-Суу айыл өкмөтү", "Ak-Suu Rural Municipality", "AkSuu", "local_authority", "KG", "Karakol",
     "OKPO 04451217", "", "flood_emergency_prevention|iwrm", "", 22, 0, "", "Нурлан Токтогулов",
     "Head of municipality", "+996 3922 5 0606"},
    {"Ҷамъияти ҷамъиятии «Обу Ҳаёт»", "Public Organisation Obu Hayot", "ObuH", "cso", "TJ",
     "Dushanbe", "TIN 020012345", "https://obuhayot.example.tj",
     "environment_health|iwrm|water_saving", "climate", 11, 610000, "TJS", "Зарина Раҳимова",
     "Executive director", "+992 37 221 0707"},
    {"Донишгоҳи техникии Тоҷикистон", "Technical University of Tajikistan", "TTU", "academic", "TJ",
     "Dushanbe", "TIN 010000777", "https://ttu.example.tj", "clean_energy|water_saving", "academic",
     900, 0, "", "Фирдавс Назаров", "Vice-rector for research", "+992 37 227 0808"},
    {"Маркази ҷамъиятии «Кӯҳистон»", "Kuhiston Centre for Mountain Communities", "Kuhi", "cso",
     "TJ", "Khorog", "TIN 030045678", "https://kuhiston.example.tj",
     "flood_emergency_prevention|biodiversity|education_leadership", "leadership", 6, 240000, "TJS",
     "Шамсиддин Мамадназаров", "Programme manager", "+992 35 222 0909"},
    {"Türkmenistanyň Tebigaty goraýyş jemgyýeti", "Nature Protection Society of Turkmenistan",
     "NPST", "cso", "TM", "Ashgabat", "", "https://tebigat.example.tm",
     "biodiversity|environment_health", "", 18, 900000, "TMT", "Maýsa Orazowa", "Chair",
     "+993 12 34 1010"},
    {"Экологический клуб «Джейран»", "Ecological Club Jeyran", "Jeyran", "cso", "TM", "Turkmenabat",
     "", "", "biodiversity|education_leadership", "leadership", 4, 150000, "TMT", "Ахмед Бердыев",
     "Coordinator", "+993 422 6 1111"},
    {"«Toza Suv» nodavlat notijorat tashkiloti", "NGO Toza Suv", "TozaS", "cso", "UZ", "Tashkent",
     "STIR 305123456", "https://tozasuv.example.uz", "water_saving|iwrm|environment_health",
     "climate|leadership", 16, 2100000000, "UZS", "Gʻayrat Oʻrinboyev", "Director",
     "+998 71 200 1212"},
    {"Ташкентский институт инженеров ирригации и механизации сельского хозяйства",
     "TIIAME National Research University", "TIIAME", "academic", "UZ", "Tashkent",
     "STIR 200345678", "https://tiiame.example.uz", "iwrm|water_saving|transboundary_water",
     "academic", 1500, 0, "", "Дилноза Каримова", "Head of international office",
     "+998 71 237 1313"},
    {"Qoraqalpogʻiston yoshlar ekologik harakati", "Karakalpakstan Youth Ecological Movement",
     "KYEM", "cso", "UZ", "Nukus", "STIR 307654321", "", "environment_health|education_leadership",
     "leadership", 7, 480000000, "UZS", "Aziz Qalliyev", "Chair", "+998 61 222 1414"},
    {"انجمن آب و محیط زیست هرات", "Herat Water and Environment Association", "HWEA", "cso", "AF",
     "Herat", "MoE 4411", "", "iwrm|water_saving|flood_emergency_prevention", "", 10, 3500000,
     "AFN", "Farid Ahmadi", "Director", "+93 40 222 1515"},
    {"دانشگاه کابل، دانشکده محیط زیست", "Kabul University, Faculty of Environment", "KU-ENV",
     "academic", "AF", "Kabul", "", "", "environment_health|climate_change", "academic", 60, 0, "",
     "Mariam Sadat", "Dean's office", "+93 20 250 1616"},
    {"Региональный экологический центр Центральной Азии",
     "Regional Environmental Centre for Central Asia", "RECCA", "international", "KZ", "Almaty",
     "BIN 010240000123", "https://recca.example.org",
     "climate_change|iwrm|transboundary_water|education_leadership", "leadership|climate", 75,
     6200000, "USD", "Тимур Бекмуратов", "Head of programmes", "+7 727 278 1717"},
    {"ТОО «Солнечная энергия Азии»", "Solar Energy Asia LLP", "SEA", "business", "KZ", "Shymkent",
     "BIN 200440055667", "https://solar-asia.example.kz", "clean_energy", "", 40, 640000000, "KZT",
     "Руслан Ибраев", "Technical director", "+7 7252 55 1818"},
    {"Stiftung Umweltbildung Zentralasien",
     "Foundation for Environmental Education in Central Asia", "SUZA", "international", "DE",
     "Berlin", "VR 33123 B", "https://suza.example.de", "education_leadership|climate_change", "",
     12, 1400000, "EUR", "Anna Becker", "Programme officer", "+49 30 555 1919"},
    {"Комитет по водным ресурсам", "Committee for Water Resources", "KVR", "government", "KZ",
     "Astana", "", "", "iwrm|transboundary_water", "", 150, 0, "", "Серик Жумабаев",
     "Head of international cooperation", "+7 717 274 2020"},
};

QStringList networkNames(const char *keys)
{
    QStringList names;
    for (const QString &key : list(keys)) {
        if (key == u"leadership")
            names << u8(Alumni);
        else if (key == u"climate")
            names << u8(ClimateNet);
        else if (key == u"academic")
            names << u8(Academic);
    }
    return names;
}

} // namespace

Result<QHash<QString, qint64>> writeSmallPartners(DemoWriter &writer, const QDate &today)
{
    QHash<QString, qint64> organisations;
    int index = 0;
    for (const Partner &p : Partners) {
        OrganisationRow row;
        row.name = u8(p.name);
        row.nameLatin = u8(p.latin);
        row.acronym = u8(p.acronym);
        row.type = u8(p.type);
        row.country = u8(p.country);
        row.city = u8(p.city);
        row.registration = u8(p.registration);
        row.website = u8(p.site);
        row.email = QStringLiteral("office@%1.example.org").arg(row.acronym.toLower());
        row.phone = u8(p.phone);
        row.staff = p.staff;
        row.turnoverCurrency = u8(p.currency);
        if (p.turnover > 0 && !row.turnoverCurrency.isEmpty())
            row.turnoverMinor = p.turnover * (row.turnoverCurrency == u"JPY" ? 1 : 100);
        row.grantsManaged = 2 + index % 9;
        row.audited = index % 3 != 2;
        row.themes = list(p.themes);
        row.networks = networkNames(p.networks);
        auto id = writer.organisation(row);
        if (!id)
            return id.error();
        organisations.insert(row.acronym, *id);
        const QString first = u8(p.contact);
        if (Status s = writer.contact(
                *id, first, u8(p.position),
                QStringLiteral("%1@%2.example.org")
                    .arg(QStringLiteral("contact%1").arg(index + 1), row.acronym.toLower()),
                u8(p.phone), u8(p.phone), QStringLiteral("@%1_office").arg(row.acronym.toLower()));
            !s)
            return s.error();
        if (Status s = writer.contact(
                *id, QStringLiteral("Finance officer"), QStringLiteral("Finance"),
                QStringLiteral("finance@%1.example.org").arg(row.acronym.toLower()), u8(p.phone));
            !s)
            return s.error();
        static const char *const Kinds[] = {"consultation", "event", "expert_work",
                                            "board_membership", "service_subcontract"};
        static const char *const Titles[] = {
            "National consultation on climate adaptation plans", "Regional CSO forum, Almaty",
            "Expert review of a water strategy", "Member of the advisory board",
            "Sub-contract: training of trainers"};
        if (index % 4 != 3) {
            if (Status s =
                    writer.engagement(*id, u8(Kinds[index % 5]), today.addDays(-40 * (index + 1)),
                                      u8(Titles[index % 5]));
                !s)
                return s.error();
        }
        ++index;
    }
    return organisations;
}

} // namespace demo
} // namespace core
} // namespace hamkor
