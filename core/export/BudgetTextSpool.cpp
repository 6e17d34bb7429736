// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetTextSpool.h"

#include <algorithm>

namespace hamkor {
namespace core {

namespace {
// Lines go to the spool's thread in batches of BatchSize, MaxBatches at most waiting: the
// memory a run takes does not grow with the budget.
constexpr qsizetype BatchSize = 2048;
constexpr size_t MaxBatches = 4;
} // namespace

BudgetTextSpool::~BudgetTextSpool()
{
    if (m_thread.joinable())
        static_cast<void>(finish());
}

Status BudgetTextSpool::start(Format format)
{
    if (!m_file.open())
        return failed();
    m_format = std::move(format);
    m_batch.reserve(BatchSize);
    m_thread = std::thread([this] { run(); });
    return {};
}

void BudgetTextSpool::heading(const QString &code)
{
    Item item;
    item.line.category = code;
    m_batch.append(std::move(item));
}

void BudgetTextSpool::add(const BudgetLine &line, const ComputedLine &computed, int depth)
{
    m_batch.append({line, computed, depth});
    if (m_batch.size() >= BatchSize)
        send();
}

void BudgetTextSpool::send()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < MaxBatches; });
    m_queue.push_back(std::exchange(m_batch, {}));
    m_batch.reserve(BatchSize);
    m_changed.notify_all();
}

void BudgetTextSpool::run()
{
    for (;;) {
        QList<Item> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        for (const Item &item : std::as_const(batch)) {
            if (item.depth >= 0) {
                m_format(item.line, item.computed, item.depth);
                continue;
            }
            if (m_inHeading)
                m_spans.insert(m_heading, {m_start, m_file.pos()});
            m_inHeading = true;
            m_heading = item.line.category;
            m_start = m_file.pos();
        }
    }
    if (m_inHeading)
        m_spans.insert(m_heading, {m_start, m_file.pos()});
}

void BudgetTextSpool::write(QByteArrayView bytes)
{
    m_written = m_written && m_file.write(bytes.data(), bytes.size()) == bytes.size();
}

Status BudgetTextSpool::finish()
{
    if (!m_batch.isEmpty())
        send();
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (!m_written || !m_file.flush())
        return failed();
    return {};
}

Status BudgetTextSpool::copy(const QString &code, const Out &out)
{
    const auto span = m_spans.constFind(code);
    if (span == m_spans.cend())
        return {};
    if (!m_file.seek(span->first))
        return failed();
    for (qint64 left = span->second - span->first; left > 0;) {
        const QByteArray chunk = m_file.read(std::min<qint64>(left, 1024 * 1024));
        if (chunk.isEmpty())
            return failed();
        out(chunk);
        left -= chunk.size();
    }
    return {};
}

Error BudgetTextSpool::failed() const
{
    return Error{tr("The budget could not be written: %1.").arg(m_file.errorString())};
}

} // namespace core
} // namespace hamkor
