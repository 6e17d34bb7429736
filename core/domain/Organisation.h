// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hamkor {
namespace core {

// A person at a partner organisation.
struct Contact
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString position;
    QString email;
    QString phone;
    QString whatsapp;
    QString telegram; // a handle (@name) or a number
    QString notes;

    friend bool operator==(const Contact &, const Contact &) = default;
};

// Something the organisation did with us: board membership, a consultation, expert work,
// a service sub-contract, an event (codes of reference::engagementKinds()).
struct Engagement
{
    qint64 id = 0;
    QString uuid;
    QString kind;
    QDate started;
    QDate ended; // invalid while it goes on, or for a one-day event
    QString title;
    QString note;

    friend bool operator==(const Engagement &, const Engagement &) = default;
};

// A partner organisation (SPEC section 2), as a plain value with its contacts and its
// engagement history.
struct Organisation
{
    qint64 id = 0;
    QString uuid;
    QString name;      // in its own script: Cyrillic, Latin or Arabic
    QString nameLatin; // in Latin letters
    QString acronym;
    QString type;    // code of reference::organisationTypes()
    QString country; // ISO 3166-1 alpha-2
    QString city;
    QString registrationNumber;
    QString website;
    QString email;
    QString phone;
    QString pic; // the EU participant identification code, when it has one
    std::optional<int> staff;
    std::optional<qint64> annualTurnoverMinor;
    QString turnoverCurrency;
    std::optional<int> grantsManaged;
    bool auditedAccounts = false;
    QString notes;
    QStringList themes;   // codes of reference::themes()
    QStringList networks; // names of the networks it belongs to
    QList<Contact> contacts;
    QList<Engagement> engagements;
    QString createdAt;
    QString modifiedAt;

    // The name to show in lists: the own-script name, with the Latin one when it differs.
    QString displayName() const
    {
        return nameLatin.isEmpty() || nameLatin == name
                   ? name
                   : name + QStringLiteral(" (") + nameLatin + u')';
    }

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

} // namespace core
} // namespace hamkor
