/*
 * The policy side of mxqd's trust boundary, wired together: who may
 * connect (access.h), which credentials AUTH takes (auth.h, with the
 * checker threads of auth_checker.h) and which addresses are local
 * (local_addresses.h). main.c opens it once; the workers share it.
 */
#ifndef MXQD_POLICY_H
#define MXQD_POLICY_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include <mxq/mxq.h>

#include "settings.h"

struct mxqd_access;
struct mxqd_auth;
struct mxqd_auth_checker;
struct mxqd_local;
struct mxqd_client_limits;

struct mxqd_policy {
    struct mxqd_access *access;       /* always set */
    /* NULL: no credentials, no AUTH; a reload replaces it, and the ones
     * before stay in retired_auth until the end (a check may be using
     * them) */
    _Atomic(struct mxqd_auth *) auth;
    struct mxqd_auth **retired_auth;
    size_t retired_count;
    struct mxqd_auth_checker *checker; /* NULL: no hashed credentials */
    struct mxqd_local *local;         /* NULL: no local addresses */
    /* per-client limits (client_limits.h); always set */
    struct mxqd_client_limits *limits;
};

/* Reads every policy setting and file (before the privilege drop: the
 * password file may be readable by root only) and starts the checker
 * threads (signals must be blocked already). Returns NULL with err
 * filled when a setting or file cannot be used: a configuration error
 * (exit 2). */
struct mxqd_policy *mxqd_policy_open(const struct mxqd_settings *s,
                                     unsigned workers, char *err,
                                     size_t errlen);

/* Sets the engine's auth, is_local, may_keep_refused and
 * may_start_message (engine->starttls and
 * auth_plaintext already set: AUTH that can never be offered is worth a
 * warning). */
void mxqd_policy_to_engine(const struct mxqd_policy *p,
                           struct mxq_config *engine);

/* SIGHUP: reads the local addresses again (a bad file keeps the list in
 * force; the log says why). */
void mxqd_policy_reload(struct mxqd_policy *p);

/* About once a second, from the main thread: reloads the local
 * addresses when the file changed. */
void mxqd_policy_tick(struct mxqd_policy *p);

/* SIGHUP: the credentials of s read again into *out (NULL: none), or -1
 * with err filled: a file that cannot be read, or credentials turned on
 * or off, or hashed ones where mxqd started without (a restart). */
int mxqd_policy_prepare_auth(const struct mxqd_policy *p,
                             const struct mxqd_settings *s,
                             struct mxqd_auth **out, char *err,
                             size_t errlen);
/* ...then put in force for the AUTH commands from now on (false, and a
 * freed a, when out of memory). */
bool mxqd_policy_commit_auth(struct mxqd_policy *p, struct mxqd_auth *a);

/* After the workers are gone. */
void mxqd_policy_close(struct mxqd_policy *p);

#endif
