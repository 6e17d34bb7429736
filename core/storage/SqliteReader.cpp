// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteReader.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace hamkor {
namespace core {

std::unique_ptr<SqliteReader> SqliteReader::open(const QSqlDatabase &db, const QString &sql,
                                                 Pages pages)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (!connection || sqlite3_prepare_v2(connection, text.constData(), int(text.size()),
                                          &statement, nullptr) != SQLITE_OK)
        return nullptr;
    auto reader = std::unique_ptr<SqliteReader>(new SqliteReader(statement));
    if (pages == Pages::Mapped) {
        // Pages mapped instead of copied by read() while the rows are read (a large
        // budget's lines are most of a file); set back when the reader goes.
        sqlite3_exec(connection, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
        reader->m_connection = connection;
    }
    return reader;
}

SqliteReader::~SqliteReader()
{
    sqlite3_finalize(m_statement);
    if (m_connection)
        sqlite3_exec(m_connection, "PRAGMA mmap_size = 0", nullptr, nullptr, nullptr);
}

bool SqliteReader::bind(int index, qint64 value)
{
    return sqlite3_bind_int64(m_statement, index, value) == SQLITE_OK;
}

bool SqliteReader::bind(int index, const QString &value)
{
    const QByteArray text = value.toUtf8();
    return sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()),
                             SQLITE_TRANSIENT) == SQLITE_OK;
}

bool SqliteReader::bindNull(int index)
{
    return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
}

bool SqliteReader::bind(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const bool bound =
            value.isNull() ? sqlite3_bind_null(m_statement, i + 1) == SQLITE_OK
            : value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int
                ? bind(i + 1, value.toLongLong())
                : bind(i + 1, value.toString());
        if (!bound)
            return false;
    }
    return true;
}

void SqliteReader::reset()
{
    sqlite3_reset(m_statement);
    m_last = 0;
}

bool SqliteReader::next()
{
    m_last = sqlite3_step(m_statement);
    return m_last == SQLITE_ROW;
}

Status SqliteReader::error() const
{
    if (m_last == SQLITE_ROW || m_last == SQLITE_DONE || m_last == 0)
        return {};
    return Error{
        QCoreApplication::translate("hamkor::core::Sql", "The database reported an error: %1")
            .arg(QString::fromUtf8(sqlite3_errstr(m_last)))};
}

qint64 SqliteReader::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteReader::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

} // namespace core
} // namespace hamkor
