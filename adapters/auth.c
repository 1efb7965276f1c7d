/*
 * AUTH credentials; see auth.h.
 */
#include "auth.h"

#include <crypt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "policy_text.h"
#include "read_file.h"
#include "settings.h"

struct entry {
    char *user;
    size_t ulen;
    char *secret;            /* the password, or the crypt hash */
    size_t slen;
};

struct table {
    struct entry *items;     /* sorted by user, each user once */
    size_t count, cap;
};

struct mxqd_auth {
    struct table plain;      /* smtp-username, hardcoded:// */
    struct table hashed;     /* file:// */
};

/* ------------------------------------------------------------ helpers */

/* Equal in a time that depends on the lengths only, not on where the
 * first difference is. */
static bool equal_in_constant_time(const char *a, size_t alen, const char *b,
                                   size_t blen)
{
    volatile unsigned char diff = alen != blen;
    const unsigned char *x = (const unsigned char *)a;
    const unsigned char *y = (const unsigned char *)b;

    for (size_t i = 0; i < blen; i++)
        diff |= (unsigned char)(y[i] ^ (i < alen ? x[i] : 0));
    return diff == 0;
}

static void wipe(void *p, size_t n)
{
    if (p != NULL)
        explicit_bzero(p, n);
}

static int compare_users(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    size_t n = x->ulen < y->ulen ? x->ulen : y->ulen;
    int c = memcmp(x->user, y->user, n);

    if (c != 0)
        return c;
    return (x->ulen > y->ulen) - (x->ulen < y->ulen);
}

static const struct entry *find(const struct table *t, const char *user,
                                size_t ulen)
{
    struct entry key = { .user = (char *)user, .ulen = ulen };

    if (t->count == 0)
        return NULL;
    return bsearch(&key, t->items, t->count, sizeof *t->items,
                   compare_users);
}

static void table_free(struct table *t)
{
    for (size_t i = 0; i < t->count; i++) {
        wipe(t->items[i].secret, t->items[i].slen);
        free(t->items[i].secret);
        free(t->items[i].user);
    }
    free(t->items);
    memset(t, 0, sizeof *t);
}

/* Adds a copy; "" on success, else why not. */
static const char *table_add(struct table *t, struct mxq_slice user,
                             struct mxq_slice secret)
{
    if (user.n > MXQD_AUTH_MAX_FIELD || secret.n > MXQD_AUTH_MAX_FIELD)
        return "user or password longer than 512 octets";
    if (t->count == MXQD_AUTH_MAX_USERS)
        return "more than 100000 users";
    if (t->count == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 8;
        struct entry *p = realloc(t->items, cap * sizeof *p);
        if (p == NULL)
            return "out of memory";
        t->items = p;
        t->cap = cap;
    }
    struct entry *e = &t->items[t->count];
    e->user = strndup(user.p, user.n);
    e->secret = strndup(secret.p, secret.n);
    e->ulen = user.n;
    e->slen = secret.n;
    if (e->user == NULL || e->secret == NULL) {
        free(e->user);
        free(e->secret);
        return "out of memory";
    }
    t->count++;
    return "";
}

/* Sorts; a user listed twice is an error (which entry would count?). */
static const struct entry *table_seal(struct table *t)
{
    if (t->count > 1)
        qsort(t->items, t->count, sizeof *t->items, compare_users);
    for (size_t i = 1; i < t->count; i++)
        if (compare_users(&t->items[i - 1], &t->items[i]) == 0)
            return &t->items[i];
    return NULL;
}

/* --------------------------------------------------------- the sources */

static int add_hardcoded(struct mxqd_auth *a, const char *list, char *err,
                         size_t errlen)
{
    enum { MAX_ITEMS = 256 };
    struct mxq_policy_credential items[MAX_ITEMS];
    size_t count = 0;

    switch (mxq_policy_credentials(list, strlen(list), items, MAX_ITEMS,
                                   &count)) {
    case MXQ_CFG_OK:
        break;
    case MXQ_CFG_TOO_MANY:
        snprintf(err, errlen, "smtp-auth: more than %d hardcoded users "
                 "(use file://)", MAX_ITEMS);
        return -1;
    default:
        snprintf(err, errlen, "smtp-auth: hardcoded:// takes "
                 "user:password,user2:password2 (no blanks, no ',' in a "
                 "password)");
        return -1;
    }
    for (size_t i = 0; i < count; i++) {
        const char *why = table_add(&a->plain, items[i].user,
                                    items[i].secret);
        if (why[0] != '\0') {
            snprintf(err, errlen, "smtp-auth: %s", why);
            return -1;
        }
    }
    return 0;
}

