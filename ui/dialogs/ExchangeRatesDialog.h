// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/Budget.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// The file's exchange rates: dated, with their source, kept exactly as typed. Rates are
// added, changed and deleted here (each an undo step) or imported from CSV.
class ExchangeRatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeRatesDialog(core::Store &store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The form below the table, for tests.
    void fill(const QString &from, const QString &to, const QString &rate, const QDate &date,
              const QString &source);
    bool save();
    QString problem() const;

private:
    void reload();
    void removeSelected();
    void importCsv();
    void editRow(int row);

    core::Store &m_store;
    QList<core::ExchangeRate> m_rates;
    qint64 m_editing = 0; // the rate the form changes, or 0 for a new one
    QTableWidget *m_table = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLineEdit *m_rate = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_source = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ui
} // namespace hamkor
