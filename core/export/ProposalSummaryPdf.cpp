// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ProposalSummaryPdf.h"

#include "core/domain/DeadlineText.h"
#include "core/reference/Reference.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace hamkor {
namespace core {

namespace {

constexpr QRgb Ink = 0x1a1a1a;
constexpr QRgb Accent = 0x1f4e79;     // headings, the acronym, header rows' text
constexpr QRgb HeaderFill = 0xdce6f1; // header rows of tables
constexpr QRgb LabelFill = 0xf2f4f7;  // label cells of key-value tables
constexpr QRgb Grid = 0x9aa6b2;
constexpr QRgb Muted = 0x5b6670;
constexpr QRgb PassColour = 0x1e7b34;
constexpr QRgb FailColour = 0xb3261e;
constexpr int Resolution = 600;    // dots per inch of the PDF's coordinates
constexpr qreal FooterMm = 8;      // reserved at the bottom of each page's printable area
constexpr qreal TablePoints = 8.5; // text in tables (the document's default is 10 pt)

// Lengths are given in points times one of these. The painter works in the PDF's dots;
// QTextDocument takes CSS pixels (1/96 inch) for margins, borders and padding and scales them
// to its paint device itself.
constexpr qreal Dots = Resolution / 72.0;
constexpr qreal Css = 96.0 / 72.0;
// Has Cyrillic with the Kazakh and Tajik letters, Uzbek Latin ʻ and Arabic (fonts-dejavu-core).
const QString Family = QStringLiteral("DejaVu Sans");

QTextCharFormat text(qreal points = TablePoints, QRgb colour = Ink, bool bold = false)
{
    QTextCharFormat format;
    format.setFontFamilies({Family});
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    // Qt shapes Latin and Cyrillic without ligatures when a letter spacing is set, so that the
    // text layer says "Affiliated", not "A\uFB03liated"; 1/50 of a dot is not visible.
    format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    format.setFontLetterSpacing(0.02);
    format.setForeground(QColor(colour));
    return format;
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

template <class T> QList<T> sorted(QList<T> list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const T &a, const T &b) { return a.sortOrder < b.sortOrder; });
    return list;
}

// Builds the sheet into a QTextDocument. User text goes in through QTextCursor::insertText
// only, so nothing in it is ever read as markup.
class Sheet
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::ProposalSummaryPdf)

public:
    Sheet(QTextDocument &document, const ProposalSummaryInput &input)
        : m_cursor(&document), m_input(input), m_zone(input.generatedAt.timeZone())
    {
        titleBlock();
        callBlock();
        consortium();
        checklist();
        eligibility();
    }

    // Once laid out in pages: a heading left at the foot of a page with its table's first row
    // on the next moves to the next page too.
    void keepHeadingsWithTables(const QTextDocument &document, qreal pageHeight) const
    {
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        for (const auto &[heading, first] : m_keep) {
            if (int(layout->blockBoundingRect(first).bottom() / pageHeight) >
                int(layout->blockBoundingRect(heading).top() / pageHeight)) {
                QTextBlockFormat format = heading.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(heading).setBlockFormat(format);
            }
        }
    }

