/*
 * Local addresses; see local_addresses.h.
 *
 * A list, once built, never changes. Matchers find the list in force
 * through an atomic pointer and announce themselves in one of two reader
 * counters, the one of the current generation. A reload swaps the
 * pointer, moves to the next generation and waits until the counter of
 * the previous one is zero: every matcher that could have seen the old
 * list is then done with it. A matcher takes microseconds, so the wait
 * is short, and it is the reloading thread (main, never a worker) that
 * waits; matchers never wait for anything.
 */
#include "local_addresses.h"

#include <fnmatch.h>
#include <regex.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <mxq/array.h>

#include "policy_text.h"
#include "read_file.h"

struct local_list {
    char **exact;            /* sorted (strcmp), domains in lower case */
    size_t exact_count, exact_cap;
    char **patterns;         /* domains in lower case */
    size_t pattern_count, pattern_cap;
    regex_t *regexes;
    size_t regex_count, regex_cap;
};

/* What identifies a version of the file. */
struct file_sig {
    dev_t dev;
    ino_t ino;
    off_t size;
    struct timespec mtime;
    bool valid;
};

struct mxqd_local {
    _Atomic(struct local_list *) list;
    atomic_uint generation;
    atomic_uint readers[2];
    char path[4096];         /* empty: built from text, no reload */
    struct file_sig seen;    /* the version last looked at */
};

/* ----------------------------------------------------------- the list */

static void list_free(struct local_list *list)
{
    if (list == NULL)
        return;
    for (size_t i = 0; i < list->exact_count; i++)
        free(list->exact[i]);
    for (size_t i = 0; i < list->pattern_count; i++)
        free(list->patterns[i]);
    for (size_t i = 0; i < list->regex_count; i++)
        regfree(&list->regexes[i]);
    free(list->exact);
    free(list->patterns);
    free(list->regexes);
    free(list);
}

