#pragma once

#include <cstddef>
#include <memory>
#include <simdjson.h>
#include <string_view>

namespace slaops::prom {

// The simdjson parser and the padded copy of the input, kept per thread between parses. Allocating
// them anew for every answer costs about a quarter of a large parse in fresh pages from the kernel
// (the parser's index alone is four bytes per input byte), so each worker thread keeps the largest
// it has needed so far. Internal to ResponseParser's reader.
class ParseBuffers {
public:
    // Capacity above this is given back after the parse instead of kept: an answer that large is
    // rare (the default limit refuses it), and a pool thread should not hold on to its memory.
    static constexpr std::size_t KeepBytes = 32 * 1024 * 1024;

    // The calling thread's buffers. Not reentrant: one parse per thread at a time, which is how the
    // reader uses them (it never calls out while it parses).
    static ParseBuffers &forThisThread();

    // Copies body into the padded buffer, growing it if needed, and returns the copy, which has
    // SIMDJSON_PADDING bytes after body.size(); nullptr if memory ran out.
    const char *load(std::string_view body);

    simdjson::ondemand::parser &parser() { return m_parser; }

    // Gives memory back if the last parse left more than KeepBytes of capacity.
    void trim();

private:
    simdjson::ondemand::parser m_parser;
    std::unique_ptr<char[]> m_input;
    std::size_t m_inputCapacity = 0; // bytes of input it holds, not counting the padding
};

} // namespace slaops::prom
