#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>
#include <utility>

namespace slaops::engine {

// DESIGN.md §3's way to do CPU work: `work` runs on `pool` over what it captured (copies, never `this`)
// and returns a value; `deliver` gets that value on `receiver`'s thread, queued. Safe as long as the
// pool's owner waits for it before `receiver` dies: an event posted to a destroyed object is dropped.
template <typename Work, typename Deliver>
void runOffThread(QThreadPool &pool, QObject *receiver, Work work, Deliver deliver)
{
    pool.start([receiver, work = std::move(work), deliver = std::move(deliver)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            receiver,
            [deliver = std::move(deliver), result = std::move(result)]() mutable {
                deliver(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace slaops::engine