/* ASCII only: a UTF-8 domain keeps its other octets as they are. */
static void lower_from(char *s, size_t from)
{
    for (char *p = s + from; *p != '\0'; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
}

struct build {
    struct local_list *list;
    const char *name;        /* for messages: the path, or "text" */
    char *err;
    size_t errlen;
};

static int build_fail(struct build *b, unsigned line, const char *what)
{
    snprintf(b->err, b->errlen, "%s:%u: %s", b->name, line, what);
    return 1;
}

static int add_entry(void *ctx, const struct mxq_policy_line *l)
{
    struct build *b = ctx;
    struct local_list *list = b->list;
    enum mxq_local_kind kind;
    struct mxq_slice text;
    size_t at;
    char *copy, *at_sign;

    if (l->text.n > MXQD_LOCAL_MAX_ENTRY)
        return build_fail(b, l->line, "entry longer than 1024 octets");
    if (mxq_policy_local_entry(l->text.p, l->text.n, &kind, &text, &at) !=
        MXQ_CFG_OK)
        return build_fail(b, l->line, "not an address (local@domain), a "
                          "pattern with * ? [ (*@example.com) or regex:ERE");
    if (kind != MXQ_LOCAL_EXACT &&
        list->pattern_count + list->regex_count >= MXQD_LOCAL_MAX_SCANNED)
        return build_fail(b, l->line, "more than 10000 patterns and "
                          "regexes");
    if ((copy = strndup(text.p, text.n)) == NULL)
        return build_fail(b, l->line, "out of memory");

    switch (kind) {
    case MXQ_LOCAL_EXACT:
        if (!mxq_array_reserve((void **)&list->exact, &list->exact_cap,
                               list->exact_count + 1, sizeof *list->exact,
                               16))
            break;
        lower_from(copy, at);
        list->exact[list->exact_count++] = copy;
        return 0;
    case MXQ_LOCAL_PATTERN:
        if (!mxq_array_reserve((void **)&list->patterns, &list->pattern_cap,
                               list->pattern_count + 1, sizeof *list->patterns,
                               16))
            break;
        /* The domain follows the last '@', as for an exact entry. */
        at_sign = strrchr(copy, '@');
        lower_from(copy, at_sign != NULL ? (size_t)(at_sign - copy) : text.n);
        list->patterns[list->pattern_count++] = copy;
        return 0;
    case MXQ_LOCAL_REGEX: {
        if (!mxq_array_reserve((void **)&list->regexes, &list->regex_cap,
                               list->regex_count + 1, sizeof *list->regexes,
                               16))
            break;
        int rc = regcomp(&list->regexes[list->regex_count], copy,
                         REG_EXTENDED | REG_NOSUB);
        free(copy);
        if (rc != 0) {
            char why[160], what[200];
            regerror(rc, &list->regexes[list->regex_count], why, sizeof why);
            regfree(&list->regexes[list->regex_count]);
            snprintf(what, sizeof what, "bad regex: %s", why);
            return build_fail(b, l->line, what);
        }
        list->regex_count++;
        return 0;
    }
    }
    free(copy);
    return build_fail(b, l->line, "out of memory");
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A new list from the text of a file; NULL with err filled. */
static struct local_list *list_build(const char *text, size_t len,
                                     const char *name, char *err,
                                     size_t errlen)
{
    struct build b = { .name = name, .err = err, .errlen = errlen };
    unsigned bad_line = 0;

    if ((b.list = calloc(1, sizeof *b.list)) == NULL) {
        snprintf(err, errlen, "%s: out of memory", name);
        return NULL;
    }
    int rc = mxq_policy_lines(text, len, add_entry, &b, &bad_line);
    if (rc == -1)
        build_fail(&b, bad_line, "control character, NUL or CR without "
                   "LF");
    if (rc != 0) {
        list_free(b.list);
        return NULL;
    }
    if (b.list->exact_count > 1)
        qsort(b.list->exact, b.list->exact_count, sizeof *b.list->exact,
              compare_strings);
    return b.list;
}

static bool list_match(const struct local_list *list, const char *address)
{
    if (list->exact_count > 0 &&
        bsearch(&address, list->exact, list->exact_count,
                sizeof *list->exact, compare_strings) != NULL)
        return true;
    for (size_t i = 0; i < list->pattern_count; i++)
        if (fnmatch(list->patterns[i], address, 0) == 0)
            return true;
    for (size_t i = 0; i < list->regex_count; i++)
        if (regexec(&list->regexes[i], address, 0, NULL, 0) == 0)
            return true;
    return false;
}

/* ------------------------------------------------------------ the file */

static int file_signature(const char *path, struct file_sig *sig)
{
    struct stat st;

    memset(sig, 0, sizeof *sig);
    if (stat(path, &st) != 0)
        return -1;
    sig->dev = st.st_dev;
    sig->ino = st.st_ino;
    sig->size = st.st_size;
    sig->mtime = st.st_mtim;
    sig->valid = true;
    return 0;
}

static bool same_signature(const struct file_sig *a, const struct file_sig *b)
{
    return a->valid == b->valid && a->dev == b->dev && a->ino == b->ino &&
           a->size == b->size && a->mtime.tv_sec == b->mtime.tv_sec &&
           a->mtime.tv_nsec == b->mtime.tv_nsec;
}

static struct local_list *list_from_file(const char *path, char *err,
                                         size_t errlen)
{
    size_t len = 0;
    char *text = mxqd_read_file(path, MXQD_LOCAL_MAX_FILE, &len, err,
                                errlen);

    if (text == NULL)
        return NULL;
    struct local_list *list = list_build(text, len, path, err, errlen);
    free(text);
    return list;
}

/* --------------------------------------------------------- the handle */

static struct mxqd_local *handle_new(struct local_list *list)
{
    struct mxqd_local *l = calloc(1, sizeof *l);

    if (l == NULL)
        return NULL;
    atomic_init(&l->list, list);
    atomic_init(&l->generation, 0);
    atomic_init(&l->readers[0], 0);
    atomic_init(&l->readers[1], 0);
    return l;
}

int mxqd_local_open(const char *path, struct mxqd_local **out, char *err,
                    size_t errlen)
{
    struct file_sig sig;
    struct local_list *list;

    *out = NULL;
    if (strlen(path) >= sizeof((struct mxqd_local *)0)->path) {
        snprintf(err, errlen, "smtp-local-addresses: path too long");
        return -1;
    }
    /* The signature first: a change while reading is seen next time. */
    file_signature(path, &sig);
    if ((list = list_from_file(path, err, errlen)) == NULL)
        return -1;
    if ((*out = handle_new(list)) == NULL) {
        list_free(list);
        snprintf(err, errlen, "smtp-local-addresses: out of memory");
        return -1;
    }
    strcpy((*out)->path, path);
    (*out)->seen = sig;
    return 0;
}

int mxqd_local_from_text(const char *text, size_t len,
                         struct mxqd_local **out, char *err, size_t errlen)
{
    struct local_list *list = list_build(text, len, "text", err, errlen);

    *out = NULL;
    if (list == NULL)
        return -1;
    if ((*out = handle_new(list)) == NULL) {
        list_free(list);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 0;
}

void mxqd_local_free(struct mxqd_local *l)
{
    if (l == NULL)
        return;
    list_free(atomic_load(&l->list));
    free(l);
}

bool mxqd_local_match(void *ctx, const char *mailbox, size_t len,
                      size_t domain_at)
{
    struct mxqd_local *l = ctx;
    char address[MXQD_LOCAL_MAX_ENTRY + 1];
    unsigned gen;

    if (l == NULL || len == 0 || len > MXQD_LOCAL_MAX_ENTRY ||
        domain_at > len || memchr(mailbox, '\0', len) != NULL)
        return false;
    memcpy(address, mailbox, len);
    address[len] = '\0';
    lower_from(address, domain_at); /* where the address grammar put it */

    for (;;) {
        gen = atomic_load(&l->generation);
        atomic_fetch_add(&l->readers[gen & 1], 1);
        if (atomic_load(&l->generation) == gen)
            break;
        atomic_fetch_sub(&l->readers[gen & 1], 1); /* a swap came between */
    }
    bool local = list_match(atomic_load(&l->list), address);
    atomic_fetch_sub(&l->readers[gen & 1], 1);
    return local;
}

static void swap_in(struct mxqd_local *l, struct local_list *list)
{
    struct local_list *old = atomic_exchange(&l->list, list);
    unsigned gen = atomic_fetch_add(&l->generation, 1);
    const struct timespec pause = { 0, 100 * 1000 };

    while (atomic_load(&l->readers[gen & 1]) != 0)
        nanosleep(&pause, NULL);
    list_free(old);
}

int mxqd_local_reload(struct mxqd_local *l, char *err, size_t errlen)
{
    struct file_sig sig;
    struct local_list *list;

    if (l->path[0] == '\0') {
        snprintf(err, errlen, "no file to reload");
        return -1;
    }
    file_signature(l->path, &sig);
    l->seen = sig;
    if ((list = list_from_file(l->path, err, errlen)) == NULL)
        return -1;
    swap_in(l, list);
    return 0;
}

int mxqd_local_reload_if_changed(struct mxqd_local *l, char *err,
                                 size_t errlen)
{
    struct file_sig sig;

    if (l->path[0] == '\0')
        return 0;
    file_signature(l->path, &sig);
    if (same_signature(&sig, &l->seen))
        return 0;
    return mxqd_local_reload(l, err, errlen) == 0 ? 1 : -1;
}

void mxqd_local_counts(const struct mxqd_local *l, size_t *exact,
                       size_t *patterns, size_t *regexes)
{
    const struct local_list *list =
        atomic_load(&((struct mxqd_local *)l)->list);

    *exact = list->exact_count;
    *patterns = list->pattern_count;
    *regexes = list->regex_count;
}
