// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace et::client {

/// Follows the change-log cursor of live events. Cursors are consecutive across every channel,
/// so each event is either already known (a delta brought it, or it came twice), the next one,
/// or past a hole — a change this client never saw, which only a delta fetch can fill.
class CursorSequence
{
public:
    enum class Verdict { AlreadyApplied, Next, Gap };

    void reset(qint64 known) { m_known = known; }
    qint64 known() const { return m_known; }

    /// Classifies `cursor`; a Next also advances the known cursor to it.
    Verdict accept(qint64 cursor)
    {
        if (cursor <= m_known)
            return Verdict::AlreadyApplied;
        if (cursor > m_known + 1)
            return Verdict::Gap;
        m_known = cursor;
        return Verdict::Next;
    }

private:
    qint64 m_known = 0;
};

} // namespace et::client
