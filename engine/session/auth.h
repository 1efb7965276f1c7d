/* SMTP AUTH's own state within the session (auth.c). */
#ifndef MXQ_AUTH_H
#define MXQ_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct mxq_auth_exchange {
    int resume;              /* enum session_state to go back to */
    bool login;              /* LOGIN: a username came, a password is due */
    char *user;              /* credentials being checked */
    size_t user_len;
    char *password;
    size_t password_len;
    uint32_t request;        /* the outstanding AUTH request, 0: none */
    uint32_t failures;
    int64_t fail_at;         /* a failure is answered then */
};

struct mxq_session;
struct mxq_command;

void mxq_auth_command(struct mxq_session *s, const struct mxq_command *c);
void mxq_auth_response(struct mxq_session *s, const char *line, size_t len);
/* Wipes the credentials and forgets the exchange (not the failures). */
void mxq_auth_forget(struct mxq_auth_exchange *a);
bool mxq_auth_offered(const struct mxq_session *s);
/* The failure's delay is over (ST_AUTH_DELAY): answers it. */
void mxq_auth_fail_due(struct mxq_session *s);

#endif
