#include "parsebuffers.h"

#include <algorithm>
#include <cstring>
#include <new>

namespace slaops::prom {

namespace {

// Answers to one query grow a little from refresh to refresh; rounding up with some slack keeps a
// slowly growing answer from reallocating every time. The slack stops at KeepBytes, so that an
// answer within the limit never grows the buffers past what trim() keeps.
std::size_t grownCapacity(std::size_t needed, std::size_t current)
{
    constexpr std::size_t granule = 64 * 1024;
    const std::size_t wanted = std::max(needed, std::min(current + current / 4, ParseBuffers::KeepBytes));
    return (wanted + granule - 1) / granule * granule;
}

} // namespace

ParseBuffers &ParseBuffers::forThisThread()
{
    // Pool threads that sit idle expire (QThreadPool's expiry timeout), and their buffers go with them.
    thread_local ParseBuffers buffers;
    return buffers;
}

const char *ParseBuffers::load(std::string_view body)
{
    if (body.size() > m_inputCapacity || !m_input) {
        const std::size_t capacity = grownCapacity(body.size(), m_inputCapacity);
        m_input.reset(); // the old buffer goes first, so that growing never needs both at once
        m_inputCapacity = 0;
        m_input.reset(new (std::nothrow) char[capacity + simdjson::SIMDJSON_PADDING]);
        if (!m_input)
            return nullptr;
        m_inputCapacity = capacity;
    }
    if (m_parser.capacity() < body.size()) {
        // If this fails, iterate() tries again with the exact size and reports what went wrong.
        [[maybe_unused]] const auto code = m_parser.allocate(grownCapacity(body.size(), m_parser.capacity()));
    }
    std::memcpy(m_input.get(), body.data(), body.size());
    // The padding reads as zeros, exactly as in a freshly made simdjson::padded_string.
    std::memset(m_input.get() + body.size(), 0, simdjson::SIMDJSON_PADDING);
    return m_input.get();
}

void ParseBuffers::trim()
{
    if (m_inputCapacity > KeepBytes) {
        m_input.reset();
        m_inputCapacity = 0;
    }
    if (m_parser.capacity() > KeepBytes)
        m_parser = simdjson::ondemand::parser();
}

} // namespace slaops::prom
