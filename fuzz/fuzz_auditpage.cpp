// SPDX-License-Identifier: MIT
// The audit trail's codecs on arbitrary bytes: what the administrator's console reads from
// `GET /audit` (AuditPage, and each AuditEntry in it) and `GET /audit/verify`
// (AuditVerification). The same bytes go to all three.
#include "fuzzsupport.h"

#include "domain/auditentry.h"
#include "domain/useraccount.h"

#include <QJsonArray>

#include <algorithm>

using namespace et::domain;

namespace {

QJsonObject pageJson(const AuditPage &page)
{
    QJsonArray items;
    for (const AuditEntry &e : page.items)
        items.append(e.toJson());
    return {{QStringLiteral("items"), items}, {QStringLiteral("next"), double(page.next)}};
}

bool isHashText(const QString &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

// What every accepted entry must be, and that its place in the chain survives the wire: the hash
// a client would check is the same before and after a round trip.
void checkEntry(const AuditEntry &e)
{
    FUZZ_CHECK(e.seq >= 1, QString::number(e.seq));
    FUZZ_CHECK(e.at.isValid() && e.at.toUTC().date().year() >= 1 && e.at.toUTC().date().year() <= 9999, toIsoUtc(e.at));
    FUZZ_CHECK(e.role.isEmpty() || userRoleFromString(e.role), e.role);
    FUZZ_CHECK(e.status >= 100 && e.status <= 599, QString::number(e.status));
    FUZZ_CHECK(!e.method.isEmpty() && !e.path.isEmpty() && !e.requestId.isEmpty(), QStringLiteral("an empty method, path or request id"));
    FUZZ_CHECK(isHashText(e.hash) && isHashText(e.prevHash), e.hash + u' ' + e.prevHash);
    for (const QString &text : {e.email, e.path, e.requestId, e.result})
        FUZZ_CHECK(text.size() <= 2048, QString::number(text.size()));
    const AuditEntry again = et::fuzz::checkWireRoundTrip(e, AuditEntry::fromJson);
    FUZZ_CHECK(again.chainHash() == e.chainHash(), toIsoUtc(e.at));
    FUZZ_CHECK(isHashText(e.chainHash()), e.chainHash());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = et::fuzz::parseObject(data, size);
    if (!input)
        return 0;

    if (const auto entry = et::fuzz::decodeAndRoundTrip(data, size, AuditEntry::fromJson)) {
        checkEntry(*entry);
        FUZZ_CHECK(input->value(QStringLiteral("path")).toString() == entry->path, QStringLiteral("the path changed"));
        FUZZ_CHECK(input->value(QStringLiteral("hash")).toString() == entry->hash, QStringLiteral("the hash changed"));
        et::fuzz::checkKeptNumber(*input, QStringLiteral("seq"), double(entry->seq));
    }

    if (const auto page = AuditPage::fromJson(*input); page.ok()) {
        // Paging relies on these: otherwise the console would skip or repeat entries.
        for (qsizetype i = 0; i < page.value().items.size(); ++i) {
            checkEntry(page.value().items.at(i));
            if (i > 0)
                FUZZ_CHECK(page.value().items.at(i).seq > page.value().items.at(i - 1).seq, QString::number(i));
        }
        if (!page.value().items.isEmpty())
            FUZZ_CHECK(page.value().items.constLast().seq == page.value().next, QString::number(page.value().next));
        FUZZ_CHECK(page.value().next >= 0, QString::number(page.value().next));
        et::fuzz::checkKeptNumber(*input, QStringLiteral("next"), double(page.value().next));
        const AuditPage again = et::fuzz::checkWireRoundTrip(page.value(), pageJson, AuditPage::fromJson);
        FUZZ_CHECK(again.items.size() == page.value().items.size(), QStringLiteral("entries were dropped"));
    } else {
        FUZZ_CHECK(!page.error().toString().isEmpty(), QStringLiteral("a refusal without a reason"));
    }

    if (const auto verdict = et::fuzz::decodeAndRoundTrip(data, size, AuditVerification::fromJson)) {
        FUZZ_CHECK(verdict->entries >= 0, QString::number(verdict->entries));
        if (verdict->ok)
            FUZZ_CHECK(verdict->firstBadSeq == 0 && verdict->reason.isEmpty(), verdict->reason);
        else
            FUZZ_CHECK(verdict->firstBadSeq >= 1 && !verdict->reason.isEmpty(), QString::number(verdict->firstBadSeq));
        FUZZ_CHECK(input->value(QStringLiteral("ok")).toBool() == verdict->ok, QStringLiteral("ok changed"));
    }
    return 0;
}
