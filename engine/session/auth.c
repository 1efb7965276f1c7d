/*
 * SMTP AUTH (RFC 4954) with PLAIN (RFC 4616) and LOGIN. The engine runs
 * the exchange and asks the adapter to check the credentials
 * (MXQ_REQUEST_AUTH, answered by mxq_session_authenticated()). A failure
 * is answered only after cfg.auth_failure_delay seconds, which slows down
 * guessing. Credentials are wiped as soon as the verdict is in, and never
 * appear in a reply.
 */
#include <stdlib.h>
#include <string.h>

#include "sasl.h"
#include "session.h"

/* base64 of "Username:" and "Password:", as every LOGIN client expects */
#define LOGIN_USER_PROMPT "VXNlcm5hbWU6"
#define LOGIN_PASSWORD_PROMPT "UGFzc3dvcmQ6"

static void wipe(char **p, size_t *len)
{
    if (*p != NULL) {
        volatile char *v = *p;
        for (size_t i = 0; i < *len; i++)
            v[i] = 0;
        free(*p);
    }
    *p = NULL;
    *len = 0;
}

void mxq_auth_forget(struct mxq_auth_exchange *a)
{
    wipe(&a->user, &a->user_len);
    wipe(&a->password, &a->password_len);
    a->login = false;
    a->request = 0;
}

bool mxq_auth_offered(const mxq_session *s)
{
    return s->cfg.auth && s->user == NULL && (s->tls || s->cfg.auth_plaintext);
}

/* The exchange ends without a verdict: back to where AUTH came. */
static void give_up(mxq_session *s, enum mxq_reply r)
{
    mxq_auth_forget(&s->auth);
    s->state = s->auth.resume;
    session_reply_error(s, r, NULL);
}

/* Decodes one base64 response into a fresh, NUL-terminated buffer (the
 * LOGIN identity is kept as the session's user, a C string); NULL when
 * invalid. */
static char *decode_response(const char *p, size_t n, size_t *len)
{
    size_t cap = n / 4 * 3 + 3;
    char *out = malloc(cap + 1);
    if (out == NULL)
        return NULL;
    *len = mxq_base64_decode(p, n, out, cap);
    if (*len == (size_t)-1) {
        free(out);
        return NULL;
    }
    out[*len] = '\0';
    return out;
}

/* Asks the adapter to check complete credentials, or refuses them as a
 * malformed response. */
static void ask_adapter(mxq_session *s)
{
    struct mxq_auth_exchange *a = &s->auth;
    if (!mxq_sasl_identity_valid(a->user, a->user_len) ||
        !mxq_sasl_password_valid(a->password, a->password_len)) {
        give_up(s, MXQ_R_AUTH_BAD_RESPONSE);
        return;
    }
    struct mxq_request r = {.kind = MXQ_REQUEST_AUTH};
    r.u.auth.user = a->user;
    r.u.auth.user_len = a->user_len;
    r.u.auth.password = a->password;
    r.u.auth.password_len = a->password_len;
    a->request = mxq_requests_add(&s->requests, &r);
    if (a->request == 0) {
        mxq_auth_forget(a);
        s->state = a->resume;
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return;
    }
    s->state = ST_AUTH_CHECK;
}

/* Takes a decoded PLAIN message; the authorization identity, if any, must
 * be the authenticated user itself (no proxy authorization). */
static void plain_message(mxq_session *s, char *msg, size_t len)
{
    struct mxq_auth_exchange *a = &s->auth;
    struct mxq_slice zid, cid, pw;
    if (!mxq_sasl_plain_split(msg, len, &zid, &cid, &pw) ||
        (zid.n > 0 && (zid.n != cid.n || memcmp(zid.p, cid.p, cid.n) != 0))) {
        wipe(&msg, &len);
        give_up(s, MXQ_R_AUTH_BAD_RESPONSE);
        return;
    }
    a->user = mxq_copy_string(cid.p, cid.n);
    a->user_len = cid.n;
    a->password = mxq_copy_string(pw.p, pw.n);
    a->password_len = pw.n;
    wipe(&msg, &len);
    if (a->user == NULL || a->password == NULL) {
        mxq_auth_forget(a);
        s->state = a->resume;
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return;
    }
    ask_adapter(s);
}

