/* The session's state, shared by the engine's files (not public). */
#ifndef MXQ_SESSION_H
#define MXQ_SESSION_H

#include <mxq/mxq.h>

#include "buffer.h"
#include "data.h"
#include "reply.h"
#include "smtp_command.h"

enum session_state {
    ST_CONNECTED,   /* greeting sent, no HELO/EHLO yet */
    ST_GREETED,     /* no transaction */
    ST_MAIL,        /* MAIL accepted, no recipient yet */
    ST_RCPT,        /* at least one recipient */
    ST_DATA,        /* reading the DATA body */
    ST_CHUNK,       /* reading a BDAT chunk */
    ST_STORING,     /* waiting for mxq_session_store_done() */
    ST_AUTH,        /* waiting for the client's next SASL response line */
    ST_AUTH_CHECK,  /* waiting for mxq_session_auth_done() */
    ST_TLS_WAIT,    /* waiting for mxq_session_tls_started() */
    ST_CLOSING      /* 221 or 421 sent: nothing more is read */
};

struct recipient {
    char *mailbox;       /* NUL-terminated copy */
    unsigned notify;     /* enum mxq_notify bits, 0 when not given */
    char *orcpt;         /* decoded ORCPT, NULL when not given */
    bool local;          /* a local address: goes to the local queue */
    char message_id[48];
};

struct transaction {
    char *sender;        /* "" for the null path */
    bool smtputf8;
    enum mxq_body body;
    enum mxq_ret ret;
    char *envid;         /* decoded ENVID, NULL when not given */
    struct recipient *rcpts;
    uint32_t rcpt_count;
    uint32_t rcpt_cap;

    /* the message: Received header, then the content */
    struct mxq_buffer message;
    uint64_t content_size;   /* content octets seen, also past the cap */
    bool oversize;
    bool started;            /* Received header written, ids assigned */
    int64_t received_at;
    struct mxq_data_scanner scan;

    /* BDAT */
    bool chunking;           /* a BDAT was accepted in this transaction */
    bool chunk_discard;      /* the current chunk is read and dropped */
    bool chunk_last;
    uint64_t chunk_left;
};

struct mxq_session {
    struct mxq_config cfg;
    struct mxq_connection conn;
    enum session_state state;
    enum session_state resume_state; /* after a refused BDAT chunk */
    bool extended;          /* EHLO, not HELO */
    bool tls;
    bool stopping;          /* mxq_session_shutdown() was called */
    char *helo;
    int64_t last_activity;
    unsigned wants;

    struct mxq_buffer out;
    struct mxq_buffer line;  /* a command line that arrived in pieces */
    bool line_too_long;

    struct transaction tx;

    struct mxq_document *docs;
    size_t doc_count;

    struct mxq_session_stats stats;

    /* AUTH (auth.c) */
    enum session_state auth_resume;  /* ST_CONNECTED or ST_GREETED */
    bool auth_login;         /* LOGIN: a username came, a password is due */
    char *user;              /* authenticated user, NULL when not */
    char *cred_user;         /* being checked */
    size_t cred_user_len;
    char *cred_password;
    size_t cred_password_len;
    uint32_t auth_failures;

    const char *tls_version;
    const char *tls_cipher;
};

/* replies (session.c) */
void session_reply(mxq_session *s, enum mxq_reply r, const char *arg);
void session_reply_more(mxq_session *s, enum mxq_reply r, const char *arg);
/* A reply that blames the client: counted, and too many end the session. */
void session_reply_error(mxq_session *s, enum mxq_reply r, const char *arg);
void session_close(mxq_session *s, enum mxq_reply r);

/* commands (commands.c) */
void session_command(mxq_session *s, const char *line, size_t len);

/* transactions and message data (transaction.c) */
void transaction_reset(mxq_session *s);
bool transaction_start_message(mxq_session *s, int64_t now);
size_t transaction_data(mxq_session *s, const uint8_t *p, size_t n,
                        int64_t now);
size_t transaction_chunk(mxq_session *s, const uint8_t *p, size_t n,
                         int64_t now);
void transaction_begin_chunk(mxq_session *s, uint64_t size, bool last,
                             bool discard);

/* AUTH (auth.c) */
void auth_command(mxq_session *s, const struct mxq_command *c);
void auth_response(mxq_session *s, const char *line, size_t len);
void auth_forget(mxq_session *s);
bool auth_offered(const mxq_session *s);

/* documents (document.c) */
bool documents_build(mxq_session *s);
void documents_free(mxq_session *s);

/* identifiers (message_id.c) */
void mxq_next_message_id(struct mxq_id_source *ids, char out[48]);

#endif
