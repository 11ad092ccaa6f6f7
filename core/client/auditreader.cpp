// SPDX-License-Identifier: MIT
#include "auditreader.h"

#include "clientlogging.h"
#include "domain/errorcode.h"
#include "restclient.h"

#include <QCoreApplication>
#include <QTimer>

namespace et::client {

AuditReader::AuditReader(RestClient *rest, int maxEntries, QObject *parent)
    : QObject(parent), m_rest(rest), m_maxEntries(std::max(1, maxEntries))
{
}

void AuditReader::read(Callback done)
{
    m_waiting.append(std::move(done));
    if (m_waiting.size() > 1)
        return;
    if (!m_rest) {
        // Answered from the event loop, like every other answer.
        QTimer::singleShot(0, this, [this] {
            finish(domain::Error{{}, tr("the audit trail cannot be read without a server connection"), domain::errorcode::offline});
        });
        return;
    }
    m_trail = {};
    m_rest->verifyAudit(this, [this](domain::Result<domain::AuditVerification> verified) {
        if (!verified.ok()) {
            finish(verified.error());
            return;
        }
        m_trail.verification = verified.value();
        // Entries are numbered 1, 2, 3… (verify reports a gap), so an intact chain of N entries
        // has its newest M after seq N - M: usually one page instead of the whole trail.
        const qint64 after = m_trail.verification.ok ? std::max<qint64>(0, m_trail.verification.entries - m_maxEntries) : 0;
        fetchFrom(after, 0);
    });
}

void AuditReader::fetchFrom(qint64 after, int pages)
{
    if (!m_rest) {
        finish(domain::Error{{}, tr("the audit trail cannot be read without a server connection"), domain::errorcode::offline});
        return;
    }
    m_rest->fetchAuditPage(after, m_pageSize, this, [this, after, pages](domain::Result<domain::AuditPage> page) {
        if (!page.ok()) {
            finish(page.error());
            return;
        }
        const auto &items = page.value().items;
        m_trail.entries.append(items);
        if (m_trail.entries.size() > m_maxEntries)
            m_trail.entries.remove(0, m_trail.entries.size() - m_maxEntries);
        const bool last = items.size() < m_pageSize || page.value().next <= after;
        if (last) {
            finish(m_trail);
            return;
        }
        if (pages + 1 >= kMaxPages) {
            qCWarning(lcClientRest) << "audit trail: stopped after" << kMaxPages << "pages at seq" << page.value().next;
            m_trail.complete = false;
            finish(m_trail);
            return;
        }
        fetchFrom(page.value().next, pages + 1);
    });
}

void AuditReader::finish(domain::Result<AuditTrail> result)
{
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &done : waiting)
        done(result);
}

} // namespace et::client
