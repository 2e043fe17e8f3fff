#include "metricshttpserver.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <netinet/in.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <unordered_map>
#include <utility>
#include <vector>

struct MetricsHttpServer::Connection {
    int fd = -1;
    std::string in;
    std::string out;
    std::size_t outOffset = 0;
    bool closeAfterWrite = false;
    std::uint32_t events = 0; // what epoll watches for now
    std::chrono::steady_clock::time_point lastActive;
};

namespace {

using Clock = std::chrono::steady_clock;

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

void appendResponse(std::string &out, int status, std::string_view body, bool headOnly, bool close)
{
    out += "HTTP/1.1 ";
    out += std::to_string(status);
    out += ' ';
    out += reasonPhrase(status);
    // The exposition format version Prometheus expects from a text page.
    out += status == 200 ? "\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8"
                         : "\r\nContent-Type: text/plain; charset=utf-8";
    out += "\r\nContent-Length: ";
    out += std::to_string(body.size());
    out += close ? "\r\nConnection: close\r\n\r\n" : "\r\n\r\n";
    if (!headOnly)
        out += body;
}

QString errnoText(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1StringView(what),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

MetricsHttpServer::MetricsHttpServer(Handler handler)
    : m_handler(std::move(handler))
{
}

MetricsHttpServer::~MetricsHttpServer()
{
    if (m_thread.joinable()) {
        const std::uint64_t one = 1;
        // A failed write would leave the thread in epoll_wait; the 1 s timeout there is the backstop.
        [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
        m_thread.join();
    }
    closeFds();
}

void MetricsHttpServer::closeFds()
{
    for (int *fd : {&m_listenFd, &m_epollFd, &m_wakeFd}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

bool MetricsHttpServer::listen(int port, QString *error)
{
    auto failed = [&](const char *what) {
        if (error)
            *error = QStringLiteral("metrics server: cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(errnoText(what));
        closeFds();
        return false;
    };
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0)
        return failed("socket");
    const int on = 1;
    // A restarted simulator gets its --base-port back although the last run's sockets linger.
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return failed("bind");
    if (::listen(m_listenFd, SOMAXCONN) != 0)
        return failed("listen");
    socklen_t len = sizeof addr;
    if (::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return failed("getsockname");
    m_port = ntohs(addr.sin_port);

    m_epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epollFd < 0 || m_wakeFd < 0)
        return failed("epoll/eventfd");
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_listenFd;
    if (::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_listenFd, &ev) != 0)
        return failed("epoll_ctl");
    ev.data.fd = m_wakeFd;
    if (::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_wakeFd, &ev) != 0)
        return failed("epoll_ctl");
    m_thread = std::thread([this] { run(); });
    return true;
}

void MetricsHttpServer::run()
{
    std::unordered_map<int, Connection> connections;
    auto closeConnection = [&](int fd) {
        ::epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, nullptr);
        ::close(fd);
        connections.erase(fd);
    };
    auto watch = [&](Connection &c, bool write) {
        // A connection that is only finishing its last answer stops reading, or a client's FIN
        // would wake the loop again and again until the answer is out.
        const std::uint32_t wanted =
            (c.closeAfterWrite ? 0u : EPOLLIN | EPOLLRDHUP) | (write ? EPOLLOUT : 0u);
        if (c.events == wanted)
            return;
        c.events = wanted;
        epoll_event ev{};
        ev.events = wanted;
        ev.data.fd = c.fd;
        ::epoll_ctl(m_epollFd, EPOLL_CTL_MOD, c.fd, &ev);
    };
    // Returns false when the connection was closed.
    auto flush = [&](Connection &c) {
        while (c.outOffset < c.out.size()) {
            const ssize_t n =
                ::send(c.fd, c.out.data() + c.outOffset, c.out.size() - c.outOffset, MSG_NOSIGNAL);
            if (n > 0) {
                c.outOffset += static_cast<std::size_t>(n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                watch(c, true);
                return true;
            }
            closeConnection(c.fd);
            return false;
        }
        c.out.clear();
        c.outOffset = 0;
        watch(c, false);
        if (c.closeAfterWrite) {
            closeConnection(c.fd);
            return false;
        }
        return true;
    };
    // Answers every complete request in the buffer (pipelining costs nothing extra here).
    auto serveRequests = [&](Connection &c) {
        std::size_t consumed = 0;
        while (!c.closeAfterWrite) {
            const std::size_t end = c.in.find("\r\n\r\n", consumed);
            if (end == std::string::npos)
                break;
            const std::string_view head(c.in.data() + consumed, end - consumed);
            consumed = end + 4;
            const std::size_t lineEnd = head.find("\r\n");
            const std::string_view requestLine = head.substr(0, lineEnd);
            const std::size_t sp1 = requestLine.find(' ');
            const std::size_t sp2 = requestLine.rfind(' ');
            if (sp1 == std::string_view::npos || sp2 == sp1 ||
                !requestLine.substr(sp2 + 1).starts_with("HTTP/1.")) {
                c.closeAfterWrite = true;
                appendResponse(c.out, 400, "malformed request line\n", false, true);
                break;
            }
            const std::string_view method = requestLine.substr(0, sp1);
            std::string_view target = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
            bool close = requestLine.substr(sp2 + 1) == "HTTP/1.0";
            bool hasBody = false;
            std::string_view headers =
                lineEnd == std::string_view::npos ? std::string_view() : head.substr(lineEnd + 2);
            while (!headers.empty()) {
                const std::size_t eol = headers.find("\r\n");
                const std::string_view line = headers.substr(0, eol);
                headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
                const std::size_t colon = line.find(':');
                if (colon == std::string_view::npos)
                    continue;
                const std::string_view name = trim(line.substr(0, colon));
                const std::string_view value = trim(line.substr(colon + 1));
                if (equalsIgnoreCase(name, "connection"))
                    close =
                        equalsIgnoreCase(value, "close") || (close && !equalsIgnoreCase(value, "keep-alive"));
                else if ((equalsIgnoreCase(name, "content-length") && value != "0") ||
                         equalsIgnoreCase(name, "transfer-encoding"))
                    hasBody = true;
            }
            const bool head_ = method == "HEAD";
            if (method != "GET" && !head_) {
                c.closeAfterWrite = true;
                appendResponse(c.out, 405, "use GET\n", false, true);
                break;
            }
            if (hasBody) {
                // Skipping an unread body would need framing this server does not do; say so and close.
                c.closeAfterWrite = true;
                appendResponse(c.out, 400, "a GET takes no body\n", false, true);
                break;
            }
            if (const std::size_t q = target.find('?'); q != std::string_view::npos)
                target = target.substr(0, q);
            const Reply reply = m_handler(target);
            c.closeAfterWrite = close;
            appendResponse(c.out, reply.status, reply.body, head_, close);
        }
        c.in.erase(0, consumed);
        if (!c.closeAfterWrite && c.in.size() > kMaxRequestBytes) {
            c.closeAfterWrite = true;
            appendResponse(c.out, 431, "request too large\n", false, true);
        }
        if (c.closeAfterWrite)
            c.in.clear(); // nothing after the last answer is read
    };

    epoll_event events[256];
    auto lastSweep = Clock::now();
    for (;;) {
        const int n = ::epoll_wait(m_epollFd, events, 256, 1000);
        if (n < 0 && errno != EINTR)
            break;
        const auto now = Clock::now();
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == m_wakeFd) {
                for (auto &[cfd, c] : connections)
                    ::close(cfd);
                return;
            }
            if (fd == m_listenFd) {
                for (;;) {
                    const int cfd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                    if (cfd < 0)
                        break; // EAGAIN, or a transient error that the next readiness retries
                    if (connections.size() >= kMaxConnections) {
                        ::close(cfd);
                        continue;
                    }
                    Connection &c = connections[cfd];
                    c.fd = cfd;
                    c.lastActive = now;
                    c.events = EPOLLIN | EPOLLRDHUP;
                    epoll_event ev{};
                    ev.events = c.events;
                    ev.data.fd = cfd;
                    ::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, cfd, &ev);
                }
                continue;
            }
            const auto it = connections.find(fd);
            if (it == connections.end())
                continue;
            Connection &c = it->second;
            c.lastActive = now;
            if (events[i].events & EPOLLERR) {
                closeConnection(fd);
                continue;
            }
            if (events[i].events & EPOLLOUT) {
                if (!flush(c))
                    continue;
            }
            if (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP)) {
                bool peerClosed = false;
                char buffer[4096];
                for (;;) {
                    const ssize_t r = ::recv(fd, buffer, sizeof buffer, 0);
                    if (r > 0) {
                        if (!c.closeAfterWrite)
                            c.in.append(buffer, static_cast<std::size_t>(r));
                        // Bounded: whatever a client sends, at most one oversized buffer is held.
                        if (c.in.size() > 2 * kMaxRequestBytes)
                            break;
                        continue;
                    }
                    if (r < 0 && errno == EINTR)
                        continue;
                    peerClosed = r == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
                    break;
                }
                serveRequests(c);
                if (peerClosed) {
                    // Answers to a half-closed client are still attempted once, then the socket goes.
                    c.closeAfterWrite = true;
                }
                if (!c.out.empty() || c.closeAfterWrite)
                    flush(c);
            }
        }
        // Idle keep-alive connections of a vanished scraper must not pile up.
        if (now - lastSweep >= std::chrono::seconds(1)) {
            lastSweep = now;
            std::vector<int> idle;
            for (const auto &[cfd, c] : connections) {
                if (now - c.lastActive > std::chrono::milliseconds(kIdleTimeoutMs))
                    idle.push_back(cfd);
            }
            for (const int cfd : idle)
                closeConnection(cfd);
        }
    }
    for (auto &[cfd, c] : connections)
        ::close(cfd);
}
