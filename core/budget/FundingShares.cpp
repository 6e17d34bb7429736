// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/budget/FundingShares.h"

#include "core/domain/ExactMath.h"

#include <algorithm>

namespace hamkor {
namespace core {

Status FundingShares::set(BudgetLine &line, Share share, const Decimal &pct)
{
    if (pct.isNegative() || pct > Decimal::fromInteger(100))
        return Error{tr("A share of a line must be from 0 to 100 %.")};
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

} // namespace core
} // namespace hamkor
