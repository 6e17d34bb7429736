<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>hamkor::app::Cli</name>
    <message>
        <source>Use language CODE (en or ru).</source>
        <translation>Использовать язык CODE (en или ru).</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Неверное число аргументов.</translation>
    </message>
    <message>
        <source>Create an empty Hamkor file.</source>
        <translation>Создать пустой файл Hamkor.</translation>
    </message>
    <message>
        <source>The file to create.</source>
        <translation>Создаваемый файл.</translation>
    </message>
    <message>
        <source>Usage: hamkor new FILE</source>
        <translation>Использование: hamkor new FILE</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Создан файл %1.</translation>
    </message>
    <message>
        <source>Create a Hamkor file full of realistic demo data.</source>
        <translation>Создать файл Hamkor, заполненный правдоподобными демонстрационными данными.</translation>
    </message>
    <message>
        <source>small (an office&apos;s worth, the default) or large (20,000 calls, 5,000 partners, 2,000 proposals, 1,000,000 budget lines).</source>
        <translation>small (объём данных одного офиса, по умолчанию) или large (20 000 конкурсов, 5 000 партнёров, 2 000 заявок, 1 000 000 строк бюджета).</translation>
    </message>
    <message>
        <source>Usage: hamkor demo [--size small|large] FILE</source>
        <translation>Использование: hamkor demo [--size small|large] FILE</translation>
    </message>
    <message>
        <source>Unknown size “%1”: use small or large.</source>
        <translation>Неизвестный размер «%1»: укажите small или large.</translation>
    </message>
    <message>
        <source>Created %1 with %2 demo data.</source>
        <translation>Создан файл %1 с демонстрационными данными (набор: %2).</translation>
    </message>
    <message>
        <source>large</source>
        <translation>большой</translation>
    </message>
    <message>
        <source>small</source>
        <translation>малый</translation>
    </message>
    <message>
        <source>Check a Hamkor file: integrity, file format and the rows in each table. Exits with 1 when the file has problems.</source>
        <translation>Проверить файл Hamkor: целостность, формат файла и число строк в каждой таблице. Если в файле обнаружены проблемы, завершается с кодом 1.</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>Проверяемый файл.</translation>
    </message>
    <message>
        <source>Usage: hamkor check FILE</source>
        <translation>Использование: hamkor check FILE</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Размер: %1</translation>
    </message>
    <message>
        <source>Format: %1 (this program writes format %2)</source>
        <translation>Формат: %1 (эта программа записывает формат %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Целостность: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>ОБНАРУЖЕНЫ ПРОБЛЕМЫ</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Число строк:</translation>
    </message>
    <message>
        <source>Hamkor: grant and consortium manager.

Without a command, opens FILE (or the default file) in a window.

Commands:
  new FILE                          create an empty file
  demo [--size small|large] FILE    create a file with demo data
  check FILE                        check a file&apos;s integrity and contents

Run hamkor COMMAND --help for a command&apos;s options.</source>
        <translation>Hamkor: управление грантами и консорциумами.

Без команды открывает FILE (или файл по умолчанию) в окне.

Команды:
  new FILE                          создать пустой файл
  demo [--size small|large] FILE    создать файл с демонстрационными данными
  check FILE                        проверить целостность и содержимое файла

Параметры команды: hamkor COMMAND --help.</translation>
    </message>
    <message>
        <source>The file to open.</source>
        <translation>Открываемый файл.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run hamkor --help for the list.</source>
        <translation>Неизвестная команда «%1». Список команд: hamkor --help.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::Database</name>
    <message>
        <source>%1 already exists; Hamkor does not overwrite files. Choose another name or remove the file first.</source>
        <translation>%1 уже существует; Hamkor не перезаписывает файлы. Выберите другое имя или сначала удалите этот файл.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Не удаётся создать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Hamkor file: it is a database of another program.</source>
        <translation>%1 не является файлом Hamkor: это база данных другой программы.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Hamkor (file format %2; this version reads up to format %3). Update Hamkor to open it.</source>
        <translation>Файл %1 создан более новой версией Hamkor (формат файла %2; эта версия читает форматы до %3 включительно). Чтобы открыть его, обновите Hamkor.</translation>
    </message>
    <message>
        <source>The file is read-only, so it was opened for reading only.</source>
        <translation>Файл защищён от записи, поэтому он открыт только для чтения.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the file was opened for reading only.</source>
        <translation>Папка %1 защищена от записи, поэтому файл открыт только для чтения.</translation>
    </message>
    <message>
        <source>%1 is open for writing in another Hamkor (process %2 on %3). Close it there first, or open it read-only.</source>
        <translation>Файл %1 открыт для записи в другом экземпляре Hamkor (процесс %2 на %3). Сначала закройте его там или откройте только для чтения.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>No lock could be taken next to the file, so it was opened for reading only.</source>
        <translation>Не удалось создать блокировку рядом с файлом, поэтому он открыт только для чтения.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Отсутствует драйвер SQLite для Qt. Установите пакет libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>Файл %1 повреждён (%2). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>%1 is in an older file format (%2) and must be upgraded to format %3 before this version of Hamkor can use it, but it cannot be written here. Copy it to a folder you can write to and open the copy.</source>
        <translation>Файл %1 записан в устаревшем формате (%2), и, чтобы эта версия Hamkor могла с ним работать, его нужно обновить до формата %3, но записывать в этом месте нельзя. Скопируйте файл в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <source>The file needs an upgrade, but the backup copy made first failed, so nothing was changed: %1</source>
        <translation>Файл нужно обновить, но предварительно создать резервную копию не удалось, поэтому ничего не изменено: %1</translation>
    </message>
    <message>
        <source>The backup needs an SQLite file.</source>
        <translation>Резервное копирование возможно только для файла SQLite.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2.</source>
        <translation>Не удаётся записать резервную копию %1: %2.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2.</source>
        <translation>Не удалось создать резервную копию %1: %2.</translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1: %2.</source>
        <translation>Не удалось сохранить резервную копию под именем %1: %2.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::DemoData</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::FileCheck</name>
    <message>
        <source>There is no table %1.</source>
        <translation>Таблицы %1 нет.</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Не удалось выполнить проверку целостности: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Целостность: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row of %3.</source>
        <translation>Таблица %1, строка %2 ссылается на отсутствующую строку таблицы %3.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::FileProbe</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Hamkor file.</source>
        <translation>%1 — это папка, а не файл Hamkor.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Hamkor file.</source>
        <translation>Файл %1 пуст: это не файл Hamkor.</translation>
    </message>
    <message>
        <source>%1 is not a Hamkor file (it is not an SQLite database at all).</source>
        <translation>%1 не является файлом Hamkor (это вообще не база данных SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: its header names an impossible page size.</source>
        <translation>Файл %1 повреждён: в его заголовке указан недопустимый размер страницы.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than it should be (%2 of %3 bytes); it was probably cut off while being copied. Restore it from a backup.</source>
        <translation>Файл %1 повреждён: он короче, чем должен быть (%2 из %3 байт); вероятно, он был обрезан при копировании. Восстановите его из резервной копии.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::Migrations</name>
    <message>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>Не удалось обновить файл до формата %1: %2</translation>
    </message>
</context>
<context>
    <name>hamkor::core::Money</name>
    <message numerus="yes">
        <source>%1 has more digits after the point than %2 allows (%n).</source>
        <translation>
            <numerusform>В сумме %1 больше знаков после запятой, чем допускает валюта %2 (%n знак).</numerusform>
            <numerusform>В сумме %1 больше знаков после запятой, чем допускает валюта %2 (%n знака).</numerusform>
            <numerusform>В сумме %1 больше знаков после запятой, чем допускает валюта %2 (%n знаков).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is too large an amount.</source>
        <translation>Сумма %1 %2 слишком велика.</translation>
    </message>
    <message>
        <source>The result is too large to be held exactly (the amounts involved are around %1 %2).</source>
        <translation>Результат слишком велик для точного хранения (суммы в расчёте — порядка %1 %2).</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2 without an exchange rate.</source>
        <translation>Нельзя объединять суммы в %1 и %2 без обменного курса.</translation>
    </message>
    <message>
        <source>An exchange rate must be greater than zero, not %1.</source>
        <translation>Обменный курс должен быть больше нуля, а не %1.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::MoneyFormat</name>
    <message>
        <source>A number is missing.</source>
        <translation>Не указано число.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>“%1” has too many digits.</source>
        <translation>В «%1» слишком много цифр.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::Sql</name>
    <message>
        <source>The file is busy: another program is writing to it. Try again in a moment. (%1)</source>
        <translation>Файл занят: в него записывает другая программа. Повторите попытку чуть позже. (%1)</translation>
    </message>
    <message>
        <source>The file is read-only, so the change was not saved. (%1)</source>
        <translation>Файл доступен только для чтения, поэтому изменение не сохранено. (%1)</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the file; the change was not saved. (%1)</source>
        <translation>Диск сообщил об ошибке при чтении или записи файла; изменение не сохранено. (%1)</translation>
    </message>
    <message>
        <source>The file is damaged. Restore it from a backup. (%1)</source>
        <translation>Файл повреждён. Восстановите его из резервной копии. (%1)</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again. (%1)</source>
        <translation>Диск заполнен, поэтому изменение не сохранено. Освободите место и повторите попытку. (%1)</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the file. (%1)</source>
        <translation>Изменение противоречит данным, которые уже есть в файле. (%1)</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>База данных сообщила об ошибке: %1</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Файл не открыт.</translation>
    </message>
    <message>
        <source>Calls for proposals</source>
        <translation>Конкурсы и тендеры</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Организации-партнёры</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Строки бюджета</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Обменные курсы</translation>
    </message>
    <message>
        <source>Upcoming deadlines and the pipeline of calls will appear here once the calls tracker is built. This version opens, checks and creates Hamkor files.</source>
        <translation>Здесь появятся ближайшие сроки подачи и ход работы по конкурсам, когда будет готов раздел отслеживания конкурсов. Эта версия открывает, проверяет и создаёт файлы Hamkor.</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::FileDialogs</name>
    <message>
        <source>Hamkor files (*.hamkor)</source>
        <translation>Файлы Hamkor (*.hamkor)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>New Hamkor file</source>
        <translation>Новый файл Hamkor</translation>
    </message>
    <message>
        <source>Open Hamkor file</source>
        <translation>Открыть файл Hamkor</translation>
    </message>
    <message>
        <source>%1 copy.hamkor</source>
        <translation>%1 (копия).hamkor</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <source>Calls for proposals and tenders, with their deadlines in your own time, will be listed here. This part of Hamkor is being built.</source>
        <translation>Здесь будут перечислены конкурсы и тендеры со сроками подачи по вашему местному времени. Этот раздел Hamkor находится в разработке.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>The directory of partner organisations, their contacts and engagement history will be here. This part of Hamkor is being built.</source>
        <translation>Здесь будет справочник организаций-партнёров с их контактами и историей сотрудничества. Этот раздел Hamkor находится в разработке.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Joint proposals with their consortia, checklists, eligibility and budgets will be here. This part of Hamkor is being built.</source>
        <translation>Здесь будут совместные заявки с их консорциумами, контрольными списками, критериями соответствия и бюджетами. Этот раздел Hamkor находится в разработке.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Create a new, empty Hamkor file</source>
        <translation>Создать новый пустой файл Hamkor</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a Hamkor file</source>
        <translation>Открыть файл Hamkor</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Write a copy of the open file, for a backup or to send</source>
        <translation>Записать копию открытого файла — как резервную копию или для отправки</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;About Hamkor</source>
        <translation>&amp;О программе Hamkor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Файл занят</translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation>Открыть его только для чтения?</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Не удаётся создать файл</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <source>The file was upgraded to the current format; the old version was kept as %1.</source>
        <translation>Файл обновлён до текущего формата; прежняя версия сохранена как %1.</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Не удаётся сохранить копию</translation>
    </message>
    <message>
        <source>Copy saved as %1.</source>
        <translation>Копия сохранена как %1.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <source>Hamkor</source>
        <translation>Hamkor</translation>
    </message>
    <message>
        <source>%1 [read-only] — Hamkor</source>
        <translation>%1 [только для чтения] — Hamkor</translation>
    </message>
    <message>
        <source>%1 — Hamkor</source>
        <translation>%1 — Hamkor</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Каждое изменение сохраняется сразу</translation>
    </message>
    <message>
        <source>About Hamkor</source>
        <translation>О программе Hamkor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hamkor %1&lt;/h3&gt;&lt;p&gt;Grant and consortium manager for environmental organisations in Central Asia: calls for proposals, partners, joint proposals and donor budgets.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Hamkor developers.&lt;/p&gt;&lt;p&gt;Hamkor is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hamkor %1&lt;/h3&gt;&lt;p&gt;Управление грантами и консорциумами для экологических организаций Центральной Азии: конкурсы, партнёры, совместные заявки и бюджеты для доноров.&lt;/p&gt;&lt;p&gt;© 2026 Разработчики Hamkor.&lt;/p&gt;&lt;p&gt;Hamkor — свободная программа: вы можете распространять и/или изменять её на условиях Стандартной общественной лицензии GNU (GNU General Public License) в том виде, в каком она опубликована Фондом свободного программного обеспечения (Free Software Foundation), либо версии 3 лицензии, либо (по вашему выбору) любой более поздней версии. Программа распространяется БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::PlaceholderPage</name>
    <message>
        <source>The open file already holds %1 of them.</source>
        <translation>В открытом файле их уже %1.</translation>
    </message>
</context>
</TS>
