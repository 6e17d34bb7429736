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
        <source>The file to open.</source>
        <translation>Открываемый файл.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run hamkor --help for the list.</source>
        <translation>Неизвестная команда «%1». Список команд: hamkor --help.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation>Неизвестный статус «%1»; укажите один из: %2.</translation>
    </message>
    <message>
        <source>Import calls for proposals from a CSV file into a Hamkor file. All or nothing: when any row has a problem, nothing is added and every problem is listed. Calls already in the file are skipped.</source>
        <translation>Импортировать конкурсы из файла CSV в файл Hamkor. Всё или ничего: если хотя бы в одной строке есть проблема, ничего не добавляется и выводится список всех проблем. Конкурсы, которые уже есть в файле, пропускаются.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Читаемый файл CSV.</translation>
    </message>
    <message>
        <source>The Hamkor file to add to.</source>
        <translation>Файл Hamkor, в который добавляются конкурсы.</translation>
    </message>
    <message>
        <source>Usage: hamkor import calls CSV FILE</source>
        <translation>Использование: hamkor import calls CSV FILE</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n calls</source>
        <translation>
            <numerusform>импорт %n конкурса</numerusform>
            <numerusform>импорт %n конкурсов</numerusform>
            <numerusform>импорт %n конкурсов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calls.</source>
        <translation>
            <numerusform>Импортирован %n конкурс.</numerusform>
            <numerusform>Импортировано %n конкурса.</numerusform>
            <numerusform>Импортировано %n конкурсов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already present:</source>
        <translation>
            <numerusform>Пропущен %n конкурс, который уже есть в файле:</numerusform>
            <numerusform>Пропущено %n конкурса, которые уже есть в файле:</numerusform>
            <numerusform>Пропущено %n конкурсов, которые уже есть в файле:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Export calls as CSV (the import format), iCalendar or a text digest.</source>
        <translation>Экспортировать конкурсы в CSV (формат импорта), iCalendar или текстовую сводку.</translation>
    </message>
    <message>
        <source>csv, ics or digest.</source>
        <translation>csv, ics или digest.</translation>
    </message>
    <message>
        <source>Only calls with these statuses (comma-separated).</source>
        <translation>Только конкурсы с этими статусами (через запятую).</translation>
    </message>
    <message>
        <source>Write to PATH instead of standard output.</source>
        <translation>Записать в PATH вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>The Hamkor file.</source>
        <translation>Файл Hamkor.</translation>
    </message>
    <message>
        <source>Usage: hamkor export calls --format csv|ics|digest [--status S] [--output PATH] FILE</source>
        <translation>Использование: hamkor export calls --format csv|ics|digest [--status S] [--output PATH] FILE</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, ics or digest.</source>
        <translation>Неизвестный формат «%1»: укажите csv, ics или digest.</translation>
    </message>
    <message>
        <source>List the calls of a Hamkor file, by deadline.</source>
        <translation>Вывести конкурсы из файла Hamkor по сроку подачи.</translation>
    </message>
    <message>
        <source>table or csv.</source>
        <translation>table или csv.</translation>
    </message>
    <message>
        <source>Usage: hamkor list calls [--format table|csv] FILE</source>
        <translation>Использование: hamkor list calls [--format table|csv] FILE</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table or csv.</source>
        <translation>Неизвестный формат «%1»: укажите table или csv.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Конкурсов нет.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Import partner organisations from a CSV file into a Hamkor file. All or nothing: when any row has a problem, nothing is added and every problem is listed. Likely duplicates of organisations already in the file, or of an earlier row, are skipped.</source>
        <translation>Импортировать организации-партнёры из файла CSV в файл Hamkor. Всё или ничего: если хотя бы в одной строке есть проблема, ничего не добавляется и выводится список всех проблем. Вероятные дубликаты организаций, которые уже есть в файле или в одной из предыдущих строк, пропускаются.</translation>
    </message>
    <message>
        <source>Usage: hamkor import partners CSV FILE</source>
        <translation>Использование: hamkor import partners CSV FILE</translation>
    </message>
    <message numerus="yes">
        <source>Import %n partners</source>
        <translation>
            <numerusform>импорт %n партнёра</numerusform>
            <numerusform>импорт %n партнёров</numerusform>
            <numerusform>импорт %n партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partners.</source>
        <translation>
            <numerusform>Импортирован %n партнёр.</numerusform>
            <numerusform>Импортировано %n партнёра.</numerusform>
            <numerusform>Импортировано %n партнёров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n likely duplicates:</source>
        <translation>
            <numerusform>Пропущен %n вероятный дубликат:</numerusform>
            <numerusform>Пропущено %n вероятных дубликата:</numerusform>
            <numerusform>Пропущено %n вероятных дубликатов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export partner organisations as CSV (the import format) or as vCard contacts for phones and address books.</source>
        <translation>Экспортировать организации-партнёры в CSV (формат импорта) или их контакты в vCard для телефонов и адресных книг.</translation>
    </message>
    <message>
        <source>csv or vcf.</source>
        <translation>csv или vcf.</translation>
    </message>
    <message>
        <source>Usage: hamkor export partners --format csv|vcf [--output PATH] FILE</source>
        <translation>Использование: hamkor export partners --format csv|vcf [--output PATH] FILE</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv or vcf.</source>
        <translation>Неизвестный формат «%1»: укажите csv или vcf.</translation>
    </message>
    <message>
        <source>List the partner organisations of a Hamkor file, by name.</source>
        <translation>Вывести организации-партнёры из файла Hamkor в алфавитном порядке названий.</translation>
    </message>
    <message>
        <source>Usage: hamkor list partners [--format table|csv] FILE</source>
        <translation>Использование: hamkor list partners [--format table|csv] FILE</translation>
    </message>
    <message>
        <source>No partners.</source>
        <translation>Партнёров нет.</translation>
    </message>
    <message>
        <source>Write a proposal&apos;s summary sheet: the proposal, its call and deadline, the consortium, the checklist and the eligibility check.</source>
        <translation>Записать сводку по заявке: сведения о заявке, её конкурс и срок подачи, консорциум, перечень документов и результаты проверки соответствия.</translation>
    </message>
    <message>
        <source>The proposal&apos;s acronym.</source>
        <translation>Аббревиатура заявки.</translation>
    </message>
    <message>
        <source>pdf.</source>
        <translation>pdf.</translation>
    </message>
    <message>
        <source>Usage: hamkor export proposal --proposal ACRONYM --format pdf --output PATH FILE</source>
        <translation>Использование: hamkor export proposal --proposal ACRONYM --format pdf --output PATH FILE</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use pdf.</source>
        <translation>Неизвестный формат «%1»: укажите pdf.</translation>
    </message>
    <message>
        <source>Say which proposal (--proposal) and where to write (--output).</source>
        <translation>Укажите заявку (--proposal) и файл, в который записать сводку (--output).</translation>
    </message>
    <message>
        <source>There is no proposal “%1” in %2.</source>
        <translation>В файле %2 нет заявки «%1».</translation>
    </message>
    <message>
        <source>Import proposals with their consortia from a CSV file into a Hamkor file. Their calls and partners must be in the file already. All or nothing: when any row has a problem, nothing is added and every problem is listed. Proposals already in the file (by acronym) are skipped.</source>
        <translation>Импортировать заявки вместе с их консорциумами из файла CSV в файл Hamkor. Конкурсы и партнёры этих заявок должны уже быть в файле. Всё или ничего: если хотя бы в одной строке есть проблема, ничего не добавляется и выводится список всех проблем. Заявки, которые уже есть в файле (с той же аббревиатурой), пропускаются.</translation>
    </message>
    <message>
        <source>Usage: hamkor import proposals CSV FILE</source>
        <translation>Использование: hamkor import proposals CSV FILE</translation>
    </message>
    <message numerus="yes">
        <source>Import %n proposals</source>
        <translation>
            <numerusform>импорт %n заявки</numerusform>
            <numerusform>импорт %n заявок</numerusform>
            <numerusform>импорт %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n proposals.</source>
        <translation>
            <numerusform>Импортирована %n заявка.</numerusform>
            <numerusform>Импортировано %n заявки.</numerusform>
            <numerusform>Импортировано %n заявок.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the proposals of a Hamkor file, by acronym.</source>
        <translation>Вывести заявки из файла Hamkor в алфавитном порядке аббревиатур.</translation>
    </message>
    <message>
        <source>Usage: hamkor list proposals [--format table|csv] FILE</source>
        <translation>Использование: hamkor list proposals [--format table|csv] FILE</translation>
    </message>
    <message>
        <source>No proposals.</source>
        <translation>Заявок нет.</translation>
    </message>
    <message>
        <source>The acronym of the proposal to check.</source>
        <translation>Аббревиатура проверяемой заявки.</translation>
    </message>
    <message>
        <source>Usage: hamkor eligibility --proposal ACRONYM FILE</source>
        <translation>Использование: hamkor eligibility --proposal ACRONYM FILE</translation>
    </message>
    <message>
        <source>Name the proposal to check with --proposal ACRONYM.</source>
        <translation>Укажите проверяемую заявку: --proposal ACRONYM.</translation>
    </message>
    <message>
        <source>No proposal “%1” in %2.</source>
        <translation>В файле %2 нет заявки «%1».</translation>
    </message>
    <message>
        <source>Eligible.</source>
        <translation>Соответствует условиям.</translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n rules fail.</source>
        <translation>
            <numerusform>Не соответствует условиям: не выполнено %n правило.</numerusform>
            <numerusform>Не соответствует условиям: не выполнено %n правила.</numerusform>
            <numerusform>Не соответствует условиям: не выполнено %n правил.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run hamkor --help for the commands.</source>
        <translation>Список команд: hamkor --help.</translation>
    </message>
    <message>
        <source>calls, partners or proposal</source>
        <translation>calls, partners или proposal</translation>
    </message>
    <message>
        <source>calls, partners or proposals</source>
        <translation>calls, partners или proposals</translation>
    </message>
    <message>
        <source>“%1” needs a kind: hamkor %1 KIND --help, with KIND one of %2.</source>
        <translation>После «%1» нужен вид данных: hamkor %1 KIND --help, где KIND — одно из: %2.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” after “%2”: use %3.</source>
        <translation>Неизвестный вид данных «%1» после «%2»: используйте %3.</translation>
    </message>
    <message>
        <source>The window opens one file at a time: “%1” is one too many.</source>
        <translation>Окно открывает только один файл: «%1» лишний.</translation>
    </message>
    <message>
        <source>The file to write; - for standard output.</source>
        <translation>Файл для записи; - — стандартный вывод.</translation>
    </message>
    <message>
        <source>calls, partners, proposals, rates or budget</source>
        <translation>calls, partners, proposals, rates или budget</translation>
    </message>
    <message>
        <source>The acronym of the proposal.</source>
        <translation>Акроним заявки.</translation>
    </message>
    <message>
        <source>The name of the budget version (the newest when not given).</source>
        <translation>Название версии бюджета (без него — самая новая).</translation>
    </message>
    <message>
        <source>Print a proposal&apos;s budget in its donor&apos;s layout: each heading with its subtotal and lines, the totals lines, totals by partner, year and source of funding, and the donor&apos;s rules it breaks.</source>
        <translation>Вывести бюджет заявки в формате донора: каждую статью с её итогом и строками, итоговые строки, итоги по партнёрам, годам и источникам финансирования и нарушенные правила донора.</translation>
    </message>
    <message>
        <source>Usage: hamkor budget --proposal ACRONYM [--version NAME] FILE</source>
        <translation>Использование: hamkor budget --proposal ACRONYM [--version NAME] FILE</translation>
    </message>
    <message>
        <source>Name the proposal with --proposal ACRONYM.</source>
        <translation>Укажите заявку: --proposal ACRONYM.</translation>
    </message>
    <message>
        <source>Import dated exchange rates from a CSV file with the columns from, to, rate, date, source (1 unit of from is rate units of to). A rate for the same pair, date and source replaces the one in the file. All or nothing: when any row has a problem, nothing is added.</source>
        <translation>Импортировать датированные курсы валют из файла CSV со столбцами from, to, rate, date, source (1 единица from = rate единиц to). Курс той же пары, даты и источника заменяет имеющийся в файле. Всё или ничего: если в какой-либо строке есть ошибка, ничего не добавляется.</translation>
    </message>
    <message>
        <source>Usage: hamkor import rates CSV FILE</source>
        <translation>Использование: hamkor import rates CSV FILE</translation>
    </message>
    <message numerus="yes">
        <source>Import %n exchange rates</source>
        <translation>
            <numerusform>Импорт %n курса валют</numerusform>
            <numerusform>Импорт %n курсов валют</numerusform>
            <numerusform>Импорт %n курсов валют</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n exchange rates: </source>
        <translation>
            <numerusform>Прочитан %n курс валют: </numerusform>
            <numerusform>Прочитано %n курса валют: </numerusform>
            <numerusform>Прочитано %n курсов валют: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новый</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the file or replaced.</source>
        <translation>
            <numerusform>%n уже был в файле или заменён.</numerusform>
            <numerusform>%n уже были в файле или заменены.</numerusform>
            <numerusform>%n уже были в файле или заменены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add budget lines from a CSV file with the columns category, description, partner, unit, quantity, unit_cost, currency, period, donor_pct to a version of a proposal&apos;s budget (a new one when the proposal has none or --version names a new one). Partners by acronym, headings by the template&apos;s codes. All or nothing.</source>
        <translation>Добавить строки бюджета из файла CSV со столбцами category, description, partner, unit, quantity, unit_cost, currency, period, donor_pct в версию бюджета заявки (в новую, если у заявки нет бюджета или --version называет новую). Партнёры — по акронимам, статьи — по кодам шаблона. Всё или ничего.</translation>
    </message>
    <message>
        <source>Usage: hamkor import budget CSV FILE --proposal ACRONYM [--version NAME]</source>
        <translation>Использование: hamkor import budget CSV FILE --proposal ACRONYM [--version NAME]</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n budget lines into “%1” of %2.</source>
        <translation>
            <numerusform>Импортирована %n строка бюджета в «%1» заявки %2.</numerusform>
            <numerusform>Импортировано %n строки бюджета в «%1» заявки %2.</numerusform>
            <numerusform>Импортировано %n строк бюджета в «%1» заявки %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a proposal against its call: the consortium&apos;s own rules, the call&apos;s, then the donor&apos;s rules on its newest budget version, one line each. Exits with 1 when a rule fails.</source>
        <translation>Проверить заявку на соответствие конкурсу: правила консорциума, условия конкурса, затем правила донора для самой новой версии бюджета, по строке на правило. Код выхода 1, если правило не выполнено.</translation>
    </message>
    <message>
        <source>Write a proposal&apos;s budget for the donor in its template&apos;s layout: CSV (one row per line, then the totals lines), XLSX (with formulas), PDF (for signature) or IATI activity XML (an awarded proposal). The file is written whole or not at all.</source>
        <translation>Записать бюджет заявки для донора в формате его шаблона: CSV (строка на строку бюджета, затем итоговые строки), XLSX (с формулами), PDF (для подписи) или XML мероприятия IATI (для одобренной заявки). Файл записывается целиком или не записывается вовсе.</translation>
    </message>
    <message>
        <source>csv, xlsx, pdf or iati.</source>
        <translation>csv, xlsx, pdf или iati.</translation>
    </message>
    <message>
        <source>CSV: begin with a byte-order mark (for Excel).</source>
        <translation>CSV: начать с метки порядка байтов (для Excel).</translation>
    </message>
    <message>
        <source>CSV: separate cells with ; instead of ,.</source>
        <translation>CSV: разделять ячейки знаком ; вместо ,.</translation>
    </message>
    <message>
        <source>Usage: hamkor export budget --proposal ACRONYM [--version NAME] --format csv|xlsx|pdf|iati [--template T] --output PATH FILE</source>
        <translation>Использование: hamkor export budget --proposal ACRONYM [--version NAME] --format csv|xlsx|pdf|iati [--template T] --output PATH FILE</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, xlsx, pdf or iati.</source>
        <translation>Неизвестный формат «%1»: используйте csv, xlsx, pdf или iati.</translation>
    </message>
    <message>
        <source>Unknown template “%1”: use one of %2.</source>
        <translation>Неизвестный шаблон «%1»: используйте один из: %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Не удаётся записать в стандартный вывод.</translation>
    </message>
    <message>
        <source>Laid out in %1 (from %2):</source>
        <translation>Разложено по шаблону «%1» (из «%2»):</translation>
    </message>
    <message numerus="yes">
        <source>  %1 → %2 (%n line(s))</source>
        <translation>
            <numerusform>  %1 → %2 (%n строка)</numerusform>
            <numerusform>  %1 → %2 (%n строки)</numerusform>
            <numerusform>  %1 → %2 (%n строк)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n line(s) under the same headings as before</source>
        <translation>
            <numerusform>  %n строка под теми же статьями, что и прежде</numerusform>
            <numerusform>  %n строки под теми же статьями, что и прежде</numerusform>
            <numerusform>  %n строк под теми же статьями, что и прежде</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay the budget out in another donor template (the version&apos;s own by default); where each heading&apos;s lines go is told on standard error.</source>
        <translation>Разложить бюджет по шаблону другого донора (по умолчанию — шаблон версии); куда переходят строки каждой статьи, выводится в стандартный поток ошибок.</translation>
    </message>
    <message>
        <source>Hamkor: grant and consortium manager.

