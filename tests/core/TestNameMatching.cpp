// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/NameMatching.h"

#include <QTest>
#include <QUrl>

using hamkor::core::NameMatching;

class TestNameMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOrganisation_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addRow("kazakh legal form vs english")
            << u"Общественный фонд «Жасыл Болашақ»"_qs << "Zhasyl Bolashak Public Foundation";
        QTest::addRow("kazakh form after the name")
            << u"«Жасыл Болашақ» қоғамдық қоры"_qs << u"ОФ Жасыл Болашак"_qs;
        QTest::addRow("latin abbreviation of a cyrillic form")
            << "OF \"Zhasyl Bolashak\"" << u"ОФ «Жасыл Болашақ»"_qs;
        QTest::addRow("capitals") << u"Жасыл Болашақ"_qs << "ZHASYL BOLASHAK";
        QTest::addRow("kazakh 2021 latin") << "Jasyl Bolaşaq" << u"Жасыл Болашақ"_qs;
        QTest::addRow("russian ы") << u"Арал Тынысы"_qs << "Aral Tynysy";
        QTest::addRow("extra spaces") << "  Aral   Tynysy  "
                                      << "Aral Tynysy";
        QTest::addRow("tajik ҳ ё") << u"Обу Ҳаёт"_qs << "Obu Hayot";
        QTest::addRow("kh for h") << "Obu Hayot"
                                  << "Obu Khayot";
        QTest::addRow("tajik legal form")
            << u"Ҷамъияти ҷамъиятии \"Обу Ҳаёт\""_qs << u"ҶҶ «Обу Ҳаёт»"_qs;
        QTest::addRow("tajik ҷ vs dzh") << u"Ҷавонон"_qs << "Dzhavonon";
        QTest::addRow("tajik ҷ vs j") << u"Ҷавонон"_qs << "Javonon";
        QTest::addRow("tajik ӯ") << u"Кӯҳистон"_qs << "Kuhiston";
        QTest::addRow("macron") << "Kūhiston" << u"Кӯҳистон"_qs;
        QTest::addRow("russian я") << u"Чистая вода"_qs << "Chistaya voda";
        QTest::addRow("kyrgyz hyphen") << u"Тоо-Суу"_qs << "Too-Suu";
        QTest::addRow("hyphen vs space") << "Too-Suu"
                                         << "Too Suu";
        QTest::addRow("en dash") << u"Тоо–Суу"_qs << "Too Suu";
        QTest::addRow("ТОО as legal form") << u"ТОО «Тоо-Суу»"_qs << "Too Suu";
        QTest::addRow("kyrgyz legal form")
            << u"Коомдук фонд \"Ала-Тоо Жаштары\""_qs << "PF Ala-Too Zhashtary";
        QTest::addRow("kyrgyz ө ү") << u"Өнүгүү"_qs << "Onuguu";
        QTest::addRow("kyrgyz latin diacritics") << "Önügüü" << u"Өнүгүү"_qs;
        QTest::addRow("kazakh ң ғ") << u"Маңғыстау"_qs << "Mangystau";
        QTest::addRow("kazakh ұ") << u"Ұлы Дала"_qs << "Uly Dala";
        QTest::addRow("uzbek ў") << u"Ўзбекистон"_qs << "O'zbekiston";
        QTest::addRow("uzbek U+02BB") << "O'zbekiston" << u"Oʻzbekiston"_qs;
        QTest::addRow("uzbek U+2018 vs U+2019") << u"O‘zbekiston"_qs << u"O’zbekiston"_qs;
        QTest::addRow("uzbek backtick") << "O`zbekiston" << u"Ўзбекистон"_qs;
        QTest::addRow("uzbek ғ") << u"Ғаллаорол"_qs << "G'allaorol";
        QTest::addRow("uzbek gʻ") << u"Gʻallaorol"_qs << u"Ғаллаорол"_qs;
        QTest::addRow("uzbek х") << u"Хоразм"_qs << "Xorazm";
        QTest::addRow("uzbek x vs kh") << "Xorazm"
                                       << "Khorazm";
        QTest::addRow("uzbek legal form")
            << "Yoshlar nodavlat notijorat tashkiloti" << u"ННТ «Ёшлар»"_qs;
        QTest::addRow("uzbek cyrillic form")
            << u"Сув ва Ҳаёт жамоат бирлашмаси"_qs << "Suv va Hayot jamoat birlashmasi";
        QTest::addRow("uzbek va") << "Suv va Hayot"
                                  << "Suv Hayot";
        QTest::addRow("russian щ") << u"Щучинск"_qs << "Shchuchinsk";
        QTest::addRow("russian й") << u"Йошлар"_qs << "Yoshlar";
        QTest::addRow("russian ю") << u"Юлдуз"_qs << "Yulduz";
        QTest::addRow("adjective ending") << u"Зеленый мир"_qs << "Zelenyi Mir";
        QTest::addRow("adjective -iy") << "Zeleniy mir"
                                       << "Zelenyy Mir";
        QTest::addRow("iya vs ia") << u"Экология"_qs << "Ekologia";
        QTest::addRow("zh, dzh and j")
            << u"Жалал-Абад"_qs << u"Джалал-Абад"_qs; // Kyrgyz and Russian spellings
        QTest::addRow("turkmen latin") << u"Täze Ýol"_qs << u"Тәзе Йол"_qs;
        QTest::addRow("turkmen ş") << u"Aşgabat"_qs << u"Ашгабат"_qs;
        QTest::addRow("english article and fund")
            << "The Aral Sea Fund" << u"Фонд «Арал Сеа»"_qs; // a name kept in English
        QTest::addRow("ampersand vs and") << "Water & Life"
                                          << "Water and Life";
        QTest::addRow("russian и") << u"Вода и жизнь"_qs << u"Вода жизнь"_qs;
        QTest::addRow("english legal form") << "Non-Governmental Organization \"Ecosphere\""
                                            << "Ecosphere NGO";
        QTest::addRow("russian and english legal forms")
            << u"Общественное объединение \"Ecosphere\""_qs << "Public Association Ecosphere";
        QTest::addRow("llc") << u"ООО «Ecosphere»"_qs << "Ecosphere, LLC";
        QTest::addRow("arabic ye and kaf") << u"انجمن محیط زیست کابل"_qs << u"محيط زيست كابل"_qs;
        QTest::addRow("tatweel") << u"کـابل"_qs << u"کابل"_qs;
        QTest::addRow("harakat") << u"کَابُل"_qs << u"کابل"_qs;
    }
    void sameOrganisation()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const QString key = NameMatching::nameKey(a);
        QVERIFY(!key.isEmpty());
        QCOMPARE(key, NameMatching::nameKey(b));
        // A key folds to itself, so a search may fold what the user types the same way.
        QCOMPARE(NameMatching::nameKey(key), key);
    }

    void differentOrganisations_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addRow("kazakh") << u"Жасыл Болашақ"_qs << u"Жасыл Әлем"_qs;
        QTest::addRow("sea foundation") << "Aral Tynysy"
                                        << "Aral Sea Foundation";
        QTest::addRow("universities") << "Tajik Technical University"
                                      << "Tajik Agrarian University";
        QTest::addRow("centre vs club") << "Eco Centre"
                                        << "Eco Club";
        QTest::addRow("centre vs university") << "Ilm Centre"
                                              << "Ilm University";
        QTest::addRow("mountain is not ТОО") << "Too Suu"
                                             << "Suu";
        QTest::addRow("compound keeps тоо") << u"Тоо-Суу"_qs << u"Суу"_qs;
        QTest::addRow("white is not АҚ") << u"Ак Булак"_qs << u"Булак"_qs;
        QTest::addRow("compound keeps fond") << "Zhasyl-Fond"
                                             << "Zhasyl";
        QTest::addRow("kazakh new") << u"Жаңа Өмір"_qs << u"Өмір"_qs;
        QTest::addRow("public alone stays") << "Public Health Institute"
                                            << "Health Institute";
        QTest::addRow("numbers") << u"Школа № 5"_qs << u"Школа № 6"_qs;
        QTest::addRow("uzbek") << "Yoshlar"
                               << "Yoshlik";
        QTest::addRow("arabic") << u"انجمن زنان کابل"_qs << u"انجمن زنان هرات"_qs;
    }
    void differentOrganisations()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY2(NameMatching::nameKey(a) != NameMatching::nameKey(b),
                 qPrintable(NameMatching::nameKey(a)));
    }

    void nameKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addRow("documented example")
            << u"Общественный фонд «Жасыл Болашақ»"_qs << "jasyl bolashak";
        QTest::addRow("doubled letters") << u"Тоо-Суу"_qs << "to su";
        QTest::addRow("digits stay") << u"Школа № 100"_qs << "shkola 100";
        QTest::addRow("only a legal form") << "Public Foundation"
                                           << "public foundation";
        // Madda and hamza are marks like harakat: آ is written ا.
        QTest::addRow("arabic letters stay") << u"بنیاد آب"_qs << u"اب"_qs;
        QTest::addRow("empty") << ""
                               << "";
        QTest::addRow("quotes only") << u"«» \"\""_qs << "";
    }
    void nameKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(NameMatching::nameKey(name), key);
    }

    void transliterate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("latin");
        QTest::addRow("kazakh") << u"Жасыл Болашақ"_qs << "Zhasyl Bolashaq";
        QTest::addRow("capitals") << u"ЩУЧИНСК"_qs << "SHCHUCHINSK";
        QTest::addRow("title case digraph") << u"Щучинск"_qs << "Shchuchinsk";
        QTest::addRow("uzbek ў") << u"Ўзбекистон"_qs << u"Oʻzbekiston"_qs;
        QTest::addRow("tajik") << u"Кӯҳистон, Ҷавонон"_qs << u"Kūhiston, Javonon"_qs;
        QTest::addRow("hard and soft signs") << u"Объединение, Пьеса"_qs << "Obedinenie, Pesa";
        QTest::addRow("kyrgyz") << u"Өнүгүү Ңы"_qs << u"Önügüü Ny"_qs;
        QTest::addRow("latin and digits kept") << u"Eco-2 ёлка"_qs << "Eco-2 yolka";
        QTest::addRow("arabic kept") << u"کابل"_qs << u"کابل"_qs;
        QTest::addRow("decomposed й") << u"и\u0306"_qs << "y";
    }
    void transliterate()
    {
        QFETCH(QString, text);
        QFETCH(QString, latin);
        QCOMPARE(NameMatching::transliterate(text), latin);
    }

    void websiteDomain_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("domain");
        QTest::addRow("documented") << "https://www.Zhasyl.example.kz/about"
                                    << "zhasyl.example.kz";
        QTest::addRow("http") << "http://zhasyl.kz"
                              << "zhasyl.kz";
        QTest::addRow("upper case") << "HTTPS://WWW.ZHASYL.KZ/"
                                    << "zhasyl.kz";
        QTest::addRow("no scheme") << "zhasyl.kz"
                                   << "zhasyl.kz";
        QTest::addRow("path query fragment") << "www.zhasyl.kz/ru/about?lang=ru#team"
                                             << "zhasyl.kz";
        QTest::addRow("port") << "https://zhasyl.kz:8443/path"
                              << "zhasyl.kz";
        QTest::addRow("query only") << "https://zhasyl.kz?x=1"
                                    << "zhasyl.kz";
        QTest::addRow("scheme-relative") << "//zhasyl.kz/x"
                                         << "zhasyl.kz";
        QTest::addRow("spaces around") << "  zhasyl.kz  "
                                       << "zhasyl.kz";
        QTest::addRow("www2") << "www2.zhasyl.kz"
                              << "zhasyl.kz";
        QTest::addRow("trailing dot") << "https://zhasyl.kz./"
                                      << "zhasyl.kz";
        QTest::addRow("two addresses") << "zhasyl.kz, zhasyl.org"
                                       << "zhasyl.kz";
        QTest::addRow("subdomain kept") << "zhasyl.wixsite.com/home"
                                        << "zhasyl.wixsite.com";
        QTest::addRow("ftp") << "ftp://files.zhasyl.kz"
                             << "files.zhasyl.kz";
        QTest::addRow("facebook page") << "https://www.facebook.com/ZhasylBolashak/"
                                       << "facebook.com/zhasylbolashak";
        QTest::addRow("mobile facebook") << "https://m.facebook.com/ZhasylBolashak?ref=x"
                                         << "facebook.com/zhasylbolashak";
        QTest::addRow("facebook alias") << "fb.com/ZhasylBolashak"
                                        << "facebook.com/zhasylbolashak";
        QTest::addRow("facebook profile") << "https://facebook.com/profile.php?id=1000123"
                                          << "facebook.com/profile.php?id=1000123";
        QTest::addRow("linkedin company")
            << "https://www.linkedin.com/company/zhasyl-bolashak/about"
            << "linkedin.com/company/zhasyl-bolashak";
        QTest::addRow("telegram") << "t.me/zhasyl"
                                  << "t.me/zhasyl";
        QTest::addRow("bare platform") << "https://www.facebook.com/"
                                       << "";
        QTest::addRow("empty") << ""
                               << "";
        QTest::addRow("blank") << "   "
                               << "";
        QTest::addRow("n/a") << "n/a"
                             << "";
        QTest::addRow("words") << "not a website"
                               << "";
        QTest::addRow("scheme only") << "http://"
                                     << "";
        QTest::addRow("no dot") << "zhasyl"
                                << "";
        QTest::addRow("e-mail") << "info@zhasyl.kz"
                                << "";
        QTest::addRow("mailto") << "mailto:info@zhasyl.kz"
                                << "";
        QTest::addRow("ip address") << "http://192.168.1.10/"
                                    << "";
        QTest::addRow("bad label") << "http://-bad-.kz"
                                   << "";
        QTest::addRow("garbage") << "%%%###"
                                 << "";
    }
    void websiteDomain()
    {
        QFETCH(QString, url);
        QFETCH(QString, domain);
        QCOMPARE(NameMatching::websiteDomain(url), domain);
    }

    void internationalDomain()
    {
        const QString domain = NameMatching::websiteDomain(u"https://зеленый.kz/"_qs);
        QCOMPARE(domain, QString::fromLatin1(QUrl::toAce(u"зеленый.kz"_qs)));
        QVERIFY(domain.startsWith(QLatin1String("xn--")));
        QCOMPARE(NameMatching::websiteDomain(u"www.ЗЕЛЕНЫЙ.kz"_qs), domain);
        QCOMPARE(NameMatching::websiteDomain(domain), domain);
    }

    void registrationKey_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("key");
        QTest::addRow("BIN") << "BIN 140540012345"
                             << "140540012345";
        QTest::addRow("grouped") << "140 540 012 345"
                                 << "140540012345";
        QTest::addRow("бин") << u"бин 140540012345"_qs << "140540012345";
        QTest::addRow("colon") << u"БИН: 140540012345"_qs << "140540012345";
        QTest::addRow("no space") << "BIN140540012345"
                                  << "140540012345";
        QTest::addRow("leading zero") << u"ИНН 01234567891011"_qs << "01234567891011";
        QTest::addRow("two schemes") << u"ИНН/ТИН 00812200910052"_qs << "00812200910052";
        QTest::addRow("STIR") << "STIR 301234567"
                              << "301234567";
        QTest::addRow("СТИР dashes") << u"СТИР 301-234-567"_qs << "301234567";
        QTest::addRow("OKPO") << "OKPO: 12345678"
                              << "12345678";
        QTest::addRow("ОКПО") << u"ОКПО 12345678"_qs << "12345678";
        QTest::addRow("kazakh БСН") << u"БСН 140540012345"_qs << "140540012345";
        QTest::addRow("cyrillic letters") << u"№ 12345-3301-ОФ"_qs << "123453301OF";
        QTest::addRow("latin letters") << "12345-3301-of"
                                       << "123453301OF";
        QTest::addRow("reg no") << "Reg. No. 0012-AB"
                                << "0012AB";
        QTest::addRow("persian digits") << u"TIN ۱۲۳۴۵۶۷۸۹۰"_qs << "1234567890";
        QTest::addRow("scheme after") << "140540012345 (BIN)"
                                      << "140540012345";
        QTest::addRow("empty") << ""
                               << "";
        QTest::addRow("no digits") << "n/a"
                                   << "";
        QTest::addRow("none") << u"нет"_qs << "";
    }
    void registrationKey()
    {
        QFETCH(QString, number);
        QFETCH(QString, key);
        QCOMPARE(NameMatching::registrationKey(number), key);
    }
};

QTEST_GUILESS_MAIN(TestNameMatching)
#include "TestNameMatching.moc"
