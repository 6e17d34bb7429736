<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>hamkor::app::Cli</name>
    <message numerus="yes">
        <source>Import %n calls</source>
        <translation>
            <numerusform>Import %n call</numerusform>
            <numerusform>Import %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calls.</source>
        <translation>
            <numerusform>Imported %n call.</numerusform>
            <numerusform>Imported %n calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already present:</source>
        <translation>
            <numerusform>Skipped %n already present:</numerusform>
            <numerusform>Skipped %n already present:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n partners</source>
        <translation>
            <numerusform>Import %n partner</numerusform>
            <numerusform>Import %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partners.</source>
        <translation>
            <numerusform>Imported %n partner.</numerusform>
            <numerusform>Imported %n partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n likely duplicates:</source>
        <translation>
            <numerusform>Skipped %n likely duplicate:</numerusform>
            <numerusform>Skipped %n likely duplicates:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n proposals</source>
        <translation>
            <numerusform>Import %n proposal</numerusform>
            <numerusform>Import %n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n proposals.</source>
        <translation>
            <numerusform>Imported %n proposal.</numerusform>
            <numerusform>Imported %n proposals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n rules fail.</source>
        <translation>
            <numerusform>Not eligible: %n rule fails.</numerusform>
            <numerusform>Not eligible: %n rules fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n exchange rates</source>
        <translation>
            <numerusform>Import %n exchange rate</numerusform>
            <numerusform>Import %n exchange rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n exchange rates: </source>
        <translation>
            <numerusform>Read %n exchange rate: </numerusform>
            <numerusform>Read %n exchange rates: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the file or replaced.</source>
        <translation>
            <numerusform>%n already in the file or replaced.</numerusform>
            <numerusform>%n already in the file or replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n budget lines into “%1” of %2.</source>
        <translation>
            <numerusform>Imported %n budget line into “%1” of %2.</numerusform>
            <numerusform>Imported %n budget lines into “%1” of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 → %2 (%n line(s))</source>
        <translation>
            <numerusform>  %1 → %2 (%n line)</numerusform>
            <numerusform>  %1 → %2 (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n line(s) under the same headings as before</source>
        <translation>
            <numerusform>  %n line under the same heading as before</numerusform>
            <numerusform>  %n lines under the same headings as before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetImporter</name>
    <message numerus="yes">
        <source>Year %1 is not a year of the proposal, which runs %n year(s).</source>
        <translation>
            <numerusform>Year %1 is not a year of the proposal, which runs %n year.</numerusform>
            <numerusform>Year %1 is not a year of the proposal, which runs %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetLinesImporter</name>
    <message numerus="yes">
        <source>Import %n budget lines</source>
        <translation>
            <numerusform>Import %n budget line</numerusform>
            <numerusform>Import %n budget lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetRules</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) for no member of the consortium: %1.</source>
        <translation>
            <numerusform>%n line for no member of the consortium: %1.</numerusform>
            <numerusform>%n lines for no member of the consortium: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proposal runs %n year(s); every line is in one of them.</source>
        <translation>
            <numerusform>The proposal runs %n year; every line is in it.</numerusform>
            <numerusform>The proposal runs %n years; every line is in one of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proposal runs %n year(s) (%1 months); outside them: %2.</source>
        <translation>
            <numerusform>The proposal runs %n year (%1 months); outside it: %2.</numerusform>
            <numerusform>The proposal runs %n years (%1 months); outside them: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::BudgetText</name>
    <message numerus="yes">
        <source>Rules: all %n pass.</source>
        <translation>
            <numerusform>Rules: the %n rule passes.</numerusform>
            <numerusform>Rules: all %n pass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rules broken: %n</source>
        <translation>
            <numerusform>Rules broken: %n</numerusform>
            <numerusform>Rules broken: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::DeadlineText</name>
    <message numerus="yes">
        <source>passed %n days ago</source>
        <translation>
            <numerusform>passed %n day ago</numerusform>
            <numerusform>passed %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::FileCheck</name>
    <message numerus="yes">
        <source>… and %n more call(s) whose deadline cannot be shown.</source>
        <translation>
            <numerusform>… and %n more call whose deadline cannot be shown.</numerusform>
            <numerusform>… and %n more calls whose deadline cannot be shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::Money</name>
    <message numerus="yes">
        <source>%1 has more digits after the point than %2 allows (%n).</source>
        <translation>
            <numerusform>%1 has more digits after the point than %2 allows (%n).</numerusform>
            <numerusform>%1 has more digits after the point than %2 allows (%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::PartnerRanking</name>
    <message numerus="yes">
        <source>works on %1 (%2 of the call&apos;s %n thematic areas)</source>
        <translation>
            <numerusform>works on %1 (%2 of the call&apos;s %n thematic area)</numerusform>
            <numerusform>works on %1 (%2 of the call&apos;s %n thematic areas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engagements with us, the latest on %1 (%2)</source>
        <translation>
            <numerusform>%n engagement with us, on %1 (%2)</numerusform>
            <numerusform>%n engagements with us, the latest on %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>partner in %n earlier consortia</source>
        <translation>
            <numerusform>partner in %n earlier consortium</numerusform>
            <numerusform>partner in %n earlier consortia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>partner in %n earlier consortia (%1)</source>
        <translation>
            <numerusform>partner in %n earlier consortium (%1)</numerusform>
            <numerusform>partner in %n earlier consortia (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::ProposalImporter</name>
    <message numerus="yes">
        <source>%n calls in this file have the reference “%1”; give them different references first.</source>
        <translation>
            <numerusform>%n call in this file has the reference “%1”; give them different references first.</numerusform>
            <numerusform>%n calls in this file have the reference “%1”; give them different references first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partners in this file have the acronym “%1”; give them different acronyms first.</source>
        <translation>
            <numerusform>%n partner in this file has the acronym “%1”; give them different acronyms first.</numerusform>
            <numerusform>%n partners in this file have the acronym “%1”; give them different acronyms first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::ProposalSummaryPdf</name>
    <message numerus="yes">
        <source>Not eligible: %n rules fail</source>
        <translation>
            <numerusform>Not eligible: %n rule fails</numerusform>
            <numerusform>Not eligible: %n rules fail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::BudgetCommands</name>
    <message numerus="yes">
        <source>Delete %n budget line(s)</source>
        <translation>
            <numerusform>Delete %n budget line</numerusform>
            <numerusform>Delete %n budget lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n exchange rate(s)</source>
        <translation>
            <numerusform>Delete %n exchange rate</numerusform>
            <numerusform>Delete %n exchange rates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::CallText</name>
    <message numerus="yes">
        <source>Delete %n calls</source>
        <translation>
            <numerusform>Delete %n call</numerusform>
            <numerusform>Delete %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::OrganisationText</name>
    <message numerus="yes">
        <source>Delete %n partners</source>
        <translation>
            <numerusform>Delete %n partner</numerusform>
            <numerusform>Delete %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::core::commands::ProposalText</name>
    <message numerus="yes">
        <source>Delete %n proposals</source>
        <translation>
            <numerusform>Delete %n proposal</numerusform>
            <numerusform>Delete %n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetCompareDialog</name>
    <message numerus="yes">
        <source>Lines that differ: %n</source>
        <translation>
            <numerusform>Lines that differ: %n</numerusform>
            <numerusform>Lines that differ: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetSidePanel</name>
    <message numerus="yes">
        <source>Rules (%n broken)</source>
        <translation>
            <numerusform>Rules (%n broken)</numerusform>
            <numerusform>Rules (%n broken)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetTreeModel</name>
    <message numerus="yes">
        <source>Year %1 is not a year of the proposal, which runs %n year(s).</source>
        <translation>
            <numerusform>Year %1 is not a year of the proposal, which runs %n year.</numerusform>
            <numerusform>Year %1 is not a year of the proposal, which runs %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::BudgetsPage</name>
    <message numerus="yes">
        <source>Delete the budget version “%1” with its %n line(s)? Undo brings it back.</source>
        <translation>
            <numerusform>Delete the budget version “%1” with its %n line? Undo brings it back.</numerusform>
            <numerusform>Delete the budget version “%1” with its %n lines? Undo brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n line(s).</source>
        <translation>
            <numerusform>Pasted %n line.</numerusform>
            <numerusform>Pasted %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n budget lines into “%1”.</source>
        <translation>
            <numerusform>Imported %n budget line into “%1”.</numerusform>
            <numerusform>Imported %n budget lines into “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n budget line(s)</source>
        <translation>
            <numerusform>Paste %n budget line</numerusform>
            <numerusform>Paste %n budget lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::CallDetailPanel</name>
    <message numerus="yes">
        <source>at most %n partners</source>
        <translation>
            <numerusform>at most %n partner</numerusform>
            <numerusform>at most %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::CallExportActions</name>
    <message numerus="yes">
        <source>%n calls written to %1.</source>
        <translation>
            <numerusform>%n call written to %1.</numerusform>
            <numerusform>%n calls written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The digest of %n open calls is on the clipboard; paste it into a chat.</source>
        <translation>
            <numerusform>The digest of %n open call is on the clipboard; paste it into a chat.</numerusform>
            <numerusform>The digest of %n open calls is on the clipboard; paste it into a chat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::CallsPage</name>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ExchangeRatesDialog</name>
    <message numerus="yes">
        <source>Import %n exchange rates</source>
        <translation>
            <numerusform>Import %n exchange rate</numerusform>
            <numerusform>Import %n exchange rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rates.</source>
        <translation>
            <numerusform>%n new rate.</numerusform>
            <numerusform>%n new rates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ImportCallsDialog</name>
    <message numerus="yes">
        <source>Import %n calls</source>
        <translation>
            <numerusform>Import %n call</numerusform>
            <numerusform>Import %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems, listed below. Nothing will be added until the file is corrected.</source>
        <translation>
            <numerusform>%1 cannot be imported: %n problem, listed below. Nothing will be added until the file is corrected.</numerusform>
            <numerusform>%1 cannot be imported: %n problems, listed below. Nothing will be added until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) imported. Edit &gt; Undo takes them out again.</source>
        <translation>
            <numerusform>%1: %n record imported. Edit &gt; Undo takes it out again.</numerusform>
            <numerusform>%1: %n records imported. Edit &gt; Undo takes them out again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ImportPartnersDialog</name>
    <message numerus="yes">
        <source>Import %n partners</source>
        <translation>
            <numerusform>Import %n partner</numerusform>
            <numerusform>Import %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ImportProposalsDialog</name>
    <message numerus="yes">
        <source>%1 — %2 (%n partners)</source>
        <translation>
            <numerusform>%1 — %2 (%n partner)</numerusform>
            <numerusform>%1 — %2 (%n partners)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n proposals</source>
        <translation>
            <numerusform>Import %n proposal</numerusform>
            <numerusform>Import %n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::PartnersForCallDialog</name>
    <message numerus="yes">
        <source>%n organisations match the call, best first. Double-click one to open it.</source>
        <translation>
            <numerusform>%n organisation matches the call. Double-click it to open it.</numerusform>
            <numerusform>%n organisations match the call, best first. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::PartnersPage</name>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ProposalEditorDialog</name>
    <message numerus="yes">
        <source>Not yet eligible: %n rules fail.</source>
        <translation>
            <numerusform>Not yet eligible: %n rule fails.</numerusform>
            <numerusform>Not yet eligible: %n rules fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ProposalListModel</name>
    <message numerus="yes">
        <source>%1, %n months</source>
        <translation>
            <numerusform>%1, %n month</numerusform>
            <numerusform>%1, %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkor::ui::ProposalsPage</name>
    <message numerus="yes">
        <source>%n proposals</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
</context>
</TS>
