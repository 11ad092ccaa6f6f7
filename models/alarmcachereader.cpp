// SPDX-License-Identifier: MIT
#include "alarmcachereader.h"

#include "client/store.h"
#include "modelslogging.h"

namespace et::models {

class AlarmCacheReader::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    QList<domain::alarm::Alarm> read()
    {
        if (!m_store) {
            auto store = std::make_unique<client::Store>();
            if (auto opened = store->open(m_path, client::Store::Access::Reader); !opened.ok()) {
                qCWarning(lcModels).noquote() << "the alarms cannot be read:" << opened.error().toString();
                return {};
            }
            m_store = std::move(store);
        }
        return m_store->alarms();
    }

private:
    QString m_path;
    std::unique_ptr<client::Store> m_store;
};

AlarmCacheReader::AlarmCacheReader(const QString &cachePath, std::function<void(QList<domain::alarm::Alarm>)> done, QObject *parent)
    : QObject(parent), m_done(std::move(done))
{
    m_thread.setObjectName(QStringLiteral("et-alarm-reader"));
    m_worker = new Worker(cachePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

AlarmCacheReader::~AlarmCacheReader()
{
    // A read under way finishes first; its answer, addressed to this object, is dropped.
    m_thread.quit();
    m_thread.wait();
}

void AlarmCacheReader::request()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    start();
}

void AlarmCacheReader::start()
{
    m_reading = true;
    m_again = false;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, reader = this] {
        QList<domain::alarm::Alarm> alarms = worker->read();
        QMetaObject::invokeMethod(reader, [reader, alarms = std::move(alarms)]() mutable { reader->finished(std::move(alarms)); },
                                  Qt::QueuedConnection);
    });
}

void AlarmCacheReader::finished(QList<domain::alarm::Alarm> alarms)
{
    m_reading = false;
    // Shown even when the cache changed meanwhile (a flood never waits for a quiet moment); the
    // next read follows at once.
    m_done(std::move(alarms));
    if (m_again)
        start();
}

} // namespace et::models
