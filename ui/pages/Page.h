// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// One area of the main window (Dashboard, Calls, Partners, Proposals). It is given the
// open file's store, or nullptr when the file closes, and shows what the store holds.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void setStore(core::Store *store) = 0;
};

} // namespace ui
} // namespace hamkor