Without a command, opens FILE (or the default file) in a window.

Commands:
  new FILE                          create an empty file
  demo [--size small|large] FILE    create a file with demo data
  check FILE                        check a file&apos;s integrity and contents
  import calls CSV FILE             add calls for proposals from a CSV file
  export calls --format csv|ics|digest [--status S] [--output PATH] FILE
                                    export calls as CSV, iCalendar or a digest
  list calls [--format table|csv] FILE
                                    print the calls, by deadline
  import partners CSV FILE          add partner organisations from a CSV file
  export partners --format csv|vcf [--output PATH] FILE
                                    export partners as CSV or contacts as vCard
  list partners [--format table|csv] FILE
                                    print the partners, by name
  import proposals CSV FILE         add proposals with their consortia
  list proposals [--format table|csv] FILE
                                    print the proposals
  eligibility --proposal ACRONYM FILE
                                    check a proposal against its call, and
                                    its budget against the donor&apos;s rules
  import rates CSV FILE             add dated exchange rates
  import budget CSV FILE --proposal ACRONYM [--version NAME]
                                    add budget lines to a proposal&apos;s budget
  budget --proposal ACRONYM [--version NAME] FILE
                                    print a budget in its donor&apos;s layout
  export proposal --proposal ACRONYM --format pdf --output PATH FILE
                                    the proposal&apos;s summary sheet as PDF
  export budget --proposal ACRONYM [--version NAME] --format csv|xlsx|pdf|iati
                [--template T] [--excel] --output PATH FILE
                                    a budget for the donor

Run hamkor COMMAND --help for a command&apos;s options.</source>
        <translation>Hamkor: управление грантами и консорциумами.

Без команды открывает FILE (или файл по умолчанию) в окне.

Команды:
  new FILE                          создать пустой файл
  demo [--size small|large] FILE    создать файл с демонстрационными данными
  check FILE                        проверить целостность и содержимое файла
  import calls CSV FILE             добавить конкурсы из файла CSV
  export calls --format csv|ics|digest [--status S] [--output PATH] FILE
                                    экспортировать конкурсы в CSV, iCalendar или сводку
  list calls [--format table|csv] FILE
                                    вывести конкурсы по сроку подачи
  import partners CSV FILE          добавить организации-партнёры из файла CSV
  export partners --format csv|vcf [--output PATH] FILE
                                    экспортировать партнёров в CSV или контакты в vCard
  list partners [--format table|csv] FILE
                                    вывести партнёров в алфавитном порядке
  import proposals CSV FILE         добавить заявки вместе с их консорциумами
  list proposals [--format table|csv] FILE
                                    вывести заявки
  eligibility --proposal ACRONYM FILE
                                    проверить заявку на условия конкурса,
                                    а её бюджет — на правила донора
  import rates CSV FILE             добавить датированные курсы валют
  import budget CSV FILE --proposal ACRONYM [--version NAME]
                                    добавить строки в бюджет заявки
  budget --proposal ACRONYM [--version NAME] FILE
                                    вывести бюджет в формате донора
  export proposal --proposal ACRONYM --format pdf --output PATH FILE
                                    сводка по заявке в PDF
  export budget --proposal ACRONYM [--version NAME] --format csv|xlsx|pdf|iati
                [--template T] [--excel] --output PATH FILE
                                    бюджет для донора

Параметры команды: hamkor COMMAND --help.</translation>
    </message>
    <message>
        <source>CSV for Excel in the language of --lang: headers in that language, numbers with its decimal sign (a comma and ; between cells in Russian), codes such as 1.1.1 kept as text, a byte-order mark.</source>
        <translation>CSV для Excel на языке --lang: заголовки на этом языке, числа с его десятичным знаком (в русском — запятая и ; между ячейками), коды вида 1.1.1 сохраняются как текст, с меткой порядка байтов (BOM).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… и ещё %n проблема.</numerusform>
            <numerusform>… и ещё %n проблемы.</numerusform>
            <numerusform>… и ещё %n проблем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetCalculator</name>
    <message>
        <source>The budget&apos;s totals are too large to be held exactly.</source>
        <translation>Итоги бюджета слишком велики, чтобы хранить их точно.</translation>
    </message>
    <message>
        <source>Line %1 (%2)</source>
        <translation>Строка %1 (%2)</translation>
    </message>
    <message>
        <source>The budget&apos;s currency %1 is not an ISO 4217 currency Hamkor knows.</source>
        <translation>Валюта бюджета %1 не входит в известные Hamkor валюты ISO 4217.</translation>
    </message>
    <message>
        <source>%1 has no heading.</source>
        <translation>%1: не указана статья.</translation>
    </message>
    <message>
        <source>%1: heading %2 has sub-headings; enter the line under one of them.</source>
        <translation>%1: у статьи %2 есть подстатьи; внесите строку в одну из них.</translation>
    </message>
    <message>
        <source>%1: heading %2 is not in the template %3.</source>
        <translation>%1: статьи %2 нет в шаблоне %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not an ISO 4217 currency Hamkor knows.</source>
        <translation>%1: %2 не входит в известные Hamkor валюты ISO 4217.</translation>
    </message>
    <message>
        <source>%1: there is no exchange rate from %2 to %3 on or before %4.</source>
        <translation>%1: нет курса %2 → %3 на %4 или ранее.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetCompare</name>
    <message>
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>цена за единицу</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>финансирование</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rates of</source>
        <translation>Курсы на</translation>
    </message>
    <message>
        <source>Indirect costs</source>
        <translation>Косвенные расходы</translation>
    </message>
    <message>
        <source>Contingency reserve</source>
        <translation>Резерв на непредвиденные расходы</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Доля финансирования</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetCsv</name>
    <message>
        <source>The budget&apos;s currency %1 is not known.</source>
        <translation>Валюта бюджета %1 неизвестна.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Округление</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Number of units</source>
        <translation>Кол-во единиц</translation>
    </message>
    <message>
        <source>Unit rate</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Rate from</source>
        <translation>Курс из</translation>
    </message>
    <message>
        <source>Rate to</source>
        <translation>Курс в</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Дата курса</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Валюта бюджета</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>Собственные средства</translation>
    </message>
    <message>
        <source>Other donors</source>
        <translation>Другие доноры</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Натурой</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetExport</name>
    <message>
        <source>The budget was read without its lines, which only a CSV export can take one by one.</source>
        <translation>Бюджет прочитан без своих строк; построчно их может принять только экспорт в CSV.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetIati</name>
    <message>
        <source>An IATI activity file is made for an awarded proposal; %1 is “%2”.</source>
        <translation>Файл мероприятия IATI создаётся для одобренной заявки; у %1 статус «%2».</translation>
    </message>
    <message>
        <source>%1 needs a start date and a duration for its IATI activity dates.</source>
        <translation>Для дат мероприятия IATI у %1 должны быть дата начала и продолжительность.</translation>
    </message>
    <message>
        <source>The budget&apos;s currency %1 is not known.</source>
        <translation>Валюта бюджета %1 неизвестна.</translation>
    </message>
    <message>
        <source>%1 has no lead applicant to report the activity.</source>
        <translation>У %1 нет ведущего заявителя, который отчитывается о мероприятии.</translation>
    </message>
    <message>
        <source>The IATI file could not be written: %1</source>
        <translation>Не удалось записать файл IATI: %1</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetImporter</name>
    <message>
        <source>This column is not part of the budget-lines format. The columns are: %1.</source>
        <translation>Этого столбца нет в формате строк бюджета. Столбцы: %1.</translation>
    </message>
    <message>
        <source>The heading is missing.</source>
        <translation>Не указана статья.</translation>
    </message>
    <message>
        <source>“%1” is not a heading of %2.</source>
        <translation>«%1» — не статья шаблона «%2».</translation>
    </message>
    <message>
        <source>Heading %1 has sub-headings; put the line under one of them.</source>
        <translation>У статьи %1 есть подстатьи; отнесите строку к одной из них.</translation>
    </message>
    <message>
        <source>The partner is missing; give the acronym of a member of the consortium.</source>
        <translation>Не указан партнёр; укажите акроним участника консорциума.</translation>
    </message>
    <message>
        <source>“%1” is not a member of the consortium of %2.</source>
        <translation>«%1» не входит в консорциум заявки %2.</translation>
    </message>
    <message>
        <source>The currency is missing.</source>
        <translation>Не указана валюта.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>«%1» — не код валюты ISO 4217.</translation>
    </message>
    <message numerus="yes">
        <source>Year %1 is not a year of the proposal, which runs %n year(s).</source>
        <translation>
            <numerusform>Год %1 не входит в срок заявки (%n год).</numerusform>
            <numerusform>Год %1 не входит в срок заявки (%n года).</numerusform>
            <numerusform>Год %1 не входит в срок заявки (%n лет).</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of units cannot be negative.</source>
        <translation>Количество единиц не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The unit cost cannot be negative.</source>
        <translation>Цена за единицу не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Give the shares as percentages or as amounts, not both.</source>
        <translation>Укажите доли либо в процентах, либо суммами, но не тем и другим сразу.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetLinesImporter</name>
    <message>
        <source>The budget uses the template “%1”, which this version of Hamkor does not know.</source>
        <translation>Бюджет использует шаблон «%1», неизвестный этой версии Hamkor.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n budget lines</source>
        <translation>
            <numerusform>Импорт %n строки бюджета</numerusform>
            <numerusform>Импорт %n строк бюджета</numerusform>
            <numerusform>Импорт %n строк бюджета</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft 1</source>
        <translation>Черновик 1</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetMapping</name>
    <message>
        <source>%1, laid out from %2</source>
        <translation>%1, разложено из «%2»</translation>
    </message>
    <message>
        <source>The budget was read without its lines; it cannot be laid out again.</source>
        <translation>Бюджет прочитан без своих строк; разложить его заново нельзя.</translation>
    </message>
    <message>
        <source>Unknown template “%1”: use one of %2.</source>
        <translation>Неизвестный шаблон «%1»: используйте один из: %2.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetPdf</name>
    <message>
        <source>Budget for signature</source>
        <translation>Бюджет для подписи</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Currency, rates of</source>
        <translation>Валюта, курсы на</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Консорциум</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Прямые расходы</translation>
    </message>
    <message>
        <source>Indirect costs</source>
        <translation>Косвенные расходы</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Budget (%1)</source>
        <translation>Бюджет (%1)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Heading / description</source>
        <translation>Статья / описание</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source># of units</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <source>Unit rate</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Год %1</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>нет курса</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Totals line</source>
        <translation>Итоговая строка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Sources of funding</source>
        <translation>Источники финансирования</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Всего приемлемых расходов</translation>
    </message>
    <message>
        <source>Asked from the donor (%1 %)</source>
        <translation>Запрошено у донора (%1 %)</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Софинансирование</translation>
    </message>
    <message>
        <source>Costs by heading</source>
        <translation>Расходы по статьям</translation>
    </message>
    <message>
        <source>The donor&apos;s rules</source>
        <translation>Правила донора</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Нарушено</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation>Имя и должность</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>The budget&apos;s currency %1 is not known.</source>
        <translation>Валюта бюджета %1 неизвестна.</translation>
    </message>
    <message>
        <source>%1 — budget “%2”</source>
        <translation>%1 — бюджет «%2»</translation>
    </message>
    <message>
        <source>%1 · budget “%2” · made by Hamkor on %3</source>
        <translation>%1 · бюджет «%2» · подготовлено в Hamkor %3</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Вал.</translation>
    </message>
    <message>
        <source>Source of the direct costs</source>
        <translation>Источник прямых расходов</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetRepository</name>
    <message>
        <source>The file holds %1 “%2”, which is not a number.</source>
        <translation>В файле %1 «%2» — это не число.</translation>
    </message>
    <message>
        <source>The proposal has no budget yet.</source>
        <translation>У заявки пока нет бюджета.</translation>
    </message>
    <message>
        <source>The proposal has no budget version “%1”.</source>
        <translation>У заявки нет версии бюджета «%1».</translation>
    </message>
    <message>
        <source>The budget version is no longer in the file.</source>
        <translation>Этой версии бюджета больше нет в файле.</translation>
    </message>
    <message>
        <source>a funding share</source>
        <translation>доля финансирования</translation>
    </message>
    <message>
        <source>The budget line is no longer in the file.</source>
        <translation>Этой строки бюджета больше нет в файле.</translation>
    </message>
    <message>
        <source>a kept exchange rate</source>
        <translation>сохранённый курс</translation>
    </message>
    <message>
        <source>The budget lines could not be read.</source>
        <translation>Не удалось прочитать строки бюджета.</translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>The budget line was not stored.</source>
        <translation>Строка бюджета не сохранена.</translation>
    </message>
    <message>
        <source>The budget version was not stored.</source>
        <translation>Версия бюджета не сохранена.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetRules</name>
    <message>
        <source>The budget uses the template “%1”, which this version of Hamkor does not know.</source>
        <translation>Бюджет использует шаблон «%1», неизвестный этой версии Hamkor.</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>строка %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 is allowed</source>
        <translation>допускается не более %1</translation>
    </message>
    <message>
        <source>Indirect costs are %1, %2 of %3; %4.</source>
        <translation>Косвенные расходы — %1, %2 от %3; %4.</translation>
    </message>
    <message>
        <source>The contingency reserve is %1, %2 of %3; %4.</source>
        <translation>Резерв на непредвиденные расходы — %1, %2 от %3; %4.</translation>
    </message>
    <message>
        <source>Lower the rate to %1 or less.</source>
        <translation>Снизьте ставку до %1 или ниже.</translation>
    </message>
    <message>
        <source>Indirect costs within the cap (%1)</source>
        <translation>Косвенные расходы в пределах лимита (%1)</translation>
    </message>
    <message>
        <source>Contingency within the cap (%1)</source>
        <translation>Резерв в пределах лимита (%1)</translation>
    </message>
    <message>
        <source>Grant within the call&apos;s limits</source>
        <translation>Грант в пределах конкурса</translation>
    </message>
    <message>
        <source>The call&apos;s limits are in %1 and there is no rate from %1 to %2 on or before %3 to compare them.</source>
        <translation>Пределы конкурса указаны в %1, а курса %1 → %2 на %3 или ранее нет, сравнить нельзя.</translation>
    </message>
    <message>
        <source>(converted from %1 at %2 of %3)</source>
        <translation>(пересчитано из %1 по курсу %2 от %3)</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>не менее %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>не более %1</translation>
    </message>
    <message>
        <source>The grant asked for is %1; the call gives %2%3.</source>
        <translation>Запрашиваемый грант — %1; конкурс даёт %2%3.</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Софинансирование</translation>
    </message>
    <message>
        <source>Co-financing is %1, %2 of the eligible costs of %3 (the donor&apos;s share is %4); the call asks for at least %5.</source>
        <translation>Софинансирование — %1, %2 от приемлемых расходов %3 (доля донора %4); конкурс требует не менее %5.</translation>
    </message>
    <message>
        <source>associates may charge no costs</source>
        <translation>ассоциированные партнёры не могут относить на бюджет никакие расходы</translation>
    </message>
    <message>
        <source>associates may charge only headings %1 (travel and per diems)</source>
        <translation>ассоциированные партнёры могут относить только статьи %1 (поездки и суточные)</translation>
    </message>
    <message>
        <source>Associates charge only what they may</source>
        <translation>Ассоциированные партнёры — только разрешённые расходы</translation>
    </message>
    <message>
        <source>Under %1, %2; no associate&apos;s line breaks this.</source>
        <translation>По правилам «%1» %2; ни одна их строка этого не нарушает.</translation>
    </message>
    <message>
        <source>Under %1, %2: %3.</source>
        <translation>По правилам «%1» %2: %3.</translation>
    </message>
    <message>
        <source>Every line for a member of the consortium</source>
        <translation>Каждая строка — участника консорциума</translation>
    </message>
    <message>
        <source>Every line is for a member of the consortium.</source>
        <translation>Все строки относятся к участникам консорциума.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) for no member of the consortium: %1.</source>
        <translation>
            <numerusform>%n строка не относится к участнику консорциума: %1.</numerusform>
            <numerusform>%n строки не относятся к участникам консорциума: %1.</numerusform>
            <numerusform>%n строк не относятся к участникам консорциума: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An exchange rate for every currency</source>
        <translation>Курс для каждой валюты</translation>
    </message>
    <message>
        <source>Every line in another currency has a rate to %1 on or before %2.</source>
        <translation>Для каждой строки в другой валюте есть курс к %1 на %2 или ранее.</translation>
    </message>
    <message>
        <source>No rate to %1 on or before %2 from %3: %4.</source>
        <translation>Нет курса к %1 на %2 или ранее из %3: %4.</translation>
    </message>
    <message>
        <source>Every line within the proposal&apos;s years</source>
        <translation>Каждая строка — в годы заявки</translation>
    </message>
    <message numerus="yes">
        <source>The proposal runs %n year(s); every line is in one of them.</source>
        <translation>
            <numerusform>Заявка рассчитана на %n год; каждая строка относится к нему.</numerusform>
            <numerusform>Заявка рассчитана на %n года; каждая строка относится к одному из них.</numerusform>
            <numerusform>Заявка рассчитана на %n лет; каждая строка относится к одному из них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proposal runs %n year(s) (%1 months); outside them: %2.</source>
        <translation>
            <numerusform>Заявка рассчитана на %n год (%1 мес.); вне его: %2.</numerusform>
            <numerusform>Заявка рассчитана на %n года (%1 мес.); вне их: %2.</numerusform>
            <numerusform>Заявка рассчитана на %n лет (%1 мес.); вне их: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every line under a heading of the template</source>
        <translation>Каждая строка — в статье шаблона</translation>
    </message>
    <message>
        <source>Budget “%1”: %2</source>
        <translation>Бюджет «%1»: %2</translation>
    </message>
    <message>
        <source>the donor&apos;s flat rate is %1</source>
        <translation>фиксированная ставка донора — %1</translation>
    </message>
    <message>
        <source>Use the flat rate of %1.</source>
        <translation>Примените фиксированную ставку %1.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetText</name>
    <message>
        <source>no partner</source>
        <translation>без партнёра</translation>
    </message>
    <message>
        <source>%1 · %2 · year %3 · %4 %5 × %6</source>
        <translation>%1 · %2 · год %3 · %4 %5 × %6</translation>
    </message>
    <message>
        <source>Rounding: each line is quantity × unit cost rounded to its currency&apos;s minor unit, then converted at the rate shown and rounded to %1&apos;s; every total adds those rounded amounts; a percentage of an amount is rounded to the minor unit; halves are rounded away from zero.</source>
        <translation>Округление: сумма строки — количество × цена, округлённые до копеек (тиынов) своей валюты, затем пересчитанные по указанному курсу и округлённые до минимальной единицы %1; итоги складывают округлённые суммы; процент от суммы округляется до минимальной единицы; половина округляется от нуля.</translation>
    </message>
    <message>
        <source>Budget “%1” (%2) · %3 · %4 · rates of %5</source>
        <translation>Бюджет «%1» (%2) · %3 · %4 · курсы на %5</translation>
    </message>
    <message>
        <source>By partner (direct costs + indirect costs)</source>
        <translation>По партнёрам (прямые + косвенные расходы)</translation>
    </message>
    <message>
        <source>not a member of the consortium</source>
        <translation>не участник консорциума</translation>
    </message>
    <message>
        <source>By year (direct costs)</source>
        <translation>По годам (прямые расходы)</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Год %1</translation>
    </message>
    <message>
        <source>By source of funding (direct costs)</source>
        <translation>По источникам финансирования (прямые расходы)</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Всего приемлемых расходов</translation>
    </message>
    <message>
        <source>Asked from the donor (%1)</source>
        <translation>Запрошено у донора (%1)</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Софинансирование</translation>
    </message>
    <message>
        <source>Exchange rates used (the latest on or before %1)</source>
        <translation>Использованные курсы (последние на %1 или ранее)</translation>
    </message>
    <message numerus="yes">
        <source>Rules: all %n pass.</source>
        <translation>
            <numerusform>Правила: выполнено %n.</numerusform>
            <numerusform>Правила: выполнены все %n.</numerusform>
            <numerusform>Правила: выполнены все %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rules broken: %n</source>
        <translation>
            <numerusform>Нарушено правил: %n</numerusform>
            <numerusform>Нарушено правил: %n</numerusform>
            <numerusform>Нарушено правил: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget could not be written: %1.</source>
        <translation>Не удалось записать бюджет: %1.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetXlsx</name>
    <message>
        <source>%1 · budget “%2” (%3) · %4 · %5 · rates of %6</source>
        <translation>%1 · бюджет «%2» (%3) · %4 · %5 · курсы на %6</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Heading / description</source>
        <translation>Статья / описание</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source># of units</source>
        <translation>Кол-во единиц</translation>
    </message>
    <message>
        <source>Unit rate</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Стоимость (%1)</translation>
    </message>
    <message>
        <source>Year %1 (%2)</source>
        <translation>Год %1 (%2)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Sources of funding</source>
        <translation>Источники финансирования</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Прямые расходы</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Всего приемлемых расходов</translation>
    </message>
    <message>
        <source>Asked from the donor (%1 %)</source>
        <translation>Запрошено у донора (%1 %)</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Софинансирование</translation>
    </message>
    <message>
        <source>The budget&apos;s currency %1 is not known.</source>
        <translation>Валюта бюджета %1 неизвестна.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>%1 — budget “%2”</source>
        <translation>%1 — бюджет «%2»</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The workbook could not take a sheet for “%1”.</source>
        <translation>В книгу не удалось добавить лист для «%1».</translation>
    </message>