private:
    void titleBlock()
    {
        const Proposal &proposal = m_input.proposal;
        paragraph(tr("PROPOSAL SUMMARY"), text(7.5, Muted, true));
        paragraph(orDash(proposal.acronym), text(18, Accent, true), 1);
        if (!proposal.title.isEmpty())
            paragraph(proposal.title, text(11.5), 0, 4);
        QString duration = orDash({});
        if (proposal.durationMonths > 0)
            duration = tr("%1 months").arg(proposal.durationMonths);
        if (proposal.durationMonths > 0 && proposal.start.isValid())
            duration += u' ' + tr("(to %1)").arg(date(
                                   proposal.start.addMonths(proposal.durationMonths).addDays(-1)));
        QTextTable *facts = table(4, {16, 34, 16, 34}, 0);
        pairs(facts, 0, tr("Status"), reference::proposalStatuses().name(proposal.status),
              tr("Template"), templateName(proposal.templateCode));
        pairs(facts, 1, tr("Start"), orDash(date(proposal.start)), tr("Duration"), duration);
        pairs(facts, 2, tr("Currency"), orDash(proposal.currency), tr("Generated"),
              moment(m_input.generatedAt));
        pairs(facts, 3, tr("Countries"), names(proposal.countries, reference::countries()),
              tr("Thematic areas"), names(proposal.themes, reference::themes()));
    }

    void callBlock()
    {
        heading(tr("Call"));
        if (!m_input.call)
            return paragraph(tr("Standalone proposal: not linked to a call."), text(9.5));
        const Call &call = *m_input.call;
        const QDateTime deadline = call.deadline();
        const QDateTime &now = m_input.generatedAt;
        QString donorTime = tr("No deadline set"), ownTime = orDash({}), left = orDash({});
        if (deadline.isValid()) {
            donorTime = DeadlineText::donorMoment(deadline, m_locale);
            ownTime = moment(deadline);
            left = DeadlineText::daysLeftText(DeadlineText::daysLeft(deadline, now, m_zone),
                                              now >= deadline);
        }
        QTextTable *facts = table(3, {16, 34, 16, 34}, 0);
        pairs(facts, 0, tr("Title"), orDash(call.title), tr("Donor"), orDash(call.donor));
        pairs(facts, 1, tr("Reference"), orDash(call.reference), tr("Days left"), left);
        pairs(facts, 2, tr("Deadline"), donorTime, tr("In your time"), ownTime);
    }

    void consortium()
    {
        heading(tr("Consortium"));
        const QList<ConsortiumMember> members = sorted(m_input.proposal.members);
        if (members.isEmpty())
            return paragraph(tr("No partners yet."), text(9.5));
        QTextTable *grid = gridTable(
            int(members.size()), {4, 15, 40, 22, 19},
            {tr("#"), tr("Role"), tr("Organisation"), tr("Country, type"), tr("Contribution")});
        for (int row = 1; const ConsortiumMember &member : members) {
            put(grid, row, 0, QString::number(row));
            QTextCursor role = put(grid, row, 1, reference::partnerRoles().name(member.role));
            if (member.role == u"affiliated" && member.affiliatedTo != 0)
                addLine(role, tr("tied to %1").arg(memberName(member.affiliatedTo)));
            const auto found = m_input.organisations.constFind(member.organisationId);
            if (found == m_input.organisations.cend()) {
                put(grid, row, 2, tr("Organisation %1 (not found)").arg(member.organisationId),
                    text(TablePoints, FailColour));
            } else {
                // The name in its own script, then its Latin name and acronym in grey.
                QTextCursor name = put(grid, row, 2, found->name, text(TablePoints, Ink, true));
                QStringList latin;
                if (!found->nameLatin.isEmpty() && found->nameLatin != found->name)
                    latin << found->nameLatin;
                if (!found->acronym.isEmpty())
                    latin << found->acronym;
                if (!latin.isEmpty())
                    addLine(name, latin.join(QStringLiteral(" · ")));
                QTextCursor place = put(grid, row, 3, reference::countries().name(found->country));
                addLine(place, reference::organisationTypes().name(found->type));
            }
            put(grid, row++, 4, member.contribution);
        }
    }

    void checklist()
    {
        heading(tr("Checklist"));
        const QList<ChecklistItem> items = sorted(m_input.proposal.checklist);
        if (items.isEmpty())
            return paragraph(tr("Nothing on the checklist yet."), text(9.5));
        const auto done =
            std::count_if(items.cbegin(), items.cend(), [](const ChecklistItem &item) {
                return item.state == u"received" || item.state == u"not_needed";
            });
        paragraph(tr("%1 of %2 received or not needed").arg(done).arg(items.size()),
                  text(8.5, Muted), 0, 2);
        QTextTable *grid = gridTable(int(items.size()), {50, 20, 13, 17},
                                     {tr("Item"), tr("Owner"), tr("Due"), tr("State")});
        for (int row = 1; const ChecklistItem &item : items) {
            const bool open = item.state == u"todo";
            const bool overdue =
                open && item.due.isValid() && item.due < m_input.generatedAt.date();
            QString state = reference::checklistStates().name(item.state);
            if (overdue)
                state = tr("%1 (overdue)").arg(state);
            put(grid, row, 0, item.title);
            put(grid, row, 1, item.ownerMemberId ? memberName(item.ownerMemberId) : orDash({}));
            put(grid, row, 2, orDash(date(item.due)));
            put(grid, row++, 3, state,
                text(TablePoints,
                     overdue ? FailColour
                     : open  ? Ink
                             : PassColour,
                     overdue));
        }
    }

    void eligibility()
    {
        heading(tr("Eligibility"));
        const QList<EligibilityResult> &results = m_input.eligibility;
        if (results.isEmpty())
            return paragraph(tr("Eligibility has not been checked."), text(9.5));
        // The verdict first, so that it stays with its heading and is read first.
        int failed = 0;
        for (const EligibilityResult &result : results)
            failed += result.passed ? 0 : 1;
        const QString verdict = failed == 0   ? tr("Eligible")
                                : failed == 1 ? tr("Not eligible: 1 rule fails")
                                              : tr("Not eligible: %n rules fail", nullptr, failed);
        paragraph(verdict, text(12, failed == 0 ? PassColour : FailColour, true), 0, 4);
        QTextTable *grid =
            gridTable(int(results.size()), {27, 9, 64}, {tr("Rule"), tr("Result"), tr("Detail")});
        for (int row = 1; const EligibilityResult &result : results) {
            put(grid, row, 0, result.rule);
            put(grid, row, 1, result.passed ? tr("PASS") : tr("FAIL"),
                text(TablePoints, result.passed ? PassColour : FailColour, true));
            put(grid, row++, 2, result.detail);
        }
    }

    // --- words -----------------------------------------------------------------------------

    static QString templateName(const QString &code)
    {
        if (code == u"eu-prag")
            return tr("EU external action grant (PRAG)");
        if (code == u"eu-prag-legacy")
            return tr("EU external action grant (PRAG, earlier annex)");
        if (code == u"horizon-europe")
            return tr("Horizon Europe");
        if (code == u"sf-424a")
            return tr("US federal SF-424A");
        return code == u"generic" ? tr("Generic") : code;
    }

    static QString names(const QStringList &codes, const ReferenceList &list)
    {
        QStringList out;
        for (const QString &code : codes)
            out << list.name(code);
        return orDash(out.join(QStringLiteral(", ")));
    }

    QString date(const QDate &value) const
    {
        return value.isValid() ? m_locale.toString(value, QStringLiteral("d MMM yyyy")) : QString();
    }

    // "27 Nov 2026, 13:43 Asia/Almaty": value seen in the reader's zone.
    QString moment(const QDateTime &value) const
    {
        if (!value.isValid() || !m_zone.isValid())
            return orDash({});
        return DeadlineText::moment(value, m_zone, m_locale) + u' ' +
               QString::fromLatin1(m_zone.id());
    }

    // The acronym (or name) of the organisation behind a consortium member.
    QString memberName(qint64 memberId) const
    {
        for (const ConsortiumMember &member : m_input.proposal.members) {
            if (member.id != memberId)
                continue;
            const Organisation organisation = m_input.organisations.value(member.organisationId);
            return !organisation.acronym.isEmpty() ? organisation.acronym
                   : !organisation.name.isEmpty()  ? organisation.name
                                                   : QString::number(member.organisationId);
        }
        return QString::number(memberId);
    }

    // --- building blocks -------------------------------------------------------------------

    void heading(const QString &value)
    {
        paragraph(value, text(11.5, Accent, true), 8, 2);
        m_heading = m_cursor.block();
    }

    // A new block with text in format. The block right after a table is reused (the document
    // keeps one there); its top margin is not laid out, so the table's bottom margin takes it.
    void paragraph(const QString &value, const QTextCharFormat &format, qreal top = 0,
                   qreal bottom = 1)
    {
        QTextBlockFormat block;
        block.setTopMargin(top * Css);
        block.setBottomMargin(bottom * Css);
        block.setLayoutDirection(Qt::LeftToRight);
        if (m_lastTable) {
            QTextTableFormat tableFormat = m_lastTable->format();
            tableFormat.setBottomMargin(top * Css);
            m_lastTable->setFormat(tableFormat);
            m_cursor.movePosition(QTextCursor::End);
            m_cursor.setBlockFormat(block);
            m_lastTable = nullptr;
        } else if (m_started) {
            m_cursor.insertBlock(block, format);
        } else {
            m_cursor.setBlockFormat(block);
        }
        m_started = true;
        m_cursor.insertText(value, format);
    }

    QTextTable *table(int rows, const QList<qreal> &percents, int headerRows)
    {
        QTextTableFormat format;
        format.setBorder(1); // CSS pixels; 1 is the least that draws the grid when collapsed
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(Grid));
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(1.8 * Css);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setHeaderRowCount(headerRows);
        QList<QTextLength> widths;
        for (qreal percent : percents)
            widths << QTextLength(QTextLength::PercentageLength, percent);
        format.setColumnWidthConstraints(widths);
        m_lastTable = m_cursor.insertTable(rows, int(percents.size()), format);
        const QTextTableCell first = m_lastTable->cellAt(std::min(headerRows, rows - 1), 0);
        if (m_heading.isValid())
            m_keep.append({m_heading, first.firstCursorPosition().block()});
        m_heading = QTextBlock();
        return m_lastTable;
    }

    static void shade(QTextTable *into, int row, int column, QRgb colour)
    {
        QTextTableCell cell = into->cellAt(row, column);
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setBackground(QColor(colour));
        cell.setFormat(format);
    }

    // A table with a shaded header row (repeated on a new page) and rows below it.
    QTextTable *gridTable(int rows, const QList<qreal> &percents, const QStringList &titles)
    {
        QTextTable *grid = table(rows + 1, percents, 1);
        for (int column = 0; column < titles.size(); ++column) {
            shade(grid, 0, column, HeaderFill);
            put(grid, 0, column, titles.at(column), text(TablePoints, Accent, true));
        }
        return grid;
    }

    // A row of a four-column key-value table: a shaded label, its value, twice.
    static void pairs(QTextTable *into, int row, const QString &label1, const QString &value1,
                      const QString &label2, const QString &value2)
    {
        for (int column : {0, 2}) {
            shade(into, row, column, LabelFill);
            put(into, row, column, column ? label2 : label1, text(TablePoints, Muted, true));
            put(into, row, column + 1, column ? value2 : value1, text(TablePoints + 0.5));
        }
    }

    // Text in a cell, left to right whatever its script (an Arabic name is still shaped right
    // to left). Only the block format is touched: the cell's own format holds its shading.
    static QTextCursor put(QTextTable *into, int row, int column, const QString &value,
                           const QTextCharFormat &format = text())
    {
        QTextCursor cursor = into->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat block = cursor.blockFormat();
        block.setLayoutDirection(Qt::LeftToRight);
        cursor.setBlockFormat(block);
        cursor.insertText(value, format);
        return cursor;
    }

    // A second, smaller grey line in the same cell.
    static void addLine(QTextCursor &cursor, const QString &value)
    {
        const QTextCharFormat format = text(TablePoints - 1, Muted);
        cursor.insertBlock(cursor.blockFormat(), format);
        cursor.insertText(value, format);
    }

    QTextCursor m_cursor;
    const ProposalSummaryInput &m_input;
    const QTimeZone m_zone;
    const QLocale m_locale;
    QTextTable *m_lastTable = nullptr;               // the table the cursor stands after
    QTextBlock m_heading;                            // the last heading, until its table comes
    QList<std::pair<QTextBlock, QTextBlock>> m_keep; // a heading, its table's first row
    bool m_started = false; // whether the document's first block holds text
};

} // namespace

