// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>

#include <functional>

namespace hamkor {
namespace ui {

// The rows of a long list read a page at a time, as a view asks for them, keeping the
// pages read most recently: list models show tens of thousands of rows without reading
// them all (SPEC section 6).
template <class Row> class PageCache
{
public:
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 32;
    using Fetch = std::function<core::Result<QList<Row>>(qint64 offset, int limit)>;

    // Row number row, reading its page with fetch when it is not cached; nullptr when
    // the page cannot be read or is shorter than expected.
    const Row *row(int row, const Fetch &fetch) const
    {
        const int page = row / PageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            auto rows = fetch(qint64(page) * PageSize, PageSize);
            if (!rows)
                return nullptr;
            if (m_order.size() >= MaxPages)
                m_pages.remove(m_order.takeFirst());
            it = m_pages.insert(page, std::move(rows).value());
            m_order.append(page);
        }
        const int offset = row % PageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }

    // The row number of the first cached row that matches, or -1.
    int find(const std::function<bool(const Row &)> &matches) const
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            for (int i = 0; i < it->size(); ++i)
                if (matches(it->at(i)))
                    return it.key() * PageSize + i;
        return -1;
    }

    void clear()
    {
        m_pages.clear();
        m_order.clear();
    }
    int pages() const { return int(m_pages.size()); }

private:
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_order; // least recently read first
};

} // namespace ui
} // namespace hamkor