</context>
<context>
    <name>hamkor::core::Call</name>
    <message>
        <source>its deadline has no time zone; open the call and choose the donor&apos;s zone</source>
        <translation>у срока подачи не указан часовой пояс; откройте конкурс и выберите пояс донора</translation>
    </message>
    <message>
        <source>its deadline&apos;s time zone “%1” is not a zone of the time-zone database; open the call and choose the donor&apos;s zone (Europe/Zurich for Geneva, Europe/Brussels for Brussels)</source>
        <translation>часового пояса срока подачи «%1» нет в базе часовых поясов; откройте конкурс и выберите пояс донора (Europe/Zurich для Женевы, Europe/Brussels для Брюсселя)</translation>
    </message>
    <message>
        <source>it has no deadline date</source>
        <translation>не указана дата срока подачи</translation>
    </message>
    <message>
        <source>its deadline has no time of day</source>
        <translation>у срока подачи не указано время</translation>
    </message>
</context>
<context>
    <name>hamkor::core::CallExport</name>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation>Срок подачи: %1 (%2)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Номер: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Hamkor deadlines</source>
        <translation>Сроки подачи Hamkor</translation>
    </message>
    <message>
        <source>Open calls, %1 (times in %2)</source>
        <translation>Открытые конкурсы, %1 (время: %2)</translation>
    </message>
    <message>
        <source>No open calls.</source>
        <translation>Открытых конкурсов нет.</translation>
    </message>
    <message>
        <source>%1 · deadline %2 · %3</source>
        <translation>%1 · срок %2 · %3</translation>
    </message>
    <message>
        <source>“%1” is not in the calendar: %2.</source>
        <translation>«%1» не попал в календарь: %2.</translation>
    </message>
    <message>
        <source>%1 · the deadline cannot be shown: %2</source>
        <translation>%1 · срок подачи нельзя показать: %2</translation>
    </message>
</context>
<context>
    <name>hamkor::core::CallImporter</name>
    <message>
        <source>“%1” is not %2.</source>
        <translation>«%1» не является %2.</translation>
    </message>
    <message>
        <source>one of the thematic areas (write their English names, such as Climate change, separated by |)</source>
        <translation>одним из тематических направлений (укажите их английские названия, например Climate change, через |)</translation>
    </message>
    <message>
        <source>an ISO 3166 country code (such as KZ, KG, TJ, TM, UZ, AF)</source>
        <translation>кодом страны ISO 3166 (например, KZ, KG, TJ, TM, UZ, AF)</translation>
    </message>
    <message>
        <source>an organisation type (cso, academic, government, local_authority, business, international, donor or network)</source>
        <translation>типом организации (cso, academic, government, local_authority, business, international, donor или network)</translation>
    </message>
    <message>
        <source>An amount needs a currency.</source>
        <translation>Для суммы нужно указать валюту.</translation>
    </message>
    <message>
        <source>This cell has a value, but its column has no name in the header.</source>
        <translation>В ячейке есть значение, но у её столбца нет названия в заголовке.</translation>
    </message>
    <message>
        <source>This column is not part of the calls format. The columns are: %1.</source>
        <translation>Такого столбца нет в формате конкурсов. Допустимые столбцы: %1.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>Этот столбец встречается дважды.</translation>
    </message>
    <message>
        <source>This column is required, but the file does not have it.</source>
        <translation>Этот столбец обязателен, но в файле его нет.</translation>
    </message>
    <message>
        <source>the same call as line %1</source>
        <translation>тот же конкурс, что и в строке %1</translation>
    </message>
    <message>
        <source>already in this file (“%1”, %2)</source>
        <translation>уже есть в файле («%1», %2)</translation>
    </message>
