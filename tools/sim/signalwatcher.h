#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

// Turns SIGTERM/SIGINT into a Qt signal through a self-pipe, because nothing but write(2) is safe
// inside a signal handler and the shutdown (stopping exposers, removing files) needs the event loop.
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool install(QString *error);

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handler(int signalNumber);
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};
