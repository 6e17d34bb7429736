// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/HelpDialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hamkor {
namespace ui {

namespace {
void show(QWidget *parent, const QString &title, const QString &html, const QString &name)
{
    QDialog dialog(parent);
    dialog.setObjectName(name);
    dialog.setWindowTitle(title);
    auto *text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(false);
    text->setHtml(html); // Hamkor's own words, never a user's text
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(620, 520);
    dialog.exec();
}

QString key(QKeySequence::StandardKey standard)
{
    return QKeySequence(standard).toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString key(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText).toHtmlEscaped();
}
} // namespace

QString HelpDialogs::gettingStartedText()
{
    return tr("<h3>Getting started</h3>"
              "<ol>"
              "<li><b>Calls</b>: add the calls for proposals you watch (Calls &gt; New, or "
              "File &gt; Import &gt; Calls from a CSV file). Each deadline is kept in the "
              "donor's time zone and shown in yours; the days left turn orange, then red.</li>"
              "<li><b>Partners</b>: add the organisations you work with, with their contacts. "
              "Hamkor warns when one looks like an organisation already there. Find Partners "
              "on a call ranks those that fit it.</li>"
              "<li><b>Proposals</b>: start a proposal from a call (Start Proposal), choose the "
              "consortium and follow the checklist. The Eligibility tab says in words what "
              "still does not fit the call.</li>"
              "<li><b>Budgets</b>: open the proposal's budget, add lines under the donor's "
              "headings and type them like a spreadsheet. The totals and the donor's rules "
              "update as you type; exchange rates are in Edit &gt; Exchange Rates.</li>"
              "<li><b>For the donor</b>: File &gt; Export writes the budget as XLSX, PDF for "
              "signature or CSV, in the donor's template; the calls go to your calendar "
              "(iCalendar) or into a chat as a digest.</li>"
              "</ol>"
              "<p>Every change is saved as you make it, and Edit &gt; Undo takes it back. "
              "The file is one <i>.hamkor</i> file: copy it to keep a backup "
              "(File &gt; Save a Copy).</p>");
}

QString HelpDialogs::shortcutsText()
{
    const auto row = [](const QString &keys, const QString &what) {
        return QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(keys, what);
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Everywhere"));
    html += row(key(QKeySequence(Qt::CTRL | Qt::Key_1)) + QStringLiteral(" … ") +
                    key(QKeySequence(Qt::CTRL | Qt::Key_5)),
                tr("Dashboard, Calls, Partners, Proposals, Budgets"));
    html += row(key(QKeySequence::New), tr("a new file"));
    html += row(key(QKeySequence::Open), tr("open a file"));
    html += row(key(QKeySequence::Undo) + QStringLiteral(", ") + key(QKeySequence::Redo),
                tr("undo, redo"));
    html += row(key(QKeySequence::Quit), tr("quit"));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Lists"));
    html += row(tr("typing in the search field"), tr("finds as you type"));
    html += row(tr("Enter"), tr("opens the call, partner or proposal"));
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Budget lines"));
    html += row(tr("typing"), tr("starts editing the cell"));
    html += row(tr("Tab, Shift+Tab"), tr("the next or previous cell of the line"));
    html += row(tr("Enter"), tr("down to where the Tabs began; on a heading's last line, a new "
                                "line like the one above"));
    html += row(tr("F2"), tr("edit the cell without replacing it"));
    html += row(tr("Escape"), tr("leave the cell as it was"));
    html += row(key(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("add a line"));
    html += row(key(QKeySequence(Qt::CTRL | Qt::Key_D)), tr("fill down the selected lines"));
    html += row(key(QKeySequence::Delete), tr("clear the cell of the selected lines"));
    html += row(key(QKeySequence(Qt::CTRL | Qt::Key_Delete)), tr("delete the selected lines"));
    html += row(key(QKeySequence::Copy) + QStringLiteral(", ") + key(QKeySequence::Paste),
                tr("copy lines to a spreadsheet, paste lines from one"));
    html += QStringLiteral("</table>");
    return html;
}

void HelpDialogs::showGettingStarted(QWidget *parent)
{
    show(parent, tr("Getting Started"), gettingStartedText(), QStringLiteral("gettingStarted"));
}

void HelpDialogs::showShortcuts(QWidget *parent)
{
    show(parent, tr("Keyboard Shortcuts"), shortcutsText(), QStringLiteral("shortcuts"));
}

} // namespace ui
} // namespace hamkor