struct file_ctx {
    struct mxqd_auth *auth;
    const char *path;
    char *err;
    size_t errlen;
};

static int add_file_line(void *ctx, const struct mxq_policy_line *l)
{
    struct file_ctx *f = ctx;
    struct mxq_policy_credential c;
    char hash[MXQD_AUTH_MAX_FIELD + 1];
    const char *why;

    if (mxq_policy_credential(l->text.p, l->text.n, &c) != MXQ_CFG_OK) {
        snprintf(f->err, f->errlen, "%s:%u: not user:hash", f->path,
                 l->line);
        return 1;
    }
    if (c.secret.n > MXQD_AUTH_MAX_FIELD) {
        snprintf(f->err, f->errlen, "%s:%u: hash longer than %d octets",
                 f->path, l->line, MXQD_AUTH_MAX_FIELD);
        return 1;
    }
    memcpy(hash, c.secret.p, c.secret.n);
    hash[c.secret.n] = '\0';
    /* Only methods libcrypt holds current: no DES, no MD5, no plaintext
     * passing for a hash. */
    if (hash[0] != '$' || crypt_checksalt(hash) != CRYPT_SALT_OK) {
        snprintf(f->err, f->errlen, "%s:%u: the hash of %.*s is not one "
                 "libcrypt accepts as current (make one with "
                 "mkpasswd -m sha-512)", f->path, l->line,
                 (int)(c.user.n > 64 ? 64 : c.user.n), c.user.p);
        return 1;
    }
    why = table_add(&f->auth->hashed, c.user, c.secret);
    if (why[0] != '\0') {
        snprintf(f->err, f->errlen, "%s:%u: %s", f->path, l->line, why);
        return 1;
    }
    return 0;
}

static int add_file(struct mxqd_auth *a, const char *path, char *err,
                    size_t errlen)
{
    struct file_ctx f = { a, path, err, errlen };
    char why[512];
    size_t len = 0;
    unsigned bad_line = 0;
    char *text;

    if (path[0] != '/') {
        snprintf(err, errlen, "smtp-auth: file:// needs an absolute path "
                 "(file:///etc/mxq/passwd)");
        return -1;
    }
    if ((text = mxqd_read_file(path, MXQD_AUTH_MAX_FILE, &len, why,
                               sizeof why)) == NULL) {
        snprintf(err, errlen, "smtp-auth: %s", why);
        return -1;
    }
    int rc = mxq_policy_lines(text, len, add_file_line, &f, &bad_line);
    wipe(text, len);
    free(text);
    if (rc == -1)
        snprintf(err, errlen, "%s:%u: control character, NUL or CR without "
                 "LF", path, bad_line);
    if (rc != 0)
        return -1;
    if (a->hashed.count == 0) {
        snprintf(err, errlen, "smtp-auth: %s has no users", path);
        return -1;
    }
    return 0;
}

static int add_uri(struct mxqd_auth *a, const char *uri, char *err,
                   size_t errlen)
{
    struct mxq_slice scheme, rest;
    char *copy;

    if (mxq_policy_uri(uri, strlen(uri), &scheme, &rest) != MXQ_CFG_OK) {
        snprintf(err, errlen, "smtp-auth: not a URI (hardcoded://user:pass "
                 "or file:///path)");
        return -1;
    }
    /* rest is the tail of uri, hence NUL-terminated. */
    if (scheme.n == 9 && strncasecmp(scheme.p, "hardcoded", 9) == 0)
        return add_hardcoded(a, rest.p, err, errlen);
    if (scheme.n == 4 && strncasecmp(scheme.p, "file", 4) == 0)
        return add_file(a, rest.p, err, errlen);
    if ((copy = strndup(scheme.p, scheme.n)) == NULL) {
        snprintf(err, errlen, "smtp-auth: out of memory");
        return -1;
    }
    snprintf(err, errlen, "smtp-auth: %s:// is not supported by mxq "
             "(only hardcoded:// and file://)", copy);
    free(copy);
    return -1;
}

