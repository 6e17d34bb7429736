// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/BudgetMapping.h"

#include "core/budget/BudgetRun.h"

#include <QHash>
#include <QSet>

namespace hamkor {
namespace core {

namespace {

// Where a kind of cost goes in a template without a heading for it: the kind, the broader
// kinds it belongs to, then "other".
QStringList nearest(const QString &kind)
{
    static const QHash<QString, QString> broader{
        {QStringLiteral("fringe"), QStringLiteral("staff")},
        {QStringLiteral("admin_staff"), QStringLiteral("staff")},
        {QStringLiteral("international_staff"), QStringLiteral("staff")},
        {QStringLiteral("per_diems_abroad"), QStringLiteral("per_diems")},
        {QStringLiteral("participants"), QStringLiteral("per_diems")},
        {QStringLiteral("per_diems"), QStringLiteral("travel")},
        {QStringLiteral("local_travel"), QStringLiteral("travel")},
        {QStringLiteral("vehicles"), QStringLiteral("equipment")},
        {QStringLiteral("tools"), QStringLiteral("equipment")},
        {QStringLiteral("spare_parts"), QStringLiteral("equipment")},
        {QStringLiteral("construction"), QStringLiteral("equipment")},
        {QStringLiteral("equipment"), QStringLiteral("supplies")},
        {QStringLiteral("office_supplies"), QStringLiteral("supplies")},
        {QStringLiteral("vehicle_costs"), QStringLiteral("office")},
        {QStringLiteral("utilities"), QStringLiteral("office")},
        {QStringLiteral("office"), QStringLiteral("services")},
        {QStringLiteral("publications"), QStringLiteral("services")},
        {QStringLiteral("studies"), QStringLiteral("services")},
        {QStringLiteral("audit"), QStringLiteral("services")},
        {QStringLiteral("evaluation"), QStringLiteral("services")},
        {QStringLiteral("translation"), QStringLiteral("services")},
        {QStringLiteral("financial"), QStringLiteral("services")},
        {QStringLiteral("events"), QStringLiteral("services")},
        {QStringLiteral("visibility"), QStringLiteral("services")},
        {QStringLiteral("subcontracting"), QStringLiteral("services")},
        {QStringLiteral("internal"), QStringLiteral("services")},
    };
    QStringList chain;
    for (QString k = kind; !k.isEmpty() && !chain.contains(k); k = broader.value(k))
        chain << k;
    if (!chain.contains(QStringLiteral("other")))
        chain << QStringLiteral("other");
    return chain;
}

// Words in the name of a user's heading that tell its kind, in English and Russian; the
// first that the name holds wins.
struct Guess
{
    const char16_t *word;
    const char *kind;
};
constexpr Guess Guesses[] = {
    {u"per diem", "per_diems"},
    {u"суточн", "per_diems"},
    {u"fringe", "fringe"},
    {u"social charge", "fringe"},
    {u"отчислен", "fringe"},
    {u"staff", "staff"},
    {u"salar", "staff"},
    {u"personnel", "staff"},
    {u"expert", "staff"},
    {u"персонал", "staff"},
    {u"заработн", "staff"},
    {u"зарплат", "staff"},
    {u"оплата труда", "staff"},
    {u"эксперт", "staff"},
    {u"travel", "travel"},
    {u"trip", "travel"},
    {u"transport", "travel"},
    {u"командиров", "travel"},
    {u"поезд", "travel"},
    {u"транспорт", "travel"},
    {u"subsistence", "per_diems"},
    {u"equipment", "equipment"},
    {u"оборудован", "equipment"},
    {u"suppl", "supplies"},
    {u"material", "supplies"},
    {u"материал", "supplies"},
    {u"расходн", "supplies"},
    {u"office", "office"},
    {u"rent", "office"},
    {u"офис", "office"},
    {u"аренд", "office"},
    {u"subcontract", "subcontracting"},
    {u"субподряд", "subcontracting"},
    {u"construction", "construction"},
    {u"строител", "construction"},
    {u"training", "events"},
    {u"workshop", "events"},
    {u"seminar", "events"},
    {u"conference", "events"},
    {u"publication", "publications"},
    {u"translat", "translation"},
    {u"study", "studies"},
    {u"studies", "studies"},
    {u"research", "studies"},
    {u"audit", "audit"},
    {u"evaluation", "evaluation"},
    {u"visibility", "visibility"},
    {u"service", "services"},
    {u"обучен", "events"},
    {u"тренинг", "events"},
    {u"семинар", "events"},
    {u"конференц", "events"},
    {u"публикац", "publications"},
    {u"перевод", "translation"},
    {u"исследован", "studies"},
    {u"аудит", "audit"},
    {u"оценк", "evaluation"},
    {u"услуг", "services"},
};

QString named(const QString &code, const QString &name)
{
    return name.isEmpty() || name == code ? code : code + u' ' + name;
}

// A heading's code with its name, or a totals line's (the older EU layout's taxes).
QString headingName(const BudgetTemplate &layout, const QString &code)
{
    if (const BudgetCategory *c = layout.category(code))
        return named(code, c->name());
    for (const BudgetTotalLine &line : layout.totals())
        if (line.code == code)
            return named(code, line.name());
    return code;
}

// The rate of kind (indirect costs, contingency) a budget laid out in target keeps from
// source: what source applied, unless target has no such line or a flat rate, capped at
// target's cap.
std::optional<Decimal> carriedRate(const BudgetTemplate &source, const BudgetTemplate &target,
                                   BudgetTotalLine::Kind kind, const BudgetVersion &version)
{
    const auto lineOf = [kind](const BudgetTemplate &layout) -> const BudgetTotalLine * {
        for (const BudgetTotalLine &line : layout.totals())
            if (line.kind == kind)
                return &line;
        return nullptr;
    };
    const BudgetTotalLine *from = lineOf(source);
    const BudgetTotalLine *to = lineOf(target);
    if (!from || !to || (to->ratePct && to->capPct && *to->ratePct == *to->capPct))
        return std::nullopt;
    Decimal rate = BudgetRun::rateOf(*from, version.indirectPct, version.contingencyPct);
    if (to->capPct && *to->capPct < rate)
        rate = *to->capPct;
    return rate;
}

} // namespace

QString BudgetMapping::kindOf(const BudgetTemplate &layout, const QString &code)
{
    const BudgetCategory *c = layout.category(code);
    if (!c)
        return QStringLiteral("other");
    if (!c->kinds.isEmpty())
        return c->kinds.constFirst();
    const QString name = (c->english + u' ' + c->russian).toLower();
    for (const Guess &guess : Guesses)
        if (name.contains(QStringView(guess.word)))
            return QString::fromLatin1(guess.kind);
    return QStringLiteral("other");
}

QString BudgetMapping::headingFor(const BudgetTemplate &layout, const QString &kind)
{
    // A heading whose own kind it is, else one that also takes it; else the broader kind's.
    for (const QString &wanted : nearest(kind)) {
        for (const BudgetCategory &c : layout.categories())
            if (!c.kinds.isEmpty() && c.kinds.constFirst() == wanted && layout.isLeaf(c.code))
                return c.code;
        for (const BudgetCategory &c : layout.categories())
            if (c.kinds.contains(wanted) && layout.isLeaf(c.code))
                return c.code;
    }
    // A template without kinds: its last heading that takes lines.
    for (auto it = layout.categories().crbegin(); it != layout.categories().crend(); ++it)
        if (layout.isLeaf(it->code))
            return it->code;
    return QString();
}

Result<BudgetMapping::Relaid> BudgetMapping::relayout(const LoadedBudget &budget,
                                                      const QString &templateCode)
{
    if (budget.streamed)
        return Error{tr("The budget was read without its lines; it cannot be laid out again.")};
    const auto target = BudgetTemplate::find(templateCode);
    if (!target)
        return Error{tr("Unknown template “%1”: use one of %2.")
                         .arg(templateCode, BudgetTemplate::codes().join(QStringLiteral(", ")))};
    Relaid out{budget, {}};
    if (templateCode == budget.version.templateCode)
        return out;
    BudgetVersion &version = out.budget.version;
    const BudgetTemplate &source = budget.layout;
    QList<UserCategory> headings; // the generic template's: the source's, as they are
    QHash<QString, int> moveOf;   // "from\nto" → its index in out.moves
    QSet<QString> used;
    for (const BudgetLine &line : version.lines)
        used.insert(line.category);
    if (target->categories().isEmpty()) {
        for (const BudgetCategory &c : source.categories())
            if (used.contains(c.code) && source.isLeaf(c.code))
                headings.append({c.code, c.name()});
        for (const BudgetTotalLine &line : source.totals())
            if (used.contains(line.code))
                headings.append({line.code, line.name()});
    }
    for (BudgetLine &line : version.lines) {
        const QString from = line.category;
        if (!target->categories().isEmpty()) {
            // A heading both templates have (the EU's two layouts) keeps its lines.
            const QString kind = kindOf(source, from);
            const BudgetCategory *same = target->category(from);
            line.category = same && target->isLeaf(from) && same->kinds.contains(kind)
                                ? from
                                : headingFor(*target, kind);
        }
        const QString key = from + u'\n' + line.category;
        auto it = moveOf.find(key);
        if (it == moveOf.end()) {
            it = moveOf.insert(key, int(out.moves.size()));
            out.moves.append({headingName(source, from),
                              target->categories().isEmpty() ? headingName(source, from)
                                                             : headingName(*target, line.category),
                              0});
        }
        ++out.moves[*it].lines;
    }
    version.templateCode = templateCode;
    version.categories = headings;
    // The rates the budget used carry over where the target lets a budget choose, at most
    // its cap; a flat rate (Horizon Europe's 25 %) is the target's. The funding rate is the
    // target's own.
    version.indirectPct =
        carriedRate(source, *target, BudgetTotalLine::Kind::Indirect, budget.version);
    version.contingencyPct =
        carriedRate(source, *target, BudgetTotalLine::Kind::Contingency, budget.version);
    version.fundingRatePct.reset();
    out.budget.layout = *BudgetTemplate::forVersion(templateCode, headings);
    out.budget.relaidFrom = source.name();
    if (Status s = out.budget.recompute(); !s)
        return s.error();
    return out;
}

} // namespace core
} // namespace hamkor