/* One response (initial or after a 334), still base64. */
static void take_response(mxq_session *s, const char *p, size_t n)
{
    struct mxq_auth_exchange *a = &s->auth;
    size_t len;
    char *decoded;

    if (mxq_sasl_is_cancel(p, n)) {
        give_up(s, MXQ_R_AUTH_CANCELLED);
        return;
    }
    if ((decoded = decode_response(p, n, &len)) == NULL) {
        give_up(s, MXQ_R_AUTH_BAD_RESPONSE);
        return;
    }
    if (!a->login) {
        plain_message(s, decoded, len);
    } else if (a->user == NULL) {
        a->user = decoded;
        a->user_len = len;
        s->state = ST_AUTH;
        session_reply(s, MXQ_R_AUTH_CHALLENGE, LOGIN_PASSWORD_PROMPT);
    } else {
        a->password = decoded;
        a->password_len = len;
        ask_adapter(s);
    }
}

void mxq_auth_command(mxq_session *s, const struct mxq_command *c)
{
    if (s->user != NULL) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE, "already authenticated");
        return;
    }
    if (!s->cfg.auth) {
        session_reply_error(s, MXQ_R_NOT_IMPLEMENTED, NULL);
        return;
    }
    if (!s->tls && !s->cfg.auth_plaintext) {
        session_reply_error(s, MXQ_R_AUTH_NEEDS_TLS, NULL);
        return;
    }
    bool login = c->auth_mechanism == MXQ_SASL_LOGIN;
    if (c->auth_mechanism == MXQ_SASL_UNKNOWN) {
        session_reply_error(s, MXQ_R_AUTH_MECHANISM, NULL);
        return;
    }
    mxq_auth_forget(&s->auth);
    s->auth.login = login;
    s->auth.resume = s->state;
    if (c->auth_initial.n > 0) {
        take_response(s, c->auth_initial.p, c->auth_initial.n);
        return;
    }
    s->state = ST_AUTH;
    session_reply(s, MXQ_R_AUTH_CHALLENGE, login ? LOGIN_USER_PROMPT : "");
}

void mxq_auth_response(mxq_session *s, const char *line, size_t len)
{
    /* The framing guaranteed the LF; the response is what comes before
     * CRLF. A line without CR before the LF is no valid response. */
    if (len < 2 || line[len - 2] != '\r') {
        give_up(s, MXQ_R_BAD_LINE);
        return;
    }
    take_response(s, line, len - 2);
}

void mxq_auth_fail_due(mxq_session *s)
{
    s->state = s->auth.resume;
    s->auth.failures++;
    if (s->cfg.max_auth_failures &&
        s->auth.failures >= s->cfg.max_auth_failures) {
        session_close(s, MXQ_R_AUTH_TOO_MANY);
        return;
    }
    session_reply_error(s, MXQ_R_AUTH_FAILED, NULL);
}

void mxq_session_authenticated(mxq_session *s, uint32_t id, bool ok,
                               int64_t now)
{
    struct mxq_auth_exchange *a = &s->auth;
    if (s->state != ST_AUTH_CHECK || id != a->request ||
        !mxq_requests_answer(&s->requests, id, MXQ_REQUEST_AUTH))
        return;
    s->last_activity = now;
    if (ok) {
        s->user = a->user; /* kept: it goes into the JSON */
        a->user = NULL;
        a->user_len = 0;
        mxq_auth_forget(a);
        s->state = a->resume;
        session_reply(s, MXQ_R_AUTH_OK, NULL);
    } else {
        mxq_auth_forget(a);
        s->state = ST_AUTH_DELAY;
        a->fail_at = now + (int64_t)s->cfg.auth_failure_delay;
        if (s->cfg.auth_failure_delay == 0)
            mxq_auth_fail_due(s);
    }
    session_settle(s, now);
}
