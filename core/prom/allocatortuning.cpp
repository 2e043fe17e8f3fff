#include "allocatortuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc, which the test below needs

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace slaops::prom {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    // Blocks up to 32 MiB come from the heap, where freed memory can be reused, rather than from
    // mmap, whose pages are unmapped on free and faulted in zeroed on the next allocation; the heap
    // is trimmed only when more than 64 MiB lies free at its top.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

} // namespace slaops::prom
