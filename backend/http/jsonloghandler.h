// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace et::backend {

/// Turns every qDebug/qInfo/qWarning into one JSON object per line on stderr
/// ({"time","level","category","message","request_id"}), so logs can be shipped and queried
/// without parsing prose. The request id is the one of the HTTP request being handled, if any.
class JsonLogHandler
{
public:
    static void install();

    /// Marks log lines written while it lives with `requestId` (the handler runs on one thread).
    class RequestScope
    {
    public:
        explicit RequestScope(const QString &requestId);
        ~RequestScope();
        RequestScope(const RequestScope &) = delete;
        RequestScope &operator=(const RequestScope &) = delete;

    private:
        QString m_previous;
    };
};

} // namespace et::backend
