#pragma once

#include <QString>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <thread>

// The listener of `--serve shared`: one loopback port for a whole fleet, each node at its own path.
// Also a single node's listener when its page is partly written by hand (the ledger service), which
// prometheus-cpp's exposer cannot serve.
// civetweb (prometheus-cpp's exposer) costs two threads per port, which caps the per-node mode at a
// few hundred nodes; this is one epoll thread for any number of nodes. It speaks just enough
// HTTP/1.1 for Prometheus' scraper: GET/HEAD, keep-alive (Prometheus reuses connections, so a
// connection per scrape would be the expensive path), bounded requests, idle connections reaped.
// Linux only, like the rest of the test stack.
class MetricsHttpServer {
public:
    struct Reply {
        int status = 200;
        std::string body;
    };
    // Runs on the server thread, one request at a time; it must be safe against the fleet's tick.
    using Handler = std::function<Reply(std::string_view path)>;

    static constexpr std::size_t kMaxRequestBytes = 8 * 1024;
    // Prometheus keeps ~100 connections open to 10,002 targets; only a stalled Prometheus opens
    // thousands (its scrapes then time out anyway). Stays below the usual fd limit of 20,000.
    static constexpr std::size_t kMaxConnections = 8192;
    static constexpr int kIdleTimeoutMs = 120000;

    explicit MetricsHttpServer(Handler handler);
    ~MetricsHttpServer();
    MetricsHttpServer(const MetricsHttpServer &) = delete;
    MetricsHttpServer &operator=(const MetricsHttpServer &) = delete;

    // Binds 127.0.0.1:port (0: ephemeral) and starts the serving thread.
    bool listen(int port, QString *error);
    int port() const { return m_port; }

private:
    struct Connection;

    void run();
    void closeFds();

    Handler m_handler;
    int m_listenFd = -1;
    int m_epollFd = -1;
    int m_wakeFd = -1; // eventfd: the destructor's way to stop epoll_wait at once
    int m_port = 0;
    std::thread m_thread;
};
