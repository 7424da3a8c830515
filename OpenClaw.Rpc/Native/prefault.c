/*
 * Linked into the Linux NativeAOT executables (Prefault.targets). Before main, the .NET runtime writes its type data
 * into the zero-filled part of the image (.bss and .hydrated, ~4 MB for openclaw-core): one page fault per 4 KB page,
 * about a thousand, each costly in a virtual machine. This constructor asks the kernel to populate that range in one
 * call instead. Same pages, same memory use: only the faults are batched.
 *
 * MADV_POPULATE_WRITE exists since Linux 5.14; an older kernel answers EINVAL and the pages fault in as before.
 * OPENCLAW_NO_PREFAULT=1 turns it off (for comparing; the bench measures both).
 */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* not in the glibc 2.31 headers the release links against */
#endif

static int populate_zero_fill(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    /* The first object is the executable itself. */
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W) || segment->p_memsz <= segment->p_filesz) {
            continue;
        }
        /* Only the part beyond the file's bytes: those pages are anonymous zero-fill, written at start-up anyway. */
        uintptr_t start = (info->dlpi_addr + segment->p_vaddr + segment->p_filesz + page - 1) & ~(page - 1);
        uintptr_t end = (info->dlpi_addr + segment->p_vaddr + segment->p_memsz) & ~(page - 1);
        if (end > start) {
            (void)madvise((void *)start, end - start, MADV_POPULATE_WRITE);
        }
    }
    return 1; /* stop after the executable */
}

__attribute__((constructor)) static void openclaw_prefault(void)
{
    const char *off = getenv("OPENCLAW_NO_PREFAULT");
    if (off != NULL && off[0] == '1') {
        return;
    }
    dl_iterate_phdr(populate_zero_fill, NULL);
}
