/* Reading the test data: conformance files and directories. */
#ifndef MXQ_TEST_FILES_H
#define MXQ_TEST_FILES_H

#include <stdbool.h>
#include <stddef.h>

/* The whole file, NUL-terminated (*n octets before the NUL); NULL when it
 * cannot be opened. */
char *test_read_file(const char *path, size_t *n);

/* A copy of p[0..n) with each LF that has no CR before it made CRLF, as
 * SMTP carries a message (the samples are stored with LF);
 * NUL-terminated, *out_n octets before the NUL. */
char *test_to_crlf(const char *p, size_t n, size_t *out_n);

/* s ends with suffix, in any case. */
bool test_ends_with(const char *s, const char *suffix);

typedef void test_file_fn(const char *path, const char *name, void *ctx);

/* Calls fn for each file of dir (no dot files) in name order; fails the
 * test when dir is missing or empty. */
void test_each_file(const char *dir, test_file_fn *fn, void *ctx);

#endif
