/*
 * The local addresses (smtp-local-addresses): mail to them is accepted
 * without AUTH and goes to the local queue. One entry per line of the
 * file: an exact address, an fnmatch(3) pattern (`*@example.com`) or
 * `regex:` and a POSIX extended regex; `#` starts a comment line. The
 * domain is compared in lower case: in an entry what follows its last
 * `@`, in a recipient what the address grammar read as its domain (a
 * quoted local part or an address literal may hold `@` too).
 *
 * mxqd_local_match() is the engine's is_local callback: it runs on every
 * worker thread at once, from memory, without a lock. A reload builds a
 * whole new list and swaps it in; the old one is freed once no matcher
 * can still be reading it.
 */
#ifndef MXQD_LOCAL_ADDRESSES_H
#define MXQD_LOCAL_ADDRESSES_H

#include <stdbool.h>
#include <stddef.h>

/* Limits of the file. */
#define MXQD_LOCAL_MAX_FILE (16 * 1024 * 1024)
#define MXQD_LOCAL_MAX_ENTRY 1024        /* octets of one entry */
#define MXQD_LOCAL_MAX_SCANNED 10000     /* patterns + regexes, each of
                                            which every lookup may try */

struct mxqd_local;

/* Reads the file. 0 and *out set, or -1 with "path:line: what" in err. */
int mxqd_local_open(const char *path, struct mxqd_local **out, char *err,
                    size_t errlen);

/* The same from a buffer (no file, no reload): for tests. */
int mxqd_local_from_text(const char *text, size_t len,
                         struct mxqd_local **out, char *err, size_t errlen);

void mxqd_local_free(struct mxqd_local *l);

/* Is mailbox[0..len) a local address? ctx is the struct mxqd_local;
 * the domain is mailbox[domain_at..len), as the engine's is_local passes
 * it (len: no domain). domain_at > len is no local address. */
bool mxqd_local_match(void *ctx, const char *mailbox, size_t len,
                      size_t domain_at);

/* Reads the file again now (SIGHUP). On failure the list in force stays
 * and -1 is returned with err filled. Call from one thread at a time. */
int mxqd_local_reload(struct mxqd_local *l, char *err, size_t errlen);

/* Reloads when the file's modification time, size or inode differ from
 * the last look: 1 reloaded, 0 unchanged, -1 failed (err filled; the
 * same change is not tried again). Call from one thread at a time. */
int mxqd_local_reload_if_changed(struct mxqd_local *l, char *err,
                                 size_t errlen);

/* Entries of the list in force: exact, patterns, regexes. */
void mxqd_local_counts(const struct mxqd_local *l, size_t *exact,
                       size_t *patterns, size_t *regexes);

#endif
