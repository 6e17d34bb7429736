// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Store.h"
#include "core/commands/BudgetCommands.h"
#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"
#include "ui/models/BudgetTreeNode.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QPalette>

namespace hamkor {
namespace ui {

using core::BudgetLine;
using core::MoneyFormat;

BudgetTreeModel::BudgetTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{}

BudgetTreeModel::~BudgetTreeModel() = default;

bool BudgetTreeModel::isNumeric(int column)
{
    return column == Year || column == Quantity || column == UnitCost || column == Rate ||
           column == Amount || column == DonorPct || column == OtherPct || column == InKindPct;
}

void BudgetTreeModel::setStore(core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_versionId = 0;
    if (m_store)
        connect(m_store, &core::Store::tableChanged, this, [this](const QString &table) {
            if (m_ownEdit || !m_versionId)
                return;
            if (table.startsWith(u"budget_") || table == u"exchange_rates" ||
                table == u"proposals" || table == u"organisations" || table == u"calls")
                reload();
        });
    reload();
}

core::Status BudgetTreeModel::setVersion(qint64 versionId)
{
    m_versionId = versionId;
    reload();
    if (versionId && !m_budget)
        return core::Error{tr("The budget version could not be read.")};
    return {};
}

qint64 BudgetTreeModel::versionId() const
{
    return m_budget ? m_versionId : 0;
}

const core::LoadedBudget *BudgetTreeModel::budget() const
{
    return m_budget ? &*m_budget : nullptr;
}

bool BudgetTreeModel::isEditable() const
{
    return m_store && !m_store->isReadOnly() && m_budget && !m_budget->version.isLocked();
}

void BudgetTreeModel::reload()
{
    beginResetModel();
    m_budget.reset();
    if (m_store && m_versionId) {
        auto loaded = core::loadBudget(m_store->database().connection(), m_versionId);
        if (loaded)
            m_budget = std::move(*loaded);
        else
            m_versionId = 0; // deleted (an undo) or unreadable: show nothing
    }
    rebuild();
    endResetModel();
    Q_EMIT recomputed();
}

void BudgetTreeModel::rebuild()
{
    m_nodes.clear();
    m_root = std::make_unique<Node>();
    if (!m_budget)
        return;
    const auto make = [this](Node::Kind kind, const QString &code, Node *parent) {
        m_nodes.push_back(std::make_unique<Node>());
        Node *node = m_nodes.back().get();
        node->kind = kind;
        node->code = code;
        node->parent = parent;
        node->depth = parent == m_root.get() ? 0 : parent->depth + 1;
        return node;
    };
    QHash<QString, Node *> headings;
    QList<Node *> top;
    for (const core::BudgetCategory &category : m_budget->layout.categories()) {
        Node *parent = headings.value(category.parent, m_root.get());
        Node *node = make(Node::Kind::Heading, category.code, parent);
        headings.insert(category.code, node);
        if (parent == m_root.get())
            top << node;
        else
            parent->children << node;
    }
    QList<Node *> totals;
    for (const core::BudgetTotalLine &total : m_budget->layout.totals()) {
        Node *node = make(Node::Kind::Total, total.code, m_root.get());
        headings.insert(total.code, node); // taxes are entered as lines under their total
        totals << node;
    }
    Node *unfiled = nullptr;
    const QList<BudgetLine> &lines = m_budget->version.lines;
    for (int i = 0; i < lines.size(); ++i) {
        Node *parent = headings.value(lines.at(i).category);
        if (!parent) {
            if (!unfiled)
                unfiled = make(Node::Kind::Unfiled, QString(), m_root.get());
            parent = unfiled;
        }
        Node *node = make(Node::Kind::Line, lines.at(i).category, parent);
        node->line = i;
        parent->children << node;
    }
    m_root->children = top;
    if (unfiled)
        m_root->children << unfiled;
    m_root->children += totals;
    for (const auto &node : m_nodes)
        for (int r = 0; r < node->children.size(); ++r)
            node->children.at(r)->row = r;
    for (int r = 0; r < m_root->children.size(); ++r)
        m_root->children.at(r)->row = r;
}

BudgetTreeModel::Node *BudgetTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex BudgetTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex BudgetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return indexOf(nodeOf(parent)->children.at(row), column);
}

QModelIndex BudgetTreeModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return indexOf(nodeOf(index)->parent, 0);
}

int BudgetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int BudgetTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex BudgetTreeModel::indexOfLine(qint64 lineId) const
{
    for (const auto &node : m_nodes)
        if (node->kind == Node::Kind::Line && m_budget->version.lines.at(node->line).id == lineId)
            return indexOf(node.get(), 0);
    return {};
}

qint64 BudgetTreeModel::lineId(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeOf(index) : nullptr;
    if (!node || node->kind != Node::Kind::Line)
        return 0;
    return m_budget->version.lines.at(node->line).id;
}

