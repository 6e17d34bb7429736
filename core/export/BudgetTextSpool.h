// SPDX-License-Identifier: GPL-3.0-or-later
// BudgetText's own: only BudgetText.cpp includes it.
#pragma once

#include "core/Result.h"
#include "core/budget/BudgetCalculator.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryFile>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace hamkor {
namespace core {

// The lines of a budget streamed from the file, written heading by heading into a temporary
// file as they are read, so that they can follow their headings' totals, which are known
// only once all are read: a million lines are never held. They are written on a thread of
// their own while the reading thread computes the next ones.
class BudgetTextSpool
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetText)

public:
    // Writes a line's text with write(); called on the spool's thread.
    using Format = std::function<void(const BudgetLine &, const ComputedLine &, int depth)>;
    using Out = std::function<void(QByteArrayView)>;

    BudgetTextSpool() = default;
    ~BudgetTextSpool();
    BudgetTextSpool(const BudgetTextSpool &) = delete;
    BudgetTextSpool &operator=(const BudgetTextSpool &) = delete;

    Status start(Format format);
    // The lines added from now on are under heading.
    void heading(const QString &code);
    void add(const BudgetLine &line, const ComputedLine &computed, int depth);
    // For Format: the text of the lines.
    void write(QByteArrayView bytes);
    // Waits until every line is written.
    Status finish();
    // Hands the lines under code to out.
    Status copy(const QString &code, const Out &out);

private:
    struct Item
    {
        BudgetLine line;
        ComputedLine computed;
        int depth = -1; // -1: a heading starts, line.category
    };
    void run();
    void send();
    Error failed() const;

    QTemporaryFile m_file;
    Format m_format;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Item>> m_queue; // batches waiting, a few at most
    QList<Item> m_batch;             // the reading thread's, not yet sent
    bool m_done = false;
    bool m_written = true;
    bool m_inHeading = false; // the spool thread's, with the two below
    QString m_heading;
    qint64 m_start = 0;
    QHash<QString, std::pair<qint64, qint64>> m_spans; // each heading's lines in the file
};

} // namespace core
} // namespace hamkor
