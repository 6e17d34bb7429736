// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/FundingShares.h"

#include "core/domain/ExactMath.h"
#include "core/domain/MoneyFormat.h"

#include <algorithm>

namespace hamkor {
namespace core {

Status FundingShares::set(BudgetLine &line, Share share, const Decimal &pct)
{
    if (pct.isNegative() || pct > Decimal::fromInteger(100))
        return Error{tr("A share of a line must be from 0 to 100 %.")};
    if (line.sharesAsAmounts) {
        line.sharesAsAmounts = false;
        line.donorMinor = line.otherMinor = line.inKindMinor = 0;
        line.donorPct = line.otherPct = line.inKindPct = Decimal();
    }
    Decimal donor = line.donorPct, other = line.otherPct, inKind = line.inKindPct;
    (share == Share::Donor ? donor : share == Share::OtherDonors ? other : inKind) = pct;
    const int scale = std::max({donor.scale(), other.scale(), inKind.scale()});
    const auto units = [scale](const Decimal &d) {
        return d.units() * qint64(exact::pow10(scale - d.scale()));
    };
    const qint64 own =
        100 * qint64(exact::pow10(scale)) - units(donor) - units(other) - units(inKind);
    if (own < 0)
        return Error{tr("The donor's, other donors' and in-kind shares would exceed 100 %.")};
    line.donorPct = donor;
    line.otherPct = other;
    line.inKindPct = inKind;
    line.ownPct = Decimal::fromParts(own, scale)->normalized();
    return {};
}

Status FundingShares::setAmount(BudgetLine &line, Share share, qint64 minor)
{
    if (minor < 0)
        return Error{tr("A share of a line cannot be negative.")};
    const auto currency = Currency::fromCode(line.currency);
    if (!currency)
        return Error{tr("The line's currency %1 is not known.").arg(line.currency)};
    const auto amount = Money(line.unitCostMinor, *currency).times(line.quantity);
    if (!amount)
        return amount.error();
    BudgetLine changed = line;
    if (!changed.sharesAsAmounts) {
        changed.sharesAsAmounts = true;
        changed.donorMinor = changed.otherMinor = changed.inKindMinor = 0;
        changed.donorPct = changed.ownPct = changed.otherPct = changed.inKindPct = Decimal();
    }
    (share == Share::Donor         ? changed.donorMinor
     : share == Share::OtherDonors ? changed.otherMinor
                                   : changed.inKindMinor) = minor;
    const qint64 given = changed.donorMinor + changed.otherMinor + changed.inKindMinor;
    if (given > amount->minorUnits())
        return Error{tr("The donor's, other donors' and in-kind amounts (%1) would exceed the "
                        "line's %2.")
                         .arg(MoneyFormat::formatWithCode(Money(given, *currency),
                                                          MoneyFormat::displayStyle()),
                              MoneyFormat::formatWithCode(*amount, MoneyFormat::displayStyle()))};
    line = changed;
    return {};
}

} // namespace core
} // namespace hamkor
