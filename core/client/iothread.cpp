// SPDX-License-Identifier: MIT
#include "iothread.h"

namespace et::client {

IoThread::IoThread(const QString &name) : m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

IoThread::~IoThread()
{
    finish();
    m_context.reset(); // safe from here: its thread has ended, so no event can reach it any more
}

void IoThread::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context.get(), std::move(job), Qt::QueuedConnection);
}

void IoThread::finish()
{
    if (m_thread.isFinished())
        return;
    // quit() from here would drop the jobs still queued (a cache write, the clean-up); as a job
    // itself it runs after them.
    post([this] { m_thread.quit(); });
    m_thread.wait();
}

} // namespace et::client