int mxqd_auth_open(const struct mxqd_settings *s, struct mxqd_auth **out,
                   char *err, size_t errlen)
{
    struct mxqd_auth *a;
    const struct entry *twice;

    *out = NULL;
    if (s->smtp_username[0] == '\0' && s->smtp_password[0] == '\0' &&
        s->smtp_auth[0] == '\0')
        return 0;
    if ((s->smtp_username[0] == '\0') != (s->smtp_password[0] == '\0')) {
        snprintf(err, errlen, "smtp-username and smtp-password go "
                 "together: give both or neither");
        return -1;
    }
    if ((a = calloc(1, sizeof *a)) == NULL) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (s->smtp_username[0] != '\0') {
        struct mxq_slice user = { s->smtp_username,
                                  strlen(s->smtp_username) };
        struct mxq_slice pass = { s->smtp_password,
                                  strlen(s->smtp_password) };
        const char *why = table_add(&a->plain, user, pass);
        if (why[0] != '\0') {
            snprintf(err, errlen, "smtp-username: %s", why);
            goto fail;
        }
    }
    if (s->smtp_auth[0] != '\0' && add_uri(a, s->smtp_auth, err, errlen) < 0)
        goto fail;
    if ((twice = table_seal(&a->plain)) != NULL ||
        (twice = table_seal(&a->hashed)) != NULL) {
        snprintf(err, errlen, "smtp-auth: user %.*s is listed twice",
                 (int)(twice->ulen > 64 ? 64 : twice->ulen), twice->user);
        goto fail;
    }
    *out = a;
    return 0;
fail:
    mxqd_auth_free(a);
    return -1;
}

void mxqd_auth_free(struct mxqd_auth *a)
{
    if (a == NULL)
        return;
    table_free(&a->plain);
    table_free(&a->hashed);
    free(a);
}

void mxqd_auth_counts(const struct mxqd_auth *a, size_t *plain,
                      size_t *hashed)
{
    *plain = a ? a->plain.count : 0;
    *hashed = a ? a->hashed.count : 0;
}

/* ------------------------------------------------------------ checking */

/* A password crypt(3) could take as it is: not too long, no NUL (which
 * would end it early: "secret\0x" must not pass for "secret"). */
static bool usable_password(const char *password, size_t plen)
{
    return plen > 0 && plen <= MXQD_AUTH_MAX_FIELD &&
           memchr(password, '\0', plen) == NULL;
}

enum mxqd_auth_verdict mxqd_auth_check_fast(const struct mxqd_auth *a,
                                            const char *user, size_t ulen,
                                            const char *password,
                                            size_t plen)
{
    const struct entry *e;

    if (a == NULL || !usable_password(password, plen))
        return MXQD_AUTH_DENIED;
    e = find(&a->plain, user, ulen);
    if (e != NULL &&
        equal_in_constant_time(password, plen, e->secret, e->slen))
        return MXQD_AUTH_GRANTED;
    return a->hashed.count > 0 ? MXQD_AUTH_SLOW : MXQD_AUTH_DENIED;
}

bool mxqd_auth_check_slow(const struct mxqd_auth *a, const char *user,
                          size_t ulen, const char *password, size_t plen,
                          struct crypt_data *scratch)
{
    char pw[MXQD_AUTH_MAX_FIELD + 1];
    const struct entry *e;
    const char *hash, *out;
    bool ok;

    if (a == NULL || a->hashed.count == 0 ||
        !usable_password(password, plen))
        return false;
    e = find(&a->hashed, user, ulen);
    /* An unknown user is hashed with a known user's settings (method,
     * cost, salt): it takes as long as a known one. */
    hash = e != NULL ? e->secret : a->hashed.items[0].secret;
    memcpy(pw, password, plen);
    pw[plen] = '\0';
    memset(scratch, 0, sizeof *scratch);
    out = crypt_r(pw, hash, scratch);
    ok = e != NULL && out != NULL && out[0] == '$' &&
         equal_in_constant_time(out, strlen(out), e->secret, e->slen);
    wipe(pw, sizeof pw);
    wipe(scratch, sizeof *scratch);
    return ok;
}

void mxqd_auth_loggable(const char *user, size_t ulen, char *out, size_t cap)
{
    size_t n = 0;

    if (cap == 0)
        return;
    for (; n < ulen && n + 1 < cap; n++) {
        unsigned char ch = (unsigned char)user[n];
        out[n] = ch > 0x20 && ch < 0x7f ? (char)ch : '?';
    }
    out[n] = '\0';
}
