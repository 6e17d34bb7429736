// SPDX-License-Identifier: GPL-3.0-or-later
// English and Russian from the start: every visible string has a finished Russian
// translation, and the translation file is current with the sources.
#include "ui/Translations.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source, translation;
    bool finished = true;
    bool obsolete = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                current = Message{context, {}, {}, true, false};
            else if (xml.name() == u"source")
                current.source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value("type").toString();
                current.finished = type.isEmpty();
                current.obsolete = type == "obsolete" || type == "vanished";
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    return messages;
}

QString tsPath(const QString &language = "ru")
{
    return qEnvironmentVariable("HAMKOR_SOURCE_DIR") + "/resources/translations/hamkor_" +
           language + ".ts";
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("Russian") << "ru";
        QTest::addRow("English plurals") << "en";
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY2(messages.size() > 20, "the translation file is nearly empty");
        QStringList missing;
        for (const Message &m : messages)
            if (!m.obsolete && (!m.finished || m.translation.trimmed().isEmpty()))
                missing << m.context + ": " + m.source;
        QVERIFY2(missing.isEmpty(), qPrintable("Untranslated:\n" + missing.join('\n')));
    }

    void translationFileIsCurrent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("Russian") << "ru";
        QTest::addRow("English plurals") << "en";
    }
    void translationFileIsCurrent()
    {
        QFETCH(QString, language);
        // lupdate the sources into a scratch file: every string in the code must be in
        // hamkor_ru.ts already.
        const QString lupdate = qEnvironmentVariable("HAMKOR_LUPDATE");
        QVERIFY(!lupdate.isEmpty());
        QTemporaryDir dir;
        const QString scratch = dir.filePath("scratch_ru.ts");
        const QString source = qEnvironmentVariable("HAMKOR_SOURCE_DIR");
        QProcess process;
        QStringList arguments{"-silent", "-locations", "none", "-no-obsolete", "-I", source};
        if (language == "en")
            arguments << "-pluralonly";
        process.start(lupdate, arguments + QStringList{source + "/core", source + "/ui",
                                                       source + "/app", "-ts", scratch});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QSet<QString> known;
        for (const Message &m : readTs(tsPath(language)))
            if (!m.obsolete)
                known.insert(m.context + '\x1f' + m.source);
        QStringList absent;
        for (const Message &m : readTs(scratch))
            if (!known.contains(m.context + '\x1f' + m.source))
                absent << m.context + ": " + m.source;
        QVERIFY2(absent.isEmpty(),
                 qPrintable("Not in hamkor_ru.ts (run the hamkor_lupdate target):\n" +
                            absent.join('\n')));
    }

    void windowSpeaksRussian()
    {
        QVERIFY(hamkor::ui::installTranslations("ru"));
        hamkor::ui::MainWindow window;
        QMenu *file = window.menuBar()->findChild<QMenu *>("fileMenu");
        QVERIFY(file);
        QCOMPARE(file->title(), QStringLiteral("&Файл"));
    }

    void englishPlurals()
    {
        QVERIFY(hamkor::ui::installTranslations("en"));
        QCOMPARE(QCoreApplication::translate("hamkor::ui::CallsPage", "%n calls", nullptr, 1),
                 QStringLiteral("1 call"));
        QCOMPARE(QCoreApplication::translate("hamkor::ui::CallsPage", "%n calls", nullptr, 24),
                 QStringLiteral("24 calls"));
    }

    void languageChoice()
    {
        QCOMPARE(hamkor::ui::chooseLanguage("ru"), QStringLiteral("ru"));
        QCOMPARE(hamkor::ui::chooseLanguage("en_GB"), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