Status ProposalSummaryPdf::write(QIODevice &device, const ProposalSummaryInput &input)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{tr("The PDF could not be made: drawing text needs the graphical part of the "
                        "program (QGuiApplication), which is not running.")};
    if (!device.isOpen() || !device.isWritable())
        return Error{tr("The PDF could not be written: the file is not open for writing.")};

    QPdfWriter writer(&device);
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 10, 15, 8), QPageLayout::Millimeter));
    writer.setTitle(tr("%1 — proposal summary").arg(input.proposal.acronym));
    writer.setCreator(QStringLiteral("Hamkor"));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(Family);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    const QRectF paper = writer.pageLayout().paintRectPixels(Resolution);
    const qreal footer = FooterMm * Resolution / 25.4;
    const QSizeF body(paper.width(), paper.height() - footer);
    document.setPageSize(body);
    Sheet(document, input).keepHeadingsWithTables(document, body.height());

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{tr("The PDF could not be written: %1").arg(device.errorString())};
    const int pages = document.pageCount();
    const QString made =
        tr("%1 · summary made by Hamkor on %2")
            .arg(input.proposal.acronym,
                 QLocale().toString(input.generatedAt, QStringLiteral("d MMM yyyy, HH:mm")));
    font.setPointSizeF(7.5);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, QColor(Ink));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return Error{tr("The PDF could not be written: %1").arg(device.errorString())};
        // The page's slice of the document, then the footer below it.
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -page * body.height());
        context.clip = QRectF(QPointF(0, page * body.height()), body);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        const qreal line = body.height() + footer / 3;
        painter.setPen(QPen(QColor(Grid), 0.5 * Dots));
        painter.drawLine(QPointF(0, line), QPointF(body.width(), line));
        painter.setFont(font);
        painter.setPen(QColor(Muted));
        const QRectF area(0, line + 2 * Dots, body.width(), footer);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, made);
        painter.drawText(area, Qt::AlignRight | Qt::AlignTop,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return Error{tr("The PDF could not be written: %1").arg(device.errorString())};
    return {};
}

Status ProposalSummaryPdf::writeFile(const QString &path, const ProposalSummaryInput &input)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (Status written = write(file, input); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace core
} // namespace hamkor
