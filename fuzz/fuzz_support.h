/*
 * What every harness shares. A harness is one source file that defines
 * only MXQ_FUZZ_ENTRY with external linkage (LLVMFuzzerTestOneInput unless
 * the includer renames it), so the same file builds under libFuzzer, under
 * AFL++ (libAFLDriver) and inside tests/unit/test_fuzz_regressions.c,
 * which includes every harness into one program.
 *
 * A broken invariant is reported on stderr and ends the process with
 * abort(): every fuzzer counts that as a crash and keeps the input.
 */
#ifndef MXQ_FUZZ_SUPPORT_H
#define MXQ_FUZZ_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

#define FUZZ_CHECK(cond, ...)                                               \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "%s:%d: invariant broken: %s: ", __FILE__,      \
                    __LINE__, #cond);                                       \
            fprintf(stderr, __VA_ARGS__);                                   \
            fputc('\n', stderr);                                            \
            abort();                                                        \
        }                                                                   \
    } while (0)

/* A zeroed heap block of n octets (n > 0 for callers who write to it). */
static inline char *fuzz_alloc(size_t n)
{
    if (n > SIZE_MAX / 2)
        abort();
    char *c = calloc(1, n ? n : 1);
    if (c == NULL)
        abort();
    return c;
}

/* A copy in a heap block of exactly n octets, so that AddressSanitizer
 * sees any read past the end of what a parser was given. */
static inline char *fuzz_copy(const void *p, size_t n)
{
    char *c = fuzz_alloc(n);
    if (n)
        memcpy(c, p, n);
    return c;
}

/* True when the slice lies inside buf[0..len) (an empty slice may sit
 * anywhere, NULL included). */
static inline bool fuzz_slice_inside(const char *p, size_t n,
                                     const char *buf, size_t len)
{
    if (n == 0)
        return true;
    return p != NULL && p >= buf && (size_t)(p - buf) <= len &&
           n <= len - (size_t)(p - buf);
}

#endif
