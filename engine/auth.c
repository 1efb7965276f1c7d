/*
 * SMTP AUTH (RFC 4954) with PLAIN (RFC 4616) and LOGIN. The engine only
 * runs the exchange; the adapter checks the credentials (MXQ_WANT_AUTH)
 * and answers with mxq_session_auth_done(). Credentials are wiped as soon
 * as the verdict is in, and never appear in a reply.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

void auth_forget(mxq_session *s)
{
    wipe(&s->cred_user, &s->cred_user_len);
    wipe(&s->cred_password, &s->cred_password_len);
    s->auth_login = false;
}

bool auth_offered(const mxq_session *s)
{
    return s->cfg.auth && s->user == NULL && (s->tls || s->cfg.auth_plaintext);
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

/* Hands complete credentials to the adapter, or refuses them as a
 * malformed response. */
static void ask_adapter(mxq_session *s)
{
    if (!mxq_sasl_identity_valid(s->cred_user, s->cred_user_len) ||
        !mxq_sasl_password_valid(s->cred_password, s->cred_password_len)) {
        auth_forget(s);
        s->state = s->auth_resume;
        session_reply_error(s, MXQ_R_AUTH_BAD_RESPONSE, NULL);
        return;
    }
    s->state = ST_AUTH_CHECK;
    s->wants |= MXQ_WANT_AUTH;
}

/* Takes a decoded PLAIN message; the authorization identity, if any, must
 * be the authenticated user itself (no proxy authorization). */
static void plain_message(mxq_session *s, char *msg, size_t len)
{
    struct mxq_slice zid, cid, pw;
    if (!mxq_sasl_plain_split(msg, len, &zid, &cid, &pw) ||
        (zid.n > 0 && (zid.n != cid.n || memcmp(zid.p, cid.p, cid.n) != 0))) {
        wipe(&msg, &len);
        s->state = s->auth_resume;
        session_reply_error(s, MXQ_R_AUTH_BAD_RESPONSE, NULL);
        return;
    }
    s->cred_user = mxq_copy_string(cid.p, cid.n);
    s->cred_user_len = cid.n;
    s->cred_password = mxq_copy_string(pw.p, pw.n);
    s->cred_password_len = pw.n;
    wipe(&msg, &len);
    if (s->cred_user == NULL || s->cred_password == NULL) {
        auth_forget(s);
        s->state = s->auth_resume;
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return;
    }
    ask_adapter(s);
}

/* One response (initial or after a 334), still base64. */
static void take_response(mxq_session *s, const char *p, size_t n)
{
    size_t len;
    char *decoded;

    if (n == 1 && p[0] == '*') {
        auth_forget(s);
        s->state = s->auth_resume;
        session_reply_error(s, MXQ_R_AUTH_CANCELLED, NULL);
        return;
    }
    if ((decoded = decode_response(p, n, &len)) == NULL) {
        auth_forget(s);
        s->state = s->auth_resume;
        session_reply_error(s, MXQ_R_AUTH_BAD_RESPONSE, NULL);
        return;
    }
    if (!s->auth_login) {
        plain_message(s, decoded, len);
    } else if (s->cred_user == NULL) {
        s->cred_user = decoded;
        s->cred_user_len = len;
        s->state = ST_AUTH;
        session_reply(s, MXQ_R_AUTH_CHALLENGE, LOGIN_PASSWORD_PROMPT);
    } else {
        s->cred_password = decoded;
        s->cred_password_len = len;
        ask_adapter(s);
    }
}

void auth_command(mxq_session *s, const struct mxq_command *c)
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
    bool plain = c->arg.n == 5 && strncasecmp(c->arg.p, "PLAIN", 5) == 0;
    bool login = c->arg.n == 5 && strncasecmp(c->arg.p, "LOGIN", 5) == 0;
    if (!plain && !login) {
        session_reply_error(s, MXQ_R_AUTH_MECHANISM, NULL);
        return;
    }
    auth_forget(s);
    s->auth_login = login;
    s->auth_resume = s->state;
    if (c->auth_initial.n > 0) {
        take_response(s, c->auth_initial.p, c->auth_initial.n);
        return;
    }
    s->state = ST_AUTH;
    session_reply(s, MXQ_R_AUTH_CHALLENGE, login ? LOGIN_USER_PROMPT : "");
}

void auth_response(mxq_session *s, const char *line, size_t len)
{
    /* The framing guaranteed the LF; the response is what comes before
     * CRLF. A line without CR before the LF is no valid response. */
    if (len < 2 || line[len - 2] != '\r') {
        auth_forget(s);
        s->state = s->auth_resume;
        session_reply_error(s, MXQ_R_BAD_LINE, NULL);
        return;
    }
    take_response(s, line, len - 2);
}

void mxq_session_credentials(const mxq_session *s, const char **user,
                             size_t *user_len, const char **password,
                             size_t *password_len)
{
    *user = s->cred_user;
    *user_len = s->cred_user_len;
    *password = s->cred_password;
    *password_len = s->cred_password_len;
}

void mxq_session_auth_done(mxq_session *s, bool ok, int64_t now)
{
    if (s->state != ST_AUTH_CHECK)
        return;
    s->wants &= ~(unsigned)MXQ_WANT_AUTH;
    s->last_activity = now;
    s->state = s->auth_resume;
    if (ok) {
        s->user = s->cred_user; /* kept: it goes into the JSON */
        s->cred_user = NULL;
        s->cred_user_len = 0;
        auth_forget(s);
        session_reply(s, MXQ_R_AUTH_OK, NULL);
        return;
    }
    auth_forget(s);
    s->auth_failures++;
    if (s->cfg.max_auth_failures &&
        s->auth_failures >= s->cfg.max_auth_failures) {
        session_close(s, MXQ_R_AUTH_TOO_MANY);
        return;
    }
    session_reply_error(s, MXQ_R_AUTH_FAILED, NULL);
}