QString BudgetTreeModel::headingAt(const QModelIndex &index) const
{
    if (!m_budget)
        return QString();
    const Node *node = index.isValid() ? nodeOf(index) : nullptr;
    if (node && node->kind == Node::Kind::Line)
        node = node->parent;
    if (node && node->kind != Node::Kind::Unfiled && m_budget->layout.takesLines(node->code))
        return node->code;
    for (const core::BudgetCategory &category : m_budget->layout.categories())
        if (m_budget->layout.isLeaf(category.code) &&
            (!node || node->kind != Node::Kind::Heading ||
             m_budget->layout.ancestry(category.code).contains(node->code)))
            return category.code;
    return QString();
}

QVariant BudgetTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = index.isValid() ? nodeOf(index) : nullptr;
    if (!node || !m_budget)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && isNumeric(column))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (node->kind == Node::Kind::Line)
        return lineData(*node, column, role);
    if (role == Qt::FontRole && (node->kind == Node::Kind::Total || node->depth == 0)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && column == Item)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    const auto currency = core::Currency::fromCode(m_budget->version.currency);
    const auto amount = [&](qint64 minor) -> QVariant {
        if (!currency)
            return QString::number(minor);
        return MoneyFormat::format(core::Money(minor, *currency), MoneyFormat::displayStyle());
    };
    switch (node->kind) {
    case Node::Kind::Heading:
        if (column == Item)
            if (const core::BudgetCategory *c = m_budget->layout.category(node->code))
                return c->code + u' ' + c->name();
        if (column == Amount)
            return amount(m_budget->result.byCategory.value(node->code));
        return {};
    case Node::Kind::Total:
        if (column == Item)
            for (const core::BudgetTotalLine &total : m_budget->layout.totals())
                if (total.code == node->code)
                    return total.code + u' ' + total.name();
        if (column == Amount)
            return amount(m_budget->result.total(node->code));
        return {};
    case Node::Kind::Unfiled:
        if (column == Item)
            return tr("Lines under no heading of the template");
        return {};
    case Node::Kind::Line:
        break;
    }
    return {};
}

bool BudgetTreeModel::setCells(const QModelIndexList &cells, const QVariantList &values,
                               const QString &actionText)
{
    if (!isEditable() || cells.size() != values.size())
        return false;
    QList<core::BudgetLine> after;
    QList<const Node *> nodes;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Node *node = cells.at(i).isValid() ? nodeOf(cells.at(i)) : nullptr;
        if (!node || node->kind != Node::Kind::Line || nodes.contains(node))
            continue;
        const auto line =
            edited(m_budget->version.lines.at(node->line), cells.at(i).column(), values.at(i));
        if (!line) {
            Q_EMIT errorOccurred(line.message());
            return false;
        }
        after << *line;
        nodes << node;
    }
    if (after.isEmpty())
        return false;
    m_ownEdit = true;
    // One cell typed (setData) is named after its line; a fill or a clear after what it did.
    const core::Status saved = actionText.isEmpty() && after.size() == 1
                                   ? core::commands::editBudgetLine(*m_store, after.constFirst())
                                   : core::commands::editBudgetLines(*m_store, after, actionText);
    m_ownEdit = false;
    if (!saved) {
        Q_EMIT errorOccurred(saved.message());
        return false;
    }
    bool moved = false;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        core::BudgetLine &line = m_budget->version.lines[nodes.at(i)->line];
        moved = moved || line.category != after.at(i).category;
        line = after.at(i);
    }
    if (const core::Status s = m_budget->recompute(); !s) {
        Q_EMIT errorOccurred(s.message());
        reload();
        return true;
    }
    if (moved) {
        beginResetModel();
        rebuild();
        endResetModel();
    } else {
        for (const Node *node : std::as_const(nodes))
            amountsChanged(node);
    }
    Q_EMIT recomputed();
    return true;
}

Qt::ItemFlags BudgetTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *node = nodeOf(index);
    if (node->kind == Node::Kind::Line && isEditable() && index.column() != Rate &&
        index.column() != Amount)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant BudgetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Heading / line");
    case Heading:
        return tr("Code");
    case Partner:
        return tr("Partner");
    case Unit:
        return tr("Unit");
    case Quantity:
        return tr("# units");
    case UnitCost:
        return tr("Unit rate");
    case Currency:
        return tr("Currency");
    case Year:
        return tr("Year");
    case DonorPct:
        return tr("Donor");
    case OtherPct:
        return tr("Other donors");
    case InKindPct:
        return tr("In kind");
    case Rate:
        return tr("Exchange rate");
    case Amount:
        return m_budget ? tr("Cost (%1)").arg(m_budget->version.currency) : tr("Cost");
    }
    return {};
}

} // namespace ui
} // namespace hamkor
