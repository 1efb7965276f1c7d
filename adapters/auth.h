/*
 * The credentials AUTH checks against: smtp-username/smtp-password,
 * smtp-auth hardcoded://user:pass,... and smtp-auth file:///path (lines
 * user:hash, crypt(3) hashes as made by `mkpasswd -m sha-512` or
 * `openssl passwd -6`). Read once at start-up, read-only afterwards, so
 * every thread may check at once.
 *
 * A check has a quick part, answered on the worker (the plaintext
 * entries, in constant time), and a slow part for the hashed entries
 * (a sha-512 crypt takes about 1.5 ms, yescrypt 100 ms), which the
 * checker thread (auth_checker.h) runs.
 */
#ifndef MXQD_AUTH_H
#define MXQD_AUTH_H

#include <stdbool.h>
#include <stddef.h>

struct mxqd_settings;
struct crypt_data;

/* Limits of the sources. */
#define MXQD_AUTH_MAX_USERS 100000      /* per source */
#define MXQD_AUTH_MAX_FILE (16 * 1024 * 1024)
#define MXQD_AUTH_MAX_FIELD 512         /* octets of a user, password or
                                           hash */

struct mxqd_auth;

/* Reads the settings. Nothing configured: 0 and *out NULL. A problem
 * (unsupported scheme, unreadable file, bad line, smtp-username without
 * smtp-password): -1 with err filled. */
int mxqd_auth_open(const struct mxqd_settings *s, struct mxqd_auth **out,
                   char *err, size_t errlen);
void mxqd_auth_free(struct mxqd_auth *a);

/* Users known: plaintext and hashed entries. */
void mxqd_auth_counts(const struct mxqd_auth *a, size_t *plain,
                      size_t *hashed);

enum mxqd_auth_verdict {
    MXQD_AUTH_GRANTED,
    MXQD_AUTH_DENIED,
    MXQD_AUTH_SLOW       /* ask mxqd_auth_check_slow(), off the loop */
};

/* The quick part: a plaintext entry of the user with this password is
 * GRANTED. Otherwise SLOW when there are hashed entries (whether or not
 * the user has one: the time taken does not tell), else DENIED. */
enum mxqd_auth_verdict mxqd_auth_check_fast(const struct mxqd_auth *a,
                                            const char *user, size_t ulen,
                                            const char *password,
                                            size_t plen);

/* The slow part: the user's hash takes this password. An unknown user
 * costs a hash computation all the same. scratch: crypt_r()'s state,
 * one per thread. */
bool mxqd_auth_check_slow(const struct mxqd_auth *a, const char *user,
                          size_t ulen, const char *password, size_t plen,
                          struct crypt_data *scratch);

/* The user name as it may go into a log line: at most cap - 1 octets,
 * visible ASCII only (anything else becomes '?'), NUL-terminated. */
void mxqd_auth_loggable(const char *user, size_t ulen, char *out,
                        size_t cap);

#endif