</context>
<context>
    <name>hamkor::core::CallRepository</name>
    <message>
        <source>There is no call number %1 in this file.</source>
        <translation>В этом файле нет конкурса с идентификатором %1.</translation>
    </message>
    <message>
        <source>The call was not stored.</source>
        <translation>Конкурс не сохранён.</translation>
    </message>
    <message>
        <source>The call “%1” is no longer in the file.</source>
        <translation>Конкурса «%1» больше нет в файле.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::CallRules</name>
    <message>
        <source>%1 %2 does not exist in %3: the clocks go forward that night.</source>
        <translation>Времени %1 %2 в поясе %3 не существует: в эту ночь часы переводятся вперёд.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Не указано название.</translation>
    </message>
    <message>
        <source>The donor is missing.</source>
        <translation>Не указан донор.</translation>
    </message>
    <message>
        <source>The deadline is missing.</source>
        <translation>Не указан срок подачи.</translation>
    </message>
    <message>
        <source>The deadline&apos;s time zone is missing.</source>
        <translation>Не указан часовой пояс срока подачи.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows; use an IANA name such as Europe/Brussels or Asia/Almaty.</source>
        <translation>Часовой пояс «%1» неизвестен этому компьютеру; укажите название IANA, например Europe/Brussels или Asia/Almaty.</translation>
    </message>
    <message>
        <source>The deadline (%1) is before the call opens (%2).</source>
        <translation>Срок подачи (%1) раньше начала приёма заявок (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code (such as EUR, USD or KZT).</source>
        <translation>«%1» — не код валюты ISO 4217 (например, EUR, USD или KZT).</translation>
    </message>
    <message>
        <source>The grant size needs a currency.</source>
        <translation>Для размера гранта нужно указать валюту.</translation>
    </message>
    <message>
        <source>The smallest grant cannot be negative.</source>
        <translation>Минимальный грант не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The largest grant is smaller than the smallest grant.</source>
        <translation>Максимальный грант меньше минимального.</translation>
    </message>
    <message>
        <source>co-financing minimum</source>
        <translation>минимальное софинансирование</translation>
    </message>
    <message>
        <source>indirect-cost cap</source>
        <translation>предел косвенных расходов</translation>
    </message>
    <message>
        <source>The %1 must be between 0 and 100 %, not %2.</source>
        <translation>Значение «%1» должно быть от 0 до 100 %, а не %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number above zero.</source>
        <translation>Значение %1 недопустимо: нужно целое число больше нуля.</translation>
    </message>
    <message>
        <source>The longest duration is shorter than the shortest.</source>
        <translation>Максимальная длительность меньше минимальной.</translation>
    </message>
    <message>
        <source>“%1” is not one of the thematic areas.</source>
        <translation>«%1» не входит в список тематических направлений.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166 country code.</source>
        <translation>«%1» — не код страны ISO 3166.</translation>
    </message>
    <message>
        <source>“%1” is not an organisation type.</source>
        <translation>«%1» — не тип организации.</translation>
    </message>
    <message>
        <source>“%1” is not a call status.</source>
        <translation>«%1» — не статус конкурса.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::CellParsers</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, like 2027-02-12.</source>
        <translation>«%1» — не дата; укажите её в формате YYYY-MM-DD, например 2027-02-12.</translation>
    </message>
    <message>
        <source>%1 is not a day that exists.</source>
        <translation>Дня %1 не существует.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as HH:MM, like 16:00.</source>
        <translation>«%1» — не время суток; укажите его в формате HH:MM, например 16:00.</translation>
    </message>
    <message>
        <source>“%1” is not a number; write it like 7,5 or 1 500 000,50.</source>
        <translation>«%1» — не число; запишите его так: 7,5 или 1 500 000,50.</translation>
    </message>
    <message>
        <source>“%1” is not a number; write it with a point and no spaces, like 7.5.</source>
        <translation>«%1» — не число; запишите его с точкой и без пробелов, например 7.5.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it with a point and no spaces or currency sign, like 150000.00.</source>
        <translation>«%1» — не сумма; запишите её с точкой, без пробелов и знака валюты, например 150000.00.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» — не целое число.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::CsvColumns</name>
    <message>
        <source>This cell has a value, but its column has no name in the header.</source>
        <translation>В ячейке есть значение, но у её столбца нет названия в заголовке.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>Этот столбец встречается дважды.</translation>
    </message>
    <message>
        <source>This column is required, but the file does not have it.</source>
        <translation>Этот столбец обязателен, но в файле его нет.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::CsvReader</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside a cell that does not start with one. Put the whole cell in quotes and double the quotes inside it.</source>
        <translation>Строка %1, столбец %2: кавычка внутри ячейки, которая не начинается с кавычки. Заключите всю ячейку в кавычки и удвойте кавычки внутри неё.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 is never closed.</source>
        <translation>Ячейка в кавычках, которая начинается в строке %1, нигде не закрыта.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text after the closing quote of a cell. Put the whole cell in quotes and double the quotes inside it.</source>
        <translation>Строка %1, столбец %2: текст после закрывающей кавычки ячейки. Заключите всю ячейку в кавычки и удвойте кавычки внутри неё.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the cell is larger than %3.</source>
        <translation>Строка %1, столбец %2: ячейка больше %3.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (Unicode text). Save it as UTF-8 (CSV UTF-8 in Excel) and try again.</source>
        <translation>Файл сохранён в UTF-16 («Текст в Юникоде»). Сохраните его в UTF-8 («CSV UTF-8» в Excel) и попробуйте снова.</translation>
    </message>
    <message>
        <source>Line %1, byte %2: the file contains a NUL byte, so it is not a text file. Save it as CSV UTF-8 and try again.</source>
        <translation>Строка %1, байт %2: в файле есть нулевой байт, значит, это не текстовый файл. Сохраните его как «CSV UTF-8» и попробуйте снова.</translation>
    </message>
    <message>
        <source>The file looks like Windows-1251 (Cyrillic), which this system cannot read. Save the file as UTF-8 (CSV UTF-8 in Excel) and try again.</source>
        <translation>Файл похож на Windows-1251 (кириллица), а эта система не умеет её читать. Сохраните файл в UTF-8 («CSV UTF-8» в Excel) и попробуйте снова.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 at line %1, byte %2. Save the file as UTF-8 (CSV UTF-8 in Excel) and try again.</source>
        <translation>Файл не является корректным UTF-8: строка %1, байт %2. Сохраните файл в UTF-8 («CSV UTF-8» в Excel) и попробуйте снова.</translation>
    </message>
    <message>
        <source>Line %1 has 1 cell, but the header has %2.</source>
        <translation>В строке %1 одна ячейка, а в заголовке их %2.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells, but the header has %3.</source>
        <translation>В строке %1 ячеек: %2, а в заголовке: %3.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Split it into smaller files and import them one at a time.</source>
        <translation>В файле больше %1 строк. Разделите его на файлы поменьше и импортируйте их по одному.</translation>
    </message>
    <message>
        <source>The file has no header line: the first line should name the columns.</source>
        <translation>В файле нет строки заголовка: первая строка должна называть столбцы.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 — это папка, а не файл CSV.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Не удалось открыть %1: %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Line %1, byte %2: the file began in Windows-1251 (Cyrillic), but is in another encoding here. Save the file as UTF-8 (CSV UTF-8 in Excel) and try again.</source>
        <translation>Строка %1, байт %2: файл начинался в Windows-1251 (кириллица), а здесь записан в другой кодировке. Сохраните файл в UTF-8 («CSV UTF-8» в Excel) и попробуйте снова.</translation>
    </message>
    <message>
        <source>Could not read the CSV: %1.</source>
        <translation>Не удалось прочитать CSV: %1.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::CsvWriter</name>
    <message>
        <source>Could not write the CSV file: it is not open for writing.</source>
        <translation>Не удалось записать файл CSV: он не открыт для записи.</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1.</source>
        <translation>Не удалось записать файл CSV: %1.</translation>
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
    <message>
        <source>%1 is in an older file format (%2). Open it once in the Hamkor window to upgrade it to format %3 (a backup copy is made first), then run this again.</source>
        <translation>%1 записан в старом формате (%2). Откройте его один раз в окне Hamkor, чтобы обновить до формата %3 (сначала будет сделана резервная копия), затем повторите команду.</translation>
    </message>
    <message>
        <source>%1 is marked read-only (its permissions, or a read-only disk), so it was opened for reading only. Make it writable, then open it again.</source>
        <translation>Файл %1 доступен только для чтения (его права доступа или диск только для чтения), поэтому он открыт только для чтения. Разрешите запись в него и откройте его снова.</translation>
    </message>
    <message>
        <source>It was opened for reading only: %1</source>
        <translation>Файл открыт только для чтения: %1</translation>
    </message>
</context>
<context>
    <name>hamkor::core::DeadlineText</name>
    <message>
        <source>passed today</source>
        <translation>истёк сегодня</translation>
    </message>
    <message>
        <source>passed yesterday</source>
        <translation>истёк вчера</translation>
    </message>
    <message numerus="yes">
        <source>passed %n days ago</source>
        <translation>
            <numerusform>прошёл %n день назад</numerusform>
            <numerusform>прошёл %n дня назад</numerusform>
            <numerusform>прошёл %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
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
    <name>hamkor::core::DuplicateFinder</name>
    <message>
        <source>the same registration number (%1 %2)</source>
        <translation>тот же регистрационный номер (%1 %2)</translation>
    </message>
    <message>
        <source>the same website (%1)</source>
        <translation>тот же веб-сайт (%1)</translation>
    </message>
    <message>
        <source>the same name, spelled differently</source>
        <translation>то же название в другом написании</translation>
    </message>
</context>
<context>
    <name>hamkor::core::Eligibility</name>
    <message>
        <source>One lead applicant</source>
        <translation>Один ведущий заявитель</translation>
    </message>
    <message>
        <source>%1 leads the consortium.</source>
        <translation>%1 возглавляет консорциум.</translation>
    </message>
    <message>
        <source>No partner is the lead applicant; choose one.</source>
        <translation>Ведущий заявитель не назначен; назначьте одного из партнёров.</translation>
    </message>
    <message>
        <source>%1 are all lead applicants; only one can be.</source>
        <translation>Ведущими заявителями указаны сразу несколько партнёров (%1); ведущий заявитель может быть только один.</translation>
    </message>
    <message>
        <source>Each partner once</source>
        <translation>Каждый партнёр — один раз</translation>
    </message>
    <message>
        <source>No organisation appears twice.</source>
        <translation>Ни одна организация не указана дважды.</translation>
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation>Указаны больше одного раза: %1.</translation>
    </message>
    <message>
        <source>Affiliated entities tied to an applicant</source>
        <translation>Аффилированные организации привязаны к заявителям</translation>
    </message>
    <message>
        <source>Every affiliated entity is tied to the lead or a co-applicant.</source>
        <translation>Каждая аффилированная организация привязана к ведущему заявителю или созаявителю.</translation>
    </message>
    <message>
        <source>%1 is an affiliated entity but is not tied to the lead or a co-applicant.</source>
        <translation>Аффилированные организации без привязки к ведущему заявителю или созаявителю: %1.</translation>
    </message>
    <message>
        <source>Linked to a call</source>
        <translation>Связь с конкурсом</translation>
    </message>
    <message>
        <source>The proposal is not linked to a call, so no call rules apply.</source>
        <translation>Заявка не связана с конкурсом, поэтому правила конкурса не применяются.</translation>
    </message>
    <message>
        <source>Lead applicant&apos;s type</source>
        <translation>Тип ведущего заявителя</translation>
    </message>
    <message>
        <source>Lead applicant&apos;s country</source>
        <translation>Страна ведущего заявителя</translation>
    </message>
    <message>
        <source>%1 is based in %2, an eligible country.</source>
        <translation>%1 находится в допустимой стране: %2.</translation>
    </message>
    <message>
        <source>%1 is based in %2, which is not among the call&apos;s countries (%3).</source>
        <translation>%1 находится в стране %2, которой нет среди стран конкурса (%3).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Co-applicants&apos; countries</source>
        <translation>Страны созаявителей</translation>
    </message>
    <message>
        <source>Every co-applicant is based in an eligible country.</source>
        <translation>Все созаявители находятся в допустимых странах.</translation>
    </message>
    <message>
        <source>Not in an eligible country: %1.</source>
        <translation>Вне допустимых стран: %1.</translation>
    </message>
    <message>
        <source>Number of partners</source>
        <translation>Число партнёров</translation>
    </message>
    <message>
        <source>The consortium has %1 partners; the call allows at most %2.</source>
        <translation>Партнёров в консорциуме: %1; конкурс допускает не более %2.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>%1 months; the call allows %2 to %3 months.</source>
        <translation>%1 мес.; конкурс допускает от %2 до %3 мес.</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические направления</translation>
    </message>
    <message>
        <source>None of the proposal&apos;s thematic areas is among the call&apos;s.</source>
        <translation>Ни одно из тематических направлений заявки не входит в направления конкурса.</translation>
    </message>
    <message>
        <source>Shared with the call: %1.</source>
        <translation>Совпадают с направлениями конкурса: %1.</translation>
    </message>
    <message>
        <source>Call still open</source>
        <translation>Конкурс ещё открыт</translation>
    </message>
    <message>
        <source>The deadline is %1 (%2).</source>
        <translation>Срок подачи — %1 (%2).</translation>
    </message>
    <message>
        <source>The deadline passed on %1 (%2).</source>
        <translation>Срок подачи истёк %1 (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s type, %2, is one the call accepts.</source>
        <translation>Тип организации %1 («%2») допускается условиями конкурса.</translation>
    </message>
    <message>
        <source>%1&apos;s type, %2, is not one the call accepts (%3).</source>
        <translation>Тип организации %1 («%2») не допускается условиями конкурса (допускаются: %3).</translation>
    </message>
    <message>
        <source>The proposal is past submission; the deadline was %1 (%2).</source>
        <translation>Заявка уже прошла этап подачи; срок подачи был %1 (%2).</translation>
    </message>
</context>
<context>
    <name>hamkor::core::ExchangeRateRepository</name>
    <message>
        <source>The file holds the rate “%1” from %2 to %3, which is not a number.</source>
        <translation>В файле курс «%1» из %2 в %3 — это не число.</translation>
    </message>
    <message>
        <source>The exchange rate is no longer in the file.</source>
        <translation>Этого курса больше нет в файле.</translation>
    </message>
    <message>
        <source>The exchange rate was not stored.</source>
        <translation>Обменный курс не сохранён.</translation>
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
    <message>
        <source>The search index holds %1 of the %2 calls; searching would miss some of them.</source>
        <translation>Поисковый индекс содержит %1 из %2 конкурсов; поиск пропустит некоторые из них.</translation>
    </message>
    <message>
        <source>Call %1 “%2”: the deadline cannot be shown: %3.</source>
        <translation>Конкурс %1 «%2»: срок подачи нельзя показать: %3.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more call(s) whose deadline cannot be shown.</source>
        <translation>
            <numerusform>… и ещё %n конкурс, срок подачи которого нельзя показать.</numerusform>
            <numerusform>… и ещё %n конкурса, срок подачи которых нельзя показать.</numerusform>
            <numerusform>… и ещё %n конкурсов, срок подачи которых нельзя показать.</numerusform>
        </translation>
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
    <name>hamkor::core::FundingShares</name>
    <message>
        <source>A share of a line must be from 0 to 100 %.</source>
        <translation>Доля строки должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The donor&apos;s, other donors&apos; and in-kind shares would exceed 100 %.</source>
        <translation>Доли донора, других доноров и натурального вклада превысили бы 100 %.</translation>
    </message>
    <message>
        <source>A share of a line cannot be negative.</source>
        <translation>Доля строки не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The line&apos;s currency %1 is not known.</source>
        <translation>Валюта строки %1 неизвестна.</translation>
    </message>
    <message>
        <source>The donor&apos;s, other donors&apos; and in-kind amounts (%1) would exceed the line&apos;s %2.</source>
        <translation>Суммы донора, других доноров и натурального вклада (%1) превысили бы сумму строки %2.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::IcsWriter</name>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>Не удалось записать календарь: %1</translation>
    </message>
</context>
<context>
    <name>hamkor::core::ImportProblem</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Строка %1, столбец %2: %3</translation>
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
    <name>hamkor::core::OrganisationImporter</name>
    <message>
        <source>The name is missing.</source>
        <translation>Не указано название.</translation>
    </message>
    <message>
        <source>“%1” is not one of the thematic areas (write their English names, such as Climate change, separated by |).</source>
        <translation>«%1» не входит в список тематических направлений (укажите их английские названия, например Climate change, через |).</translation>
    </message>
    <message>
        <source>The number of staff cannot be negative (%1).</source>
        <translation>Численность персонала не может быть отрицательной (%1).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: it has no @.</source>
        <translation>«%1» — не адрес электронной почты: в нём нет @.</translation>
    </message>
    <message>
        <source>The type is missing; use one of: %1.</source>
        <translation>Не указан тип; укажите один из: %1.</translation>
    </message>
    <message>
        <source>“%1” is not an organisation type; use one of: %2.</source>
        <translation>«%1» — не тип организации; укажите один из: %2.</translation>
    </message>
    <message>
        <source>The country is missing; write its ISO 3166 code, such as KZ.</source>
        <translation>Не указана страна; укажите её код ISO 3166, например KZ.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166 country code (such as KZ, KG, TJ, TM, UZ or AF).</source>
        <translation>«%1» — не код страны ISO 3166 (например, KZ, KG, TJ, TM, UZ или AF).</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code (such as EUR, USD or KZT).</source>
        <translation>«%1» — не код валюты ISO 4217 (например, EUR, USD или KZT).</translation>
    </message>
    <message>
        <source>An annual turnover needs a currency: write its code in the turnover_currency column.</source>
        <translation>Для годового оборота нужно указать валюту: впишите её код в столбец turnover_currency.</translation>
    </message>
    <message>
        <source>The annual turnover cannot be negative.</source>
        <translation>Годовой оборот не может быть отрицательным.</translation>
    </message>
    <message>
        <source>the same name in the same country</source>
        <translation>то же название в той же стране</translation>
    </message>
    <message>
        <source>the same registration number (%1)</source>
        <translation>тот же регистрационный номер (%1)</translation>
    </message>
    <message>
        <source>the same website domain (%1)</source>
        <translation>тот же домен веб-сайта (%1)</translation>
    </message>
    <message>
        <source>This cell has a value, but its column has no name in the header.</source>
        <translation>В ячейке есть значение, но у её столбца нет названия в заголовке.</translation>
    </message>
    <message>
        <source>This column is not part of the partners format. The columns are: %1.</source>
        <translation>Такого столбца нет в формате партнёров. Допустимые столбцы: %1.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>Этот столбец встречается дважды.</translation>
    </message>
    <message>
        <source>This column is required, but the file does not have it.</source>
        <translation>Этот столбец обязателен, но в файле его нет.</translation>
    </message>
    <message>
        <source>looks like «%1» on line %2 of this CSV: %3</source>
        <translation>похоже на организацию «%1» из строки %2 этого файла CSV: %3</translation>
    </message>
    <message>
        <source>looks like «%1» already in this file: %2</source>
        <translation>похоже на организацию «%1», которая уже есть в файле: %2</translation>
    </message>
    <message>
        <source>; and like «%1»: %2</source>
        <translation>; а также на «%1»: %2</translation>
    </message>
</context>
<context>
    <name>hamkor::core::OrganisationRepository</name>
    <message>
        <source>There is no organisation number %1 in this file.</source>
        <translation>В этом файле нет организации с идентификатором %1.</translation>
    </message>
    <message>
        <source>The organisation was not stored.</source>
        <translation>Организация не сохранена.</translation>
    </message>
    <message>
        <source>The organisation “%1” is no longer in the file.</source>
        <translation>Организации «%1» больше нет в файле.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::PartnerRanking</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>a civil society organisation</source>
        <translation>организация гражданского общества</translation>
    </message>
    <message>
        <source>an academic or research institution</source>
        <translation>академическое или научно-исследовательское учреждение</translation>
    </message>
    <message>
        <source>a government body</source>
        <translation>государственный орган</translation>
    </message>
    <message>
        <source>a local authority</source>
        <translation>орган местного самоуправления</translation>
    </message>
    <message>
        <source>a business</source>
        <translation>коммерческая организация</translation>
    </message>
    <message>
        <source>an international organisation</source>
        <translation>международная организация</translation>
    </message>
    <message>
        <source>a network or association</source>
        <translation>сеть или ассоциация</translation>
    </message>
    <message>
        <source>an organisation of type %1</source>
        <translation>организация типа «%1»</translation>
    </message>
    <message>
        <source>works on %1, the call&apos;s thematic area</source>
        <translation>работает по тематике конкурса: %1</translation>
    </message>
    <message numerus="yes">
        <source>works on %1 (%2 of the call&apos;s %n thematic areas)</source>
        <translation>
            <numerusform>работает по тематике: %1 (%2 из %n тематического направления конкурса)</numerusform>
            <numerusform>работает по тематике: %1 (%2 из %n тематических направлений конкурса)</numerusform>
            <numerusform>работает по тематике: %1 (%2 из %n тематических направлений конкурса)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 engagement with us, on %1 (%2)</source>
        <translation>1 взаимодействие с нами: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n engagements with us, the latest on %1 (%2)</source>
        <translation>
            <numerusform>%n взаимодействие с нами, последнее — %1 (%2)</numerusform>
            <numerusform>%n взаимодействия с нами, последнее — %1 (%2)</numerusform>
            <numerusform>%n взаимодействий с нами, последнее — %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>partner in 1 earlier consortium</source>
        <translation>партнёр в 1 предыдущем консорциуме</translation>
    </message>
    <message numerus="yes">
        <source>partner in %n earlier consortia</source>
        <translation>
            <numerusform>партнёр в %n предыдущем консорциуме</numerusform>
            <numerusform>партнёр в %n предыдущих консорциумах</numerusform>
            <numerusform>партнёр в %n предыдущих консорциумах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>partner in 1 earlier consortium (%1)</source>
        <translation>партнёр в 1 предыдущем консорциуме (%1)</translation>
    </message>
    <message numerus="yes">
        <source>partner in %n earlier consortia (%1)</source>
        <translation>
            <numerusform>партнёр в %n предыдущем консорциуме (%1)</numerusform>
            <numerusform>партнёр в %n предыдущих консорциумах (%1)</numerusform>
            <numerusform>партнёр в %n предыдущих консорциумах (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>based in %1, an eligible country</source>
        <translation>находится в допустимой стране: %1</translation>
    </message>
    <message>
        <source>%1, an eligible applicant type</source>
        <translation>%1 — допустимый тип заявителя</translation>
    </message>
    <message>
        <source>has audited accounts</source>
        <translation>проходит ежегодный аудит отчётности</translation>
    </message>
</context>
<context>
    <name>hamkor::core::ProposalImporter</name>
    <message>
        <source>“%1” is not %2.</source>
        <translation>«%1» не является %2.</translation>
    </message>
    <message>
        <source>The acronym is missing; every proposal needs its own.</source>
        <translation>Не указана аббревиатура; у каждой заявки должна быть своя.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Не указано название.</translation>
    </message>
    <message>
        <source>“%1” is not a proposal status; use one of: %2.</source>
        <translation>«%1» — не статус заявки; укажите один из: %2.</translation>
    </message>
    <message>
        <source>one of the thematic areas (write their English names, such as Climate change, separated by |)</source>
        <translation>одним из тематических направлений (укажите их английские названия, например Climate change, через |)</translation>
    </message>
    <message>
        <source>an ISO 3166 country code (such as KZ, KG, TJ, TM, UZ, AF)</source>
        <translation>кодом страны ISO 3166 (например, KZ, KG, TJ, TM, UZ, AF)</translation>
    </message>
    <message>
        <source>No call in this file has the reference “%1”; import or add the call first, or leave the cell empty for a proposal without a call.</source>
        <translation>В этом файле нет конкурса с номером «%1»; сначала импортируйте или добавьте конкурс либо оставьте ячейку пустой для заявки без конкурса.</translation>
    </message>
    <message numerus="yes">
        <source>%n calls in this file have the reference “%1”; give them different references first.</source>
        <translation>
            <numerusform>В этом файле %n конкурс с номером «%1»; сначала присвойте им разные номера.</numerusform>
            <numerusform>В этом файле %n конкурса с номером «%1»; сначала присвойте им разные номера.</numerusform>
            <numerusform>В этом файле %n конкурсов с номером «%1»; сначала присвойте им разные номера.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a donor template; use one of: %2.</source>
        <translation>«%1» — не шаблон бюджета донора; укажите один из: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code (such as EUR, USD or KZT).</source>
        <translation>«%1» — не код валюты ISO 4217 (например, EUR, USD или KZT).</translation>
    </message>
    <message>
        <source>The duration must be at least one month, not %1.</source>
        <translation>Продолжительность должна быть не менее одного месяца, а не %1.</translation>
    </message>
    <message>
        <source>The consortium is empty: name the partners as ACRONYM:role separated by |, with one lead, like ZhB:lead|TS:co-applicant.</source>
        <translation>Консорциум пуст: перечислите партнёров в виде ACRONYM:role через |, указав одного ведущего заявителя (lead), например ZhB:lead|TS:co-applicant.</translation>
    </message>
    <message>
        <source>“%1” does not name a partner and its role; write ACRONYM:role, like ZhB:lead.</source>
        <translation>В «%1» не указаны партнёр и его роль; запишите в виде ACRONYM:role, например ZhB:lead.</translation>
    </message>
    <message>
        <source>“%1” (for %2) is not a role in a consortium; use one of: %3.</source>
        <translation>«%1» (для %2) — не роль в консорциуме; укажите одну из: %3.</translation>
    </message>
    <message>
        <source>No partner in this file has the acronym “%1”; import or add the partner first.</source>
        <translation>В этом файле нет партнёра с аббревиатурой «%1»; сначала импортируйте или добавьте этого партнёра.</translation>
    </message>
    <message numerus="yes">
        <source>%n partners in this file have the acronym “%1”; give them different acronyms first.</source>
        <translation>
            <numerusform>В этом файле %n партнёр с аббревиатурой «%1»; сначала присвойте им разные аббревиатуры.</numerusform>
            <numerusform>В этом файле %n партнёра с аббревиатурой «%1»; сначала присвойте им разные аббревиатуры.</numerusform>
            <numerusform>В этом файле %n партнёров с аббревиатурой «%1»; сначала присвойте им разные аббревиатуры.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is in the consortium twice; each partner takes one place.</source>
        <translation>«%1» указан в консорциуме дважды; каждый партнёр занимает в нём одно место.</translation>
    </message>
    <message>
        <source>No partner is the lead applicant; mark exactly one as ACRONYM:lead.</source>
        <translation>Ведущий заявитель не указан; отметьте ровно одного партнёра как ACRONYM:lead.</translation>
    </message>
    <message>
        <source>%1 are all marked lead; only one partner can be the lead applicant.</source>
        <translation>Как lead отмечены сразу несколько партнёров (%1); ведущим заявителем может быть только один.</translation>
    </message>
    <message>
        <source>This column is not part of the proposals format. The columns are: %1.</source>
        <translation>Такого столбца нет в формате заявок. Допустимые столбцы: %1.</translation>
    </message>
    <message>
        <source>“%1” is already the acronym of line %2; each proposal needs its own.</source>
        <translation>«%1» уже указана как аббревиатура в строке %2; у каждой заявки должна быть своя.</translation>
    </message>
    <message>
        <source>already in this file (%1, “%2”)</source>
        <translation>уже есть в файле (%1, «%2»)</translation>
    </message>
</context>
<context>
    <name>hamkor::core::ProposalRepository</name>
    <message>
        <source>There is no proposal “%1” in this file.</source>
        <translation>В этом файле нет заявки «%1».</translation>
    </message>
    <message>
        <source>There is no proposal number %1 in this file.</source>
        <translation>В этом файле нет заявки с идентификатором %1.</translation>
    </message>
    <message>
        <source>The proposal was not stored.</source>
        <translation>Заявка не сохранена.</translation>
    </message>
    <message>
        <source>The proposal “%1” is no longer in the file.</source>
        <translation>Заявки «%1» больше нет в файле.</translation>
    </message>
    <message>
        <source>The consortium member was not stored.</source>
        <translation>Участник консорциума не сохранён.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::ProposalSummaryPdf</name>
    <message>
        <source>%1 — proposal summary</source>
        <translation>%1 — сводка по заявке</translation>
    </message>
    <message>
        <source>%1 · summary made by Hamkor on %2</source>
        <translation>%1 · сводка создана в Hamkor: %2</translation>
    </message>
    <message>
        <source>EU external action grant (PRAG)</source>
        <translation>Грант ЕС на внешние действия (PRAG)</translation>
    </message>
    <message>
        <source>EU external action grant (PRAG, earlier annex)</source>
        <translation>Грант ЕС на внешние действия (PRAG, прежняя версия приложения)</translation>
    </message>
    <message>
        <source>Horizon Europe</source>
        <translation>«Горизонт Европа»</translation>
    </message>
    <message>
        <source>US federal SF-424A</source>
        <translation>Федеральный грант США, SF-424A</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Общий шаблон</translation>
    </message>
    <message>
        <source>PROPOSAL SUMMARY</source>
        <translation>СВОДКА ПО ЗАЯВКЕ</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <source>(to %1)</source>
        <translation>(по %1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон бюджета</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Сформировано</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические направления</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Standalone proposal: not linked to a call.</source>
        <translation>Заявка без конкурса: она не связана ни с одним конкурсом.</translation>
    </message>
    <message>
        <source>No deadline set</source>
        <translation>Срок подачи не указан</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок подачи</translation>
    </message>
    <message>
        <source>In your time</source>
        <translation>Ваше время</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Консорциум</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation>Партнёров пока нет.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country, type</source>
        <translation>Страна, тип</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <source>tied to %1</source>
        <translation>привязана к %1</translation>
    </message>
    <message>
        <source>Organisation %1 (not found)</source>
        <translation>Организация %1 (не найдена)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Документы к подаче</translation>
    </message>
    <message>
        <source>Nothing on the checklist yet.</source>
        <translation>Перечень документов пока пуст.</translation>
    </message>
    <message>
        <source>%1 of %2 received or not needed</source>
        <translation>%1 из %2 получено или не требуется</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Соответствие условиям</translation>
    </message>
    <message>
        <source>Eligibility has not been checked.</source>
        <translation>Проверка соответствия не проводилась.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ДА</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>НЕТ</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Соответствует условиям</translation>
    </message>
    <message>
        <source>Not eligible: 1 rule fails</source>
        <translation>Не соответствует условиям: не выполнено 1 правило</translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n rules fail</source>
        <translation>
            <numerusform>Не соответствует условиям: не выполнено %n правило</numerusform>
            <numerusform>Не соответствует условиям: не выполнено %n правила</numerusform>
            <numerusform>Не соответствует условиям: не выполнено %n правил</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::RateImporter</name>
    <message>
        <source>This column is not part of the exchange-rates format. The columns are: %1.</source>
        <translation>Этого столбца нет в формате курсов валют. Столбцы: %1.</translation>
    </message>
    <message>
        <source>The currency is missing.</source>
        <translation>Не указана валюта.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>«%1» — не код валюты ISO 4217.</translation>
    </message>
    <message>
        <source>A rate from %1 to itself is always 1.</source>
        <translation>Курс %1 к самой себе всегда равен 1.</translation>
    </message>
    <message>
        <source>The rate must be more than 0.</source>
        <translation>Курс должен быть больше 0.</translation>
    </message>
    <message>
        <source>Line %1 already gives the rate from %2 to %3 on %4 from this source.</source>
        <translation>Строка %1 уже задаёт курс %2 → %3 на %4 из этого источника.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::Sql</name>
    <message>
        <source>The file is busy: another program is writing to it. Try again in a moment. (%1)</source>
        <translation>Файл занят: в него записывает другая программа. Повторите попытку чуть позже. (%1)</translation>
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
    <message>
        <source>The file, its folder or the -wal or -shm file beside it cannot be written, so the change was not saved. Open the file again: Hamkor mends a -shm file left read-only, or says which file is in the way. (%1)</source>
        <translation>Нельзя записать в файл, в его папку или в лежащий рядом файл -wal или -shm, поэтому изменение не сохранено. Откройте файл снова: Hamkor исправит файл -shm, оставшийся доступным только для чтения, или назовёт файл, который мешает. (%1)</translation>
    </message>
</context>
<context>
    <name>hamkor::core::Store</name>
    <message>
        <source>%1 could not be saved: %2 The file is as it was before; this step has left the undo history.</source>
        <translation>Не удалось сохранить «%1»: %2 Файл остался прежним; этот шаг удалён из истории отмены.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::VCardWriter</name>
    <message>
        <source>The contacts could not be written: %1</source>
        <translation>Не удалось записать контакты: %1</translation>
    </message>
</context>
<context>
    <name>hamkor::core::WalCompanions</name>
    <message>
        <source>%1 cannot be written: it was left read-only (probably when the file was opened while it was read-only) and belongs to another user, so Hamkor cannot fix it. Ask that user or an administrator to delete it, or make it writable.</source>
        <translation>В %1 нельзя записывать: он остался доступным только для чтения (вероятно, файл открывали, когда он был только для чтения) и принадлежит другому пользователю, поэтому Hamkor не может это исправить. Попросите этого пользователя или администратора удалить его или разрешить запись в него.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::WholeFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не существует</translation>
    </message>
    <message>
        <source>the disk is read-only (write-protected, or mounted for reading only)</source>
        <translation>диск доступен только для чтения (защищён от записи или подключён только для чтения)</translation>
    </message>
    <message>
        <source>the disk is full; free some space or save it elsewhere</source>
        <translation>диск заполнен; освободите место или сохраните файл в другое место</translation>
    </message>
    <message>
        <source>the file is read-only: you have no permission to change it</source>
        <translation>файл доступен только для чтения: у вас нет прав на его изменение</translation>
    </message>
    <message>
        <source>you have no permission to write in the folder %1</source>
        <translation>у вас нет прав на запись в папку %1</translation>
    </message>
    <message>
        <source>the system did not say why</source>
        <translation>система не сообщила причину</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. An older file of that name was kept as it was.</source>
        <translation>Не удаётся записать %1: %2. Прежний файл с этим именем сохранён без изменений.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::BudgetCommands</name>
    <message>
        <source>Give the budget version a name.</source>
        <translation>Дайте версии бюджета название.</translation>
    </message>
    <message>
        <source>The proposal already has a budget version “%1”.</source>
        <translation>У заявки уже есть версия бюджета «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a budget template; use one of %2.</source>
        <translation>«%1» — не шаблон бюджета; используйте один из: %2.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency Hamkor knows.</source>
        <translation>%1 — не известная Hamkor валюта ISO 4217.</translation>
    </message>
    <message>
        <source>“%1” is not a state of a budget version.</source>
        <translation>«%1» — не статус версии бюджета.</translation>
    </message>
    <message>
        <source>Give the date of the exchange rates the budget uses.</source>
        <translation>Укажите дату курсов валют для бюджета.</translation>
    </message>
    <message>
        <source>%1 → %2: both must be ISO 4217 currencies Hamkor knows.</source>
        <translation>%1 → %2: обе валюты должны быть известными Hamkor валютами ISO 4217.</translation>
    </message>
    <message>
        <source>A rate from %1 to itself is always 1.</source>
        <translation>Курс %1 к самой себе всегда равен 1.</translation>
    </message>
    <message>
        <source>The rate from %1 to %2 must be more than 0.</source>
        <translation>Курс %1 → %2 должен быть больше 0.</translation>
    </message>
    <message>
        <source>The rate from %1 to %2 needs a date.</source>
        <translation>Для курса %1 → %2 нужна дата.</translation>
    </message>
    <message>
        <source>Add budget version %1</source>
        <translation>Добавление версии бюджета %1</translation>
    </message>
    <message>
        <source>Copy budget version %1 to %2</source>
        <translation>Копирование версии бюджета %1 в %2</translation>
    </message>
    <message>
        <source>Edit budget version %1</source>
        <translation>Изменение версии бюджета %1</translation>
    </message>
    <message>
        <source>Delete budget version %1</source>
        <translation>Удаление версии бюджета %1</translation>
    </message>
    <message>
        <source>The budget line is no longer in the file.</source>
        <translation>Этой строки бюджета больше нет в файле.</translation>
    </message>
    <message>
        <source>Edit budget line %1</source>
        <translation>Изменение строки бюджета %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n budget line(s)</source>
        <translation>
            <numerusform>Удаление %n строки бюджета</numerusform>
            <numerusform>Удаление %n строк бюджета</numerusform>
            <numerusform>Удаление %n строк бюджета</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit exchange rate %1 → %2</source>
        <translation>Изменение курса %1 → %2</translation>
    </message>
    <message>
        <source>The exchange rate is no longer in the file.</source>
        <translation>Этого курса больше нет в файле.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n exchange rate(s)</source>
        <translation>
            <numerusform>Удаление %n курса валют</numerusform>
            <numerusform>Удаление %n курсов валют</numerusform>
            <numerusform>Удаление %n курсов валют</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget version “%1” (%2) is kept as it was; copy it to a new version to change it.</source>
        <translation>Версия бюджета «%1» (%2) не изменяется; чтобы внести изменения, скопируйте её в новую версию.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::CallText</name>
    <message>
        <source>Add call “%1”</source>
        <translation>добавление конкурса «%1»</translation>
    </message>
    <message>
        <source>Edit call “%1”</source>
        <translation>изменение конкурса «%1»</translation>
    </message>
    <message>
        <source>Change status of “%1”</source>
        <translation>изменение статуса конкурса «%1»</translation>
    </message>
    <message>
        <source>Delete call “%1”</source>
        <translation>удаление конкурса «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n calls</source>
        <translation>
            <numerusform>удаление %n конкурса</numerusform>
            <numerusform>удаление %n конкурсов</numerusform>
            <numerusform>удаление %n конкурсов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::ChangeCommand</name>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>Файл %1 открыт только для чтения; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed. %2</source>
        <translation>Файл %1 открыт только для чтения; ничего не изменено. %2</translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::OrganisationMerge</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>объединение «%1» с «%2»</translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::OrganisationText</name>
    <message>
        <source>Add partner “%1”</source>
        <translation>добавление партнёра «%1»</translation>
    </message>
    <message>
        <source>Edit partner “%1”</source>
        <translation>изменение партнёра «%1»</translation>
    </message>
    <message>
        <source>“%1” is a partner in %2; take it out of those consortia, or merge it into another organisation, before deleting it.</source>
        <translation>Организация «%1» — партнёр в консорциумах %2; прежде чем удалять её, исключите её из этих консорциумов или объедините с другой организацией.</translation>
    </message>
    <message>
        <source>Delete partner “%1”</source>
        <translation>удаление партнёра «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partners</source>
        <translation>
            <numerusform>удаление %n партнёра</numerusform>
            <numerusform>удаление %n партнёров</numerusform>
            <numerusform>удаление %n партнёров</numerusform>
        </translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation>Организацию нельзя объединить саму с собой.</translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::ProposalText</name>
    <message>
        <source>The proposal needs an acronym.</source>
        <translation>У заявки должна быть аббревиатура.</translation>
    </message>
    <message>
        <source>Another proposal is already called “%1”; an acronym names one proposal only.</source>
        <translation>Аббревиатура «%1» уже занята другой заявкой; у каждой заявки аббревиатура своя.</translation>
    </message>
    <message>
        <source>Add proposal %1</source>
        <translation>добавление заявки %1</translation>
    </message>
    <message>
        <source>Edit proposal %1</source>
        <translation>изменение заявки %1</translation>
    </message>
    <message>
        <source>Delete proposal %1</source>
        <translation>удаление заявки %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n proposals</source>
        <translation>
            <numerusform>удаление %n заявки</numerusform>
            <numerusform>удаление %n заявок</numerusform>
            <numerusform>удаление %n заявок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::pdf::Pages</name>
    <message>
        <source>The PDF could not be made: drawing text needs the graphical part of the program (QGuiApplication), which is not running.</source>
        <translation>Не удалось создать PDF: для отрисовки текста нужна графическая часть программы (QGuiApplication), а она не запущена.</translation>
    </message>
    <message>
        <source>The PDF could not be written: the file is not open for writing.</source>
        <translation>Не удалось записать PDF: файл не открыт для записи.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Не удалось записать PDF: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Стр. %1 из %2</translation>
    </message>
    <message>
        <source>the device cannot be drawn on</source>
        <translation>на устройстве нельзя рисовать</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>не удалось начать новую страницу</translation>
    </message>
    <message>
        <source>the pages could not be finished</source>
        <translation>не удалось завершить страницы</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetCompareDialog</name>
    <message>
        <source>Compare Budget Versions</source>
        <translation>Сравнение версий бюджета</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Из:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>в:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Headings and totals</source>
        <translation>Статьи и итоги</translation>
    </message>
    <message>
        <source>Total eligible costs: %1 → %2 (%3 %4)</source>
        <translation>Всего приемлемых расходов: %1 → %2 (%3 %4)</translation>
    </message>
    <message>
        <source>The versions are in different currencies.</source>
        <translation>Версии составлены в разных валютах.</translation>
    </message>
    <message numerus="yes">
        <source>Lines that differ: %n</source>
        <translation>
            <numerusform>Различается строк: %n</numerusform>
            <numerusform>Различается строк: %n</numerusform>
            <numerusform>Различается строк: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings that differ</source>
        <translation>Различающиеся параметры</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetExportActions</name>
    <message>
        <source>Budget as &amp;CSV…</source>
        <translation>Бюджет в &amp;CSV…</translation>
    </message>
    <message>
        <source>Budget as &amp;XLSX…</source>
        <translation>Бюджет в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Budget as &amp;PDF for Signature…</source>
        <translation>Бюджет в &amp;PDF для подписи…</translation>
    </message>
    <message>
        <source>Budget as &amp;IATI Activity (XML)…</source>
        <translation>Бюджет как мероприятие &amp;IATI (XML)…</translation>
    </message>
    <message>
        <source>&amp;Print Budget…</source>
        <translation>&amp;Печать бюджета…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of Budget…</source>
        <translation>Пред&amp;просмотр печати бюджета…</translation>
    </message>
    <message>
        <source>Choose a budget first.</source>
        <translation>Сначала выберите бюджет.</translation>
    </message>
    <message>
        <source>Exporting the budget…</source>
        <translation>Экспорт бюджета…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export Budget</source>
        <translation>Экспорт бюджета</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>В %1 ничего не записано.</translation>
    </message>
    <message>
        <source>Print Budget</source>
        <translation>Печать бюджета</translation>
    </message>
    <message>
        <source>Budget in Another &amp;Template…</source>
        <translation>Бюджет в другом &amp;шаблоне…</translation>
    </message>
    <message>
        <source>Budget as CSV for E&amp;xcel…</source>
        <translation>Бюджет в CSV для E&amp;xcel…</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetSidePanel</name>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>By heading</source>
        <translation>По статьям</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>По партнёрам</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>For the donor</source>
        <translation>Для донора</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Прямые расходы</translation>
    </message>
    <message>
        <source>Indirect costs</source>
        <translation>Косвенные расходы</translation>
    </message>
    <message>
        <source>Total eligible costs</source>
        <translation>Всего приемлемых расходов</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Софинансирование</translation>
    </message>
    <message>
        <source>By partner (with indirect costs)</source>
        <translation>По партнёрам (с косвенными расходами)</translation>
    </message>
    <message>
        <source>By year (direct costs)</source>
        <translation>По годам (прямые расходы)</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Год %1</translation>
    </message>
    <message>
        <source>By source (direct costs)</source>
        <translation>По источникам (прямые расходы)</translation>
    </message>
    <message>
        <source>Click to go to the line.</source>
        <translation>Щёлкните, чтобы перейти к строке.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Grant (%1 %)</source>
        <translation>Грант (%1 %)</translation>
    </message>
    <message numerus="yes">
        <source>Rules (%n broken)</source>
        <translation>
            <numerusform>Правила (нарушено: %n)</numerusform>
            <numerusform>Правила (нарушено: %n)</numerusform>
            <numerusform>Правила (нарушено: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules ✓</source>
        <translation>Правила ✓</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetTemplateDialog</name>
    <message>
        <source>Export Budget in Another Template</source>
        <translation>Экспорт бюджета в другом шаблоне</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
    <message>
        <source>PDF for signature</source>
        <translation>PDF для подписи</translation>
    </message>
    <message>
        <source>Now in:</source>
        <translation>Сейчас в шаблоне:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Heading now</source>
        <translation>Статья сейчас</translation>
    </message>
    <message>
        <source>Heading in the template</source>
        <translation>Статья в шаблоне</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Where the lines go:</source>
        <translation>Куда переходят строки:</translation>
    </message>
    <message>
        <source>(the same)</source>
        <translation>(та же)</translation>
    </message>
    <message>
        <source>Total eligible costs by %1&apos;s rules: %2 %3 (now %4 %3).</source>
        <translation>Итого допустимых расходов по правилам шаблона «%1»: %2 %3 (сейчас %4 %3).</translation>
    </message>
    <message>
        <source>Rules it breaks there: %1.</source>
        <translation>Нарушенные там правила: %1.</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV для Excel</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetTreeModel</name>
    <message>
        <source>%1 → %2 of %3, %4</source>
        <translation>%1 → %2 на %3, %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет курса</translation>
    </message>
    <message>
        <source>“%1” is not a heading of %2 without sub-headings.</source>
        <translation>«%1» — не статья шаблона «%2» без подстатей.</translation>
    </message>
    <message>
        <source>Number of units “%1”: %2</source>
        <translation>Количество единиц «%1»: %2</translation>
    </message>
    <message>
        <source>The line&apos;s currency %1 is not known.</source>
        <translation>Валюта строки %1 неизвестна.</translation>
    </message>
    <message>
        <source>Unit rate “%1”: %2</source>
        <translation>Цена за единицу «%1»: %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency Hamkor knows.</source>
        <translation>%1 — не известная Hamkor валюта ISO 4217.</translation>
    </message>
    <message>
        <source>The unit rate has more decimals than %1 has; change it first.</source>
        <translation>В цене за единицу больше знаков после запятой, чем у %1; сначала измените цену.</translation>
    </message>
    <message numerus="yes">
        <source>Year %1 is not a year of the proposal, which runs %n year(s).</source>
        <translation>
            <numerusform>Год %1 не входит в срок заявки (%n год).</numerusform>
            <numerusform>Год %1 не входит в срок заявки (%n года).</numerusform>
            <numerusform>Год %1 не входит в срок заявки (%n лет).</numerusform>
        </translation>
    </message>
    <message>
        <source>This cell is computed and cannot be edited.</source>
        <translation>Эта ячейка вычисляется и не редактируется.</translation>
    </message>
    <message>
        <source>The budget version could not be read.</source>
        <translation>Не удалось прочитать версию бюджета.</translation>
    </message>
    <message>
        <source>Lines under no heading of the template</source>
        <translation>Строки вне статей шаблона</translation>
    </message>
    <message>
        <source>Heading / line</source>
        <translation>Статья / строка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source># units</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit rate</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Стоимость (%1)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Share “%1”: %2</source>
        <translation>Доля «%1»: %2</translation>
    </message>
    <message>
        <source>The number of units cannot be negative.</source>
        <translation>Количество единиц не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The unit rate cannot be negative.</source>
        <translation>Цена за единицу не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Share “%1”: an amount is in the line&apos;s currency, %2.</source>
        <translation>Доля «%1»: сумма указывается в валюте строки, %2.</translation>
    </message>
    <message>
        <source>The share “%1” must be a number from 0 to 100, or an amount with the line&apos;s currency (%2).</source>
        <translation>Доля «%1» должна быть числом от 0 до 100 или суммой с валютой строки (%2).</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Other donors</source>
        <translation>Другие доноры</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Натурой</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetVersionDialog</name>
    <message>
        <source>Budget Version Settings</source>
        <translation>Параметры версии бюджета</translation>
    </message>
    <message>
        <source>New Budget Version</source>
        <translation>Новая версия бюджета</translation>
    </message>
    <message>
        <source>the template&apos;s</source>
        <translation>по шаблону</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>the template&apos;s, or the donor&apos;s share of each line</source>
        <translation>по шаблону или по доле донора в каждой строке</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Add Heading</source>
        <translation>Добавить статью</translation>
    </message>
    <message>
        <source>Remove Heading</source>
        <translation>Удалить статью</translation>
    </message>
    <message>
        <source>Headings of the budget (generic template):</source>
        <translation>Статьи бюджета (общий шаблон):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Rates of:</source>
        <translation>&amp;Курсы на:</translation>
    </message>
    <message>
        <source>&amp;Indirect costs, %:</source>
        <translation>&amp;Косвенные расходы, %:</translation>
    </message>
    <message>
        <source>C&amp;ontingency, %:</source>
        <translation>&amp;Резерв, %:</translation>
    </message>
    <message>
        <source>&amp;Funding rate, %:</source>
        <translation>&amp;Ставка финансирования, %:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>%1: “%2” is not a percentage from 0 to 100.</source>
        <translation>%1: «%2» — не процент от 0 до 100.</translation>
    </message>
    <message>
        <source>Indirect costs</source>
        <translation>Косвенные расходы</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Ставка финансирования</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency Hamkor knows.</source>
        <translation>%1 — не известная Hamkor валюта ISO 4217.</translation>
    </message>
    <message>
        <source>Heading %1 needs a code of its own.</source>
        <translation>Статье %1 нужен собственный код.</translation>
    </message>
    <message>
        <source>Give the budget version a name.</source>
        <translation>Дайте версии бюджета название.</translation>
    </message>
    <message>
        <source>This version (%1) is kept as it was: only its state can change. Copy it to a new version to change it.</source>
        <translation>Эта версия (%1) не изменяется: можно сменить только статус. Чтобы внести изменения, скопируйте её в новую версию.</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetsPage</name>
    <message>
        <source>Draft %1</source>
        <translation>Черновик %1</translation>
    </message>
    <message>
        <source>Copy Version</source>
        <translation>Копировать версию</translation>
    </message>
    <message>
        <source>Name of the new version:</source>
        <translation>Название новой версии:</translation>
    </message>
    <message>
        <source>%1 (revised)</source>
        <translation>%1 (пересмотр)</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Удалить версию</translation>
    </message>
    <message numerus="yes">
        <source>Delete the budget version “%1” with its %n line(s)? Undo brings it back.</source>
        <translation>
            <numerusform>Удалить версию бюджета «%1» с её %n строкой? Отмена вернёт её.</numerusform>
            <numerusform>Удалить версию бюджета «%1» с её %n строками? Отмена вернёт её.</numerusform>
            <numerusform>Удалить версию бюджета «%1» с её %n строками? Отмена вернёт её.</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget has no headings yet: name them in Version Settings.</source>
        <translation>В бюджете ещё нет статей: задайте их в параметрах версии.</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Добавление строки бюджета</translation>
    </message>
    <message>
        <source>The pasted text is not a table: %1</source>
        <translation>Вставленный текст — не таблица: %1</translation>
    </message>
    <message>
        <source>Nothing was pasted:</source>
        <translation>Ничего не вставлено:</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n line(s).</source>
        <translation>
            <numerusform>Вставлена %n строка.</numerusform>
            <numerusform>Вставлено %n строки.</numerusform>
            <numerusform>Вставлено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Budget Lines</source>
        <translation>Импорт строк бюджета</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Ничего не импортировано:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n budget lines into “%1”.</source>
        <translation>
            <numerusform>Импортирована %n строка бюджета в «%1».</numerusform>
            <numerusform>Импортировано %n строки бюджета в «%1».</numerusform>
            <numerusform>Импортировано %n строк бюджета в «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Version…</source>
        <translation>&amp;Новая версия…</translation>
    </message>
    <message>
        <source>Cop&amp;y Version…</source>
        <translation>&amp;Копировать версию…</translation>
    </message>
    <message>
        <source>Version &amp;Settings…</source>
        <translation>&amp;Параметры версии…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>&amp;Delete Lines</source>
        <translation>&amp;Удалить строки</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>К&amp;опировать строки</translation>
    </message>
    <message>
        <source>&amp;Paste Lines</source>
        <translation>&amp;Вставить строки</translation>
    </message>
    <message>
        <source>Import Budget &amp;Lines from CSV…</source>
        <translation>Импорт &amp;строк бюджета из CSV…</translation>
    </message>
    <message>
        <source>&amp;Exchange Rates…</source>
        <translation>&amp;Курсы валют…</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Заявка:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Бюджеты</translation>
    </message>
    <message>
        <source>No budget yet: make a new version or import lines.</source>
        <translation>Бюджета пока нет: создайте версию или импортируйте строки.</translation>
    </message>
    <message>
        <source>read-only: copy it to change it</source>
        <translation>только чтение: чтобы изменить, скопируйте</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n budget line(s)</source>
        <translation>
            <numerusform>Вставка %n строки бюджета</numerusform>
            <numerusform>Вставка %n строк бюджета</numerusform>
            <numerusform>Вставка %n строк бюджета</numerusform>
        </translation>
    </message>
    <message>
        <source>This column is computed; fill down another.</source>
        <translation>Этот столбец вычисляется; заполните вниз другой.</translation>
    </message>
    <message>
        <source>Fill down %1</source>
        <translation>Заполнение вниз: %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Очистка: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be empty: choose another value instead, or delete the line with Ctrl+Delete.</source>
        <translation>Поле «%1» не может быть пустым: выберите другое значение или удалите строку (Ctrl+Delete).</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::CallDetailPanel</name>
    <message>
        <source>any</source>
        <translation>любые</translation>
    </message>
    <message>
        <source>Select a call to see it here.</source>
        <translation>Выберите конкурс, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок подачи</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Ваше время</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Grant size</source>
        <translation>Размер гранта</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические направления</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Заявители</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>co-financing at least %1 %</source>
        <translation>софинансирование не менее %1 %</translation>
    </message>
    <message>
        <source>indirect costs at most %1 %</source>
        <translation>косвенные расходы не более %1 %</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>от %1 до %2 мес.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n partners</source>
        <translation>
            <numerusform>не более %n партнёра</numerusform>
            <numerusform>не более %n партнёров</numerusform>
            <numerusform>не более %n партнёров</numerusform>
        </translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>не указаны</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::CallEditorDialog</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Edit call</source>
        <translation>Изменение конкурса</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Критерии соответствия</translation>
    </message>
    <message>
        <source>Grant and limits</source>
        <translation>Грант и ограничения</translation>
    </message>
    <message>
        <source>Documents and history</source>
        <translation>Документы и история</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Донор:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>Начало п&amp;риёма:</translation>
    </message>
    <message>
        <source>Dead&amp;line (donor&apos;s time):</source>
        <translation>Сро&amp;к подачи (время донора):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические направления</translation>
    </message>
    <message>
        <source>Eligible countries</source>
        <translation>Допустимые страны</translation>
    </message>
    <message>
        <source>Eligible applicants</source>
        <translation>Допустимые заявители</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>S&amp;mallest grant:</source>
        <translation>&amp;Минимальный грант:</translation>
    </message>
    <message>
        <source>L&amp;argest grant:</source>
        <translation>М&amp;аксимальный грант:</translation>
    </message>
    <message>
        <source>Co-&amp;financing at least (%):</source>
        <translation>Со&amp;финансирование не менее (%):</translation>
    </message>
    <message>
        <source>&amp;Indirect costs at most (%):</source>
        <translation>&amp;Косвенные расходы не более (%):</translation>
    </message>
    <message>
        <source>Shortest &amp;duration:</source>
        <translation>Минимальная &amp;длительность:</translation>
    </message>
    <message>
        <source>Longest d&amp;uration:</source>
        <translation>Максимальная дл&amp;ительность:</translation>
    </message>
    <message>
        <source>Most &amp;partners:</source>
        <translation>Максимум &amp;партнёров:</translation>
    </message>
    <message>
        <source>Documents (guidelines, forms, annexes):</source>
        <translation>Документы (руководства, формы, приложения):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>История статусов:</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Неизвестный часовой пояс.</translation>
    </message>
    <message>
        <source>= %1 your time (%2)</source>
        <translation>= %1 по вашему времени (%2)</translation>
    </message>
    <message>
        <source>smallest grant</source>
        <translation>минимальный грант</translation>
    </message>
    <message>
        <source>largest grant</source>
        <translation>максимальный грант</translation>
    </message>
    <message>
        <source>Choose the currency of the %1.</source>
        <translation>Выберите валюту для поля «%1».</translation>
    </message>
    <message>
        <source>The %1: %2</source>
        <translation>Поле «%1»: %2</translation>
    </message>
    <message>
        <source>co-financing minimum</source>
        <translation>минимальное софинансирование</translation>
    </message>
    <message>
        <source>indirect-cost cap</source>
        <translation>предел косвенных расходов</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::CallExportActions</name>
    <message>
        <source>Export calls as CSV</source>
        <translation>Экспорт конкурсов в CSV</translation>
    </message>
    <message>
        <source>Export deadlines to a calendar</source>
        <translation>Экспорт сроков в календарь</translation>
    </message>
    <message>
        <source>calls.csv</source>
        <translation>calls.csv</translation>
    </message>
    <message>
        <source>deadlines.ics</source>
        <translation>deadlines.ics</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <source>%n calls written to %1.</source>
        <translation>
            <numerusform>%n конкурс записан в %1.</numerusform>
            <numerusform>%n конкурса записаны в %1.</numerusform>
            <numerusform>%n конкурсов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Сводка</translation>
    </message>
    <message numerus="yes">
        <source>The digest of %n open calls is on the clipboard; paste it into a chat.</source>
        <translation>
            <numerusform>Сводка по %n открытому конкурсу скопирована в буфер обмена; вставьте её в чат.</numerusform>
            <numerusform>Сводка по %n открытым конкурсам скопирована в буфер обмена; вставьте её в чат.</numerusform>
            <numerusform>Сводка по %n открытым конкурсам скопирована в буфер обмена; вставьте её в чат.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::CallListModel</name>
    <message>
        <source>Donor&apos;s deadline: %1</source>
        <translation>Срок подачи по времени донора: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Deadline (your time)</source>
        <translation>Срок подачи (ваше время)</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Grant size</source>
        <translation>Размер гранта</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические направления</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>cannot be shown</source>
        <translation>нельзя показать</translation>
    </message>
    <message>
        <source>The deadline cannot be shown: %1.</source>
        <translation>Срок подачи нельзя показать: %1.</translation>
    </message>
    <message>
        <source>it has no date and time</source>
        <translation>не указаны дата и время</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::CallsPage</name>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n конкурс</numerusform>
            <numerusform>%n конкурса</numerusform>
            <numerusform>%n конкурсов</numerusform>
        </translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <source>Find calls by title, donor, reference or notes</source>
        <translation>Поиск конкурсов по названию, донору, номеру или заметкам</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Still in play</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>Все тематические направления</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Ближайшие 7 дней</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Ближайшие 90 дней</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <source>&amp;New Call…</source>
        <translation>&amp;Новый конкурс…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import Calls from CSV…</source>
        <translation>&amp;Импорт конкурсов из CSV…</translation>
    </message>
    <message>
        <source>Export Calls as &amp;CSV…</source>
        <translation>Экспорт конкурсов в &amp;файл CSV…</translation>
    </message>
    <message>
        <source>Export Deadlines to &amp;Calendar (.ics)…</source>
        <translation>Экспорт сроков в &amp;календарь (.ics)…</translation>
    </message>
    <message>
        <source>Copy &amp;Digest of Open Calls</source>
        <translation>Копировать &amp;сводку открытых конкурсов</translation>
    </message>
    <message>
        <source>A short text to paste into WhatsApp or Telegram</source>
        <translation>Короткий текст для вставки в WhatsApp или Telegram</translation>
    </message>
    <message>
        <source>Call (read-only)</source>
        <translation>Конкурс (только для чтения)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Find &amp;Partners…</source>
        <translation>Подобрать &amp;партнёров…</translation>
    </message>
    <message>
        <source>Organisations whose expertise, country and type fit the selected call, best first</source>
        <translation>Организации, которые подходят для выбранного конкурса по экспертизе, стране и типу; лучшие — в начале списка</translation>
    </message>
    <message>
        <source>Start a Pr&amp;oposal…</source>
        <translation>Подготовить &amp;заявку…</translation>
    </message>
    <message>
        <source>A new joint proposal for the selected call</source>
        <translation>Новая совместная заявка на выбранный конкурс</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::CodeChecklist</name>
    <message>
        <source>Type to narrow the list</source>
        <translation>Введите текст, чтобы сузить список</translation>
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
        <source>Deadline (your time)</source>
        <translation>Срок (ваше время)</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deadlines in the next 30 days</source>
        <translation>Сроки подачи в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Changed recently</source>
        <translation>Недавние изменения</translation>
    </message>
    <message>
        <source>Pipeline: calls by status</source>
        <translation>Воронка: конкурсы по статусам</translation>
    </message>
    <message>
        <source>No deadlines in the next 30 days.</source>
        <translation>В ближайшие 30 дней сроков подачи нет.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Что нужно</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Checklist items overdue</source>
        <translation>Просроченные документы к подаче</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Просроченных документов нет.</translation>
    </message>
    <message>
        <source>No calls yet: add one under Calls, or import a CSV file.</source>
        <translation>Конкурсов пока нет: добавьте конкурс в разделе «Конкурсы» или импортируйте файл CSV.</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::DateFormat</name>
    <message>
        <source>as %1</source>
        <translation>в виде %1</translation>
    </message>
    <message>
        <source>Type the date %1, or pick it from the calendar (the arrow or F4).</source>
        <translation>Введите дату %1 или выберите её в календаре (стрелка или F4).</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ExchangeRatesDialog</name>
    <message>
        <source>Exchange Rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <source>To</source>
        <translation>В</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>1 unit of From in To, e.g. 0.00178</source>
        <translation>1 единица «Из» в «В», например 0,00178</translation>
    </message>
    <message>
        <source>e.g. InforEuro, National Bank</source>
        <translation>например, InforEuro, Нацбанк</translation>
    </message>
    <message>
        <source>&amp;Add Rate</source>
        <translation>&amp;Добавить курс</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>A budget converts each line at the latest rate on or before its rate date, from the line&apos;s currency to the budget&apos;s (or the other way round, divided). Double-click a rate to change it.</source>
        <translation>Бюджет пересчитывает каждую строку по последнему курсу на дату курсов бюджета или ранее — из валюты строки в валюту бюджета (или наоборот, делением). Дважды щёлкните курс, чтобы изменить его.</translation>
    </message>
    <message>
        <source>&amp;Save Rate</source>
        <translation>&amp;Сохранить курс</translation>
    </message>
    <message>
        <source>Rate “%1”: %2</source>
        <translation>Курс «%1»: %2</translation>
    </message>
    <message>
        <source>Add exchange rate %1 → %2</source>
        <translation>Добавление курса %1 → %2</translation>
    </message>
    <message>
        <source>Import Exchange Rates</source>
        <translation>Импорт курсов валют</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n exchange rates</source>
        <translation>
            <numerusform>Импорт %n курса валют</numerusform>
            <numerusform>Импорт %n курсов валют</numerusform>
            <numerusform>Импорт %n курсов валют</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rates.</source>
        <translation>
            <numerusform>%n новый курс.</numerusform>
            <numerusform>%n новых курса.</numerusform>
            <numerusform>%n новых курсов.</numerusform>
        </translation>
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
    <name>hamkor::ui::FilterHint</name>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Под фильтр ничего не подходит.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::HelpDialogs</name>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Calls&lt;/b&gt;: add the calls for proposals you watch (Calls &amp;gt; New, or File &amp;gt; Import &amp;gt; Calls from a CSV file). Each deadline is kept in the donor&apos;s time zone and shown in yours; the days left turn orange, then red.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Partners&lt;/b&gt;: add the organisations you work with, with their contacts. Hamkor warns when one looks like an organisation already there. Find Partners on a call ranks those that fit it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Proposals&lt;/b&gt;: start a proposal from a call (Start Proposal), choose the consortium and follow the checklist. The Eligibility tab says in words what still does not fit the call.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Budgets&lt;/b&gt;: open the proposal&apos;s budget, add lines under the donor&apos;s headings and type them like a spreadsheet. The totals and the donor&apos;s rules update as you type; exchange rates are in Edit &amp;gt; Exchange Rates.&lt;/li&gt;&lt;li&gt;&lt;b&gt;For the donor&lt;/b&gt;: File &amp;gt; Export writes the budget as XLSX, PDF for signature or CSV, in the donor&apos;s template; the calls go to your calendar (iCalendar) or into a chat as a digest.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every change is saved as you make it, and Edit &amp;gt; Undo takes it back. The file is one &lt;i&gt;.hamkor&lt;/i&gt; file: copy it to keep a backup (File &amp;gt; Save a Copy).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Начало работы&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Конкурсы&lt;/b&gt;: добавьте конкурсы, за которыми следите (Конкурсы &amp;gt; Новый конкурс или Файл &amp;gt; Импорт &amp;gt; конкурсы из файла CSV). Срок подачи хранится в часовом поясе донора и показывается в вашем; число оставшихся дней становится оранжевым, затем красным.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Партнёры&lt;/b&gt;: добавьте организации, с которыми работаете, и их контакты. Hamkor предупредит, если организация похожа на уже имеющуюся. «Подобрать партнёров» для конкурса покажет подходящих.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Заявки&lt;/b&gt;: начните заявку с конкурса («Подготовить заявку»), выберите консорциум и следуйте перечню документов. Вкладка «Соответствие условиям» словами говорит, что ещё не подходит под конкурс.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Бюджеты&lt;/b&gt;: откройте бюджет заявки, добавляйте строки под статьями донора и заполняйте их как электронную таблицу. Итоги и правила донора пересчитываются по мере ввода; курсы валют — в меню Правка &amp;gt; Курсы валют.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Для донора&lt;/b&gt;: Файл &amp;gt; Экспорт записывает бюджет в XLSX, в PDF для подписи или в CSV по шаблону донора; сроки конкурсов уходят в ваш календарь (iCalendar) или в чат в виде сводки.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Каждое изменение сохраняется сразу, а Правка &amp;gt; Отменить возвращает его назад. Все данные — в одном файле &lt;i&gt;.hamkor&lt;/i&gt;: для резервной копии скопируйте его (Файл &amp;gt; Сохранить копию).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Dashboard, Calls, Partners, Proposals, Budgets</source>
        <translation>Обзор, Конкурсы, Партнёры, Заявки, Бюджеты</translation>
    </message>
    <message>
        <source>a new file</source>
        <translation>новый файл</translation>
    </message>
    <message>
        <source>open a file</source>
        <translation>открыть файл</translation>
    </message>
    <message>
        <source>undo, redo</source>
        <translation>отменить, повторить</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>выйти</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>typing in the search field</source>
        <translation>ввод в поле поиска</translation>
    </message>
    <message>
        <source>finds as you type</source>
        <translation>ищет по мере ввода</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>opens the call, partner or proposal</source>
        <translation>открывает конкурс, партнёра или заявку</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Строки бюджета</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>ввод с клавиатуры</translation>
    </message>
    <message>
        <source>starts editing the cell</source>
        <translation>начинает правку ячейки</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>the next or previous cell of the line</source>
        <translation>следующая или предыдущая ячейка строки</translation>
    </message>
    <message>
        <source>down to where the Tabs began; on a heading&apos;s last line, a new line like the one above</source>
        <translation>вниз, к столбцу, с которого начались нажатия Tab; на последней строке статьи — новая строка, как строка выше</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>edit the cell without replacing it</source>
        <translation>править ячейку, не заменяя её содержимое</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave the cell as it was</source>
        <translation>оставить ячейку как была</translation>
    </message>
    <message>
        <source>add a line</source>
        <translation>добавить строку</translation>
    </message>
    <message>
        <source>fill down the selected lines</source>
        <translation>заполнить вниз выделенные строки</translation>
    </message>
    <message>
        <source>clear the cell of the selected lines</source>
        <translation>очистить ячейку в выделенных строках</translation>
    </message>
    <message>
        <source>delete the selected lines</source>
        <translation>удалить выделенные строки</translation>
    </message>
    <message>
        <source>copy lines to a spreadsheet, paste lines from one</source>
        <translation>копировать строки в электронную таблицу и вставлять из неё</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ImportCallsDialog</name>
    <message>
        <source>Import calls</source>
        <translation>Импорт конкурсов</translation>
    </message>
    <message numerus="yes">
        <source>Import %n calls</source>
        <translation>
            <numerusform>импорт %n конкурса</numerusform>
            <numerusform>импорт %n конкурсов</numerusform>
            <numerusform>импорт %n конкурсов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Record or problem</source>
        <translation>Запись или проблема</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Уже есть в файле</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Будет добавлен</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems, listed below. Nothing will be added until the file is corrected.</source>
        <translation>
            <numerusform>Файл %1 нельзя импортировать: обнаружена %n проблема (список ниже). Ничего не будет добавлено, пока файл не исправлен.</numerusform>
            <numerusform>Файл %1 нельзя импортировать: обнаружены %n проблемы (список ниже). Ничего не будет добавлено, пока файл не исправлен.</numerusform>
            <numerusform>Файл %1 нельзя импортировать: обнаружено %n проблем (список ниже). Ничего не будет добавлено, пока файл не исправлен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>Прочитана %n строка.</numerusform>
            <numerusform>Прочитаны %n строки.</numerusform>
            <numerusform>Прочитано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be added, %2 already in this file.</source>
        <translation>Будет добавлено: %1, уже есть в файле: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) imported. Edit &gt; Undo takes them out again.</source>
        <translation>
            <numerusform>%1: импортирована %n запись. Правка &gt; Отменить уберёт её.</numerusform>
            <numerusform>%1: импортированы %n записи. Правка &gt; Отменить уберёт их.</numerusform>
            <numerusform>%1: импортировано %n записей. Правка &gt; Отменить уберёт их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ImportPartnersDialog</name>
    <message>
        <source>Import partners</source>
        <translation>Импорт партнёров</translation>
    </message>
    <message numerus="yes">
        <source>Import %n partners</source>
        <translation>
            <numerusform>импорт %n партнёра</numerusform>
            <numerusform>импорт %n партнёров</numerusform>
            <numerusform>импорт %n партнёров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ImportProposalsDialog</name>
    <message>
        <source>Import proposals</source>
        <translation>Импорт заявок</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n partners)</source>
        <translation>
            <numerusform>%1 — %2 (%n партнёр)</numerusform>
            <numerusform>%1 — %2 (%n партнёра)</numerusform>
            <numerusform>%1 — %2 (%n партнёров)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n proposals</source>
        <translation>
            <numerusform>импорт %n заявки</numerusform>
            <numerusform>импорт %n заявок</numerusform>
            <numerusform>импорт %n заявок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
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
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::OrganisationEditorDialog</name>
    <message>
        <source>Partner: %1</source>
        <translation>Партнёр: %1</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>Expertise and networks</source>
        <translation>Экспертиза и сети</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Потенциал организации</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>&amp;Name (own script):</source>
        <translation>&amp;Название (в оригинальном написании):</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation>Название &amp;латиницей:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Аббревиатура:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>&amp;Регистрационный номер:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>EU participant code (PI&amp;C):</source>
        <translation>&amp;Код участника ЕС (PIC):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Thematic expertise</source>
        <translation>Тематическая экспертиза</translation>
    </message>
    <message>
        <source>Networks it belongs to</source>
        <translation>Сети, в которые входит организация</translation>
    </message>
    <message>
        <source>Another network</source>
        <translation>Ещё одна сеть</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Its accounts are audited every year</source>
        <translation>Проходит ежегодный аудит отчётности</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Численность персонала:</translation>
    </message>
    <message>
        <source>Annual &amp;turnover:</source>
        <translation>&amp;Годовой оборот:</translation>
    </message>
    <message>
        <source>&amp;Grants managed before:</source>
        <translation>Ранее &amp;управляла грантами:</translation>
    </message>
    <message>
        <source>Proposals this organisation takes part in:</source>
        <translation>Заявки, в которых участвует организация:</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>Annual turnover: %1</source>
        <translation>Годовой оборот: %1</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Не указано название.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Contact on row %1 has no name.</source>
        <translation>Контактное лицо в строке %1: не указано имя.</translation>
    </message>
    <message>
        <source>Contact on row %1: “%2” is not an e-mail address.</source>
        <translation>Контактное лицо в строке %1: «%2» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Already in the file?</source>
        <translation>Уже есть в файле?</translation>
    </message>
    <message>
        <source>This looks like “%1”, which is already in the file: %2.</source>
        <translation>Похоже на организацию «%1», которая уже есть в файле: %2.</translation>
    </message>
    <message>
        <source>Open “%1” instead</source>
        <translation>Открыть «%1»</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Engagement on row %1 ends before it starts.</source>
        <translation>Взаимодействие в строке %1 заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Engagement on row %1: “%2” is not a date; write it %3.</source>
        <translation>Взаимодействие в строке %1: «%2» — не дата; укажите её %3.</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Thematic expertise</source>
        <translation>Тематическая экспертиза</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <source>Last engagement</source>
        <translation>Последнее взаимодействие</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::PartnersForCallDialog</name>
    <message>
        <source>Partners for “%1”</source>
        <translation>Партнёры для «%1»</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>No organisation in this file matches the call&apos;s thematic areas, eligible countries and applicant types.</source>
        <translation>Ни одна организация в этом файле не соответствует тематическим направлениям, допустимым странам и типам заявителей этого конкурса.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations match the call, best first. Double-click one to open it.</source>
        <translation>
            <numerusform>%n организация соответствует конкурсу; лучшие — в начале списка. Чтобы открыть организацию, дважды щёлкните её.</numerusform>
            <numerusform>%n организации соответствуют конкурсу; лучшие — в начале списка. Чтобы открыть организацию, дважды щёлкните её.</numerusform>
            <numerusform>%n организаций соответствуют конкурсу; лучшие — в начале списка. Чтобы открыть организацию, дважды щёлкните её.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::PartnersPage</name>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Find by name in any script, acronym, city or notes</source>
        <translation>Поиск по названию в любом написании, аббревиатуре, городу или заметкам</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>Все тематические направления</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Все сети</translation>
    </message>
    <message>
        <source>&amp;New Partner…</source>
        <translation>&amp;Новый партнёр…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Merge Two…</source>
        <translation>О&amp;бъединить две…</translation>
    </message>
    <message>
        <source>Keep one of two selected organisations and move everything of the other to it</source>
        <translation>Оставить одну из двух выбранных организаций и перенести в неё всё, что относится к другой</translation>
    </message>
    <message>
        <source>Import &amp;Partners from CSV…</source>
        <translation>Импорт &amp;партнёров из CSV…</translation>
    </message>
    <message>
        <source>Export Partners as CS&amp;V…</source>
        <translation>Экспорт &amp;партнёров в файл CSV…</translation>
    </message>
    <message>
        <source>Export Contacts as v&amp;Card…</source>
        <translation>Экспорт к&amp;онтактов в vCard…</translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation>Объединение двух организаций</translation>
    </message>
    <message>
        <source>Keep which one? The other&apos;s contacts, engagements and consortium places move to it, and the other is deleted. Edit &gt; Undo takes it back.</source>
        <translation>Какую организацию оставить? Контакты, взаимодействие и места в консорциумах другой организации будут перенесены в неё, а другая будет удалена. Отменить объединение можно командой Правка &gt; Отменить.</translation>
    </message>
    <message>
        <source>Export partners as CSV</source>
        <translation>Экспорт партнёров в CSV</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Экспорт контактов в vCard</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Partner (read-only)</source>
        <translation>Партнёр (только для чтения)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::PipelineChart</name>
    <message>
        <source>Calls</source>
        <translation>Конкурсы</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ProposalEditorDialog</name>
    <message>
        <source>Proposal %1</source>
        <translation>Заявка %1</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Консорциум</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Документы к подаче</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Соответствие условиям</translation>
    </message>
    <message>
        <source>No call (standalone)</source>
        <translation>Без конкурса</translation>
    </message>
    <message>
        <source>EU external action (PRAG)</source>
        <translation>Внешние действия ЕС (PRAG)</translation>
    </message>
    <message>
        <source>EU external action (PRAG), older layout</source>
        <translation>Внешние действия ЕС (PRAG), прежний формат</translation>
    </message>
    <message>
        <source>Horizon Europe</source>
        <translation>«Горизонт Европа»</translation>
    </message>
    <message>
        <source>US federal (SF-424A)</source>
        <translation>Федеральный грант США (SF-424A)</translation>
    </message>
    <message>
        <source>Other donor</source>
        <translation>Другой донор</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Аббревиатура:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Конкурс:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Budget &amp;template:</source>
        <translation>&amp;Шаблон бюджета:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>На&amp;чало:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Продолжительность:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Краткое &amp;описание:</translation>
    </message>
    <message>
        <source>Thematic areas, countries,
mechanisms:</source>
        <translation>Тематические направления,
страны, механизмы:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>НЕ ВЫПОЛНЕНО</translation>
    </message>
    <message>
        <source>Eligible: every rule passes.</source>
        <translation>Соответствует условиям: все правила выполнены.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet eligible: %n rules fail.</source>
        <translation>
            <numerusform>Пока не соответствует условиям: не выполнено %n правило.</numerusform>
            <numerusform>Пока не соответствует условиям: не выполнено %n правила.</numerusform>
            <numerusform>Пока не соответствует условиям: не выполнено %n правил.</numerusform>
        </translation>
    </message>
    <message>
        <source>The acronym is missing.</source>
        <translation>Не указана аббревиатура.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Не указано название.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Affiliated to</source>
        <translation>Аффилирована с</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Добавить партнёра</translation>
    </message>
    <message>
        <source>Consortium row %1: choose an organisation from the directory.</source>
        <translation>Консорциум, строка %1: выберите организацию из списка партнёров.</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Что нужно</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Добавить &amp;пункт</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Новая организация…</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>При&amp;крепить файл…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Открыть &amp;файл</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>История статусов:</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ещё не сохранена</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Checklist row %1: “%2” is not a date; write it %3.</source>
        <translation>Перечень документов, строка %1: «%2» — не дата; укажите её %3.</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ProposalListModel</name>
    <message numerus="yes">
        <source>%1, %n months</source>
        <translation>
            <numerusform>%1, %n месяц</numerusform>
            <numerusform>%1, %n месяца</numerusform>
            <numerusform>%1, %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>без конкурса</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Ведущий заявитель</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Start and duration</source>
        <translation>Начало и продолжительность</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Budget template</source>
        <translation>Шаблон бюджета</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ProposalSummaryAction</name>
    <message>
        <source>Proposal summary</source>
        <translation>Сводка по заявке</translation>
    </message>
    <message>
        <source>Proposal summary as PDF</source>
        <translation>Сводка по заявке в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ProposalsPage</name>
    <message>
        <source>&amp;New Proposal…</source>
        <translation>&amp;Новая заявка…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Import P&amp;roposals from CSV…</source>
        <translation>Импорт &amp;заявок из CSV…</translation>
    </message>
    <message>
        <source>Proposal &amp;Summary as PDF…</source>
        <translation>Сво&amp;дка по заявке в PDF…</translation>
    </message>
    <message>
        <source>Find by acronym or title</source>
        <translation>Поиск по аббревиатуре или названию</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message numerus="yes">
        <source>%n proposals</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Proposal (read-only)</source>
        <translation>Заявка (только для чтения)</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Бюджет</translation>
    </message>
</context>
<context>
    <name>hamkor::ui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
</context>
</TS>
