#pragma once

namespace slaops::prom {

// Keeps memory freed by one refresh in the process for the next, instead of handing it back to the
// kernel and faulting fresh zeroed pages in again: a large answer's parsed result is several
// megabytes, allocated and freed every refresh, and glibc's defaults return it each time (about a
// quarter of a large parse went to page faults). Bounded: freed memory above 64 MiB is still given
// back. Call once, early in main(), before threads start. No effect outside glibc.
void keepFreedMemoryForReuse();

} // namespace slaops::prom
