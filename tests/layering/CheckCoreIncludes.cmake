# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under core/ includes a Qt Widgets header: core is the library that
# the command line and a future server use without a display.
file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
set(widget_headers QtWidgets QWidget QApplication QMainWindow QDialog QMessageBox QAbstractItemView
    QTableView QTreeView QLabel QLineEdit QPushButton QFileDialog QStyledItemDelegate)
set(offenders "")
foreach(file IN LISTS core_files)
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        foreach(header IN LISTS widget_headers)
            if(line MATCHES "[<\"/]${header}[>\"./]")
                list(APPEND offenders "${file}: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(offenders)
    list(JOIN offenders "\n" text)
    message(FATAL_ERROR "core/ must not include Qt Widgets:\n${text}")
endif()
list(LENGTH core_files count)
message(STATUS "${count} files under core/ checked; none includes Qt Widgets")
