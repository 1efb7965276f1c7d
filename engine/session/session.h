/*
 * The dialogue's state (not public): the session owns its transaction
 * (message/transaction.h), its documents (message/document.h), its AUTH
 * exchange (auth.h) and its requests (requests.h); each keeps its own
 * state behind its own header.
 */
#ifndef MXQ_SESSION_H
#define MXQ_SESSION_H

#include <mxq/mxq.h>

#include "auth.h"
#include "buffer.h"
#include "checks.h"
#include "protection.h"
#include "document.h"
#include "reply.h"
#include "requests.h"
#include "smtp_command.h"
#include "transaction.h"

enum session_state {
    ST_CONNECTED,   /* greeting sent, no HELO/EHLO yet */
    ST_GREETED,     /* no transaction */
    ST_MAIL,        /* MAIL accepted, no recipient yet */
    ST_RCPT,        /* at least one recipient */
    ST_DATA,        /* reading the DATA body */
    ST_CHUNK,       /* reading a BDAT chunk */
    ST_CHECKING,    /* the message is in; its checks wait for lookups */
    ST_STORING,     /* waiting for mxq_session_stored() */
    ST_AUTH,        /* waiting for the client's next SASL response line */
    ST_AUTH_CHECK,  /* waiting for mxq_session_authenticated() */
    ST_AUTH_DELAY,  /* a failed AUTH, answered at auth.fail_at */
    ST_TLS_FLUSH,   /* the 220 for STARTTLS waits to be sent */
    ST_TLS_WAIT,    /* waiting for mxq_session_tls_started() */
    ST_COMMAND_WAIT, /* a command waits between its check and proceed
                        steps (MAIL for the blocklists) */
    ST_CLOSING      /* 221 or 421 queued: nothing more is read */
};

/* A BDAT chunk being read. */
struct chunk {
    uint64_t left;
    bool last;
    bool discard;            /* refused: read and dropped */
    enum session_state resume; /* after a discarded chunk */
};

/* What a command's check leaves for its proceed step (the pending step
 * of the command table). */
struct pending_command {
    char *helo;
    bool extended;
    struct mxq_envelope mail;
    struct mxq_recipient rcpt;
    uint64_t chunk_size;
    bool chunk_last;
};

/* A refused message kept in the refused queue: its reply waits for the
 * store (refused.c). */
struct refused_message {
    bool pending;
    enum mxq_reply reply;
    bool checked;            /* refused by its checks, which are done */
    char arg[256];
    char reason[512];
    struct mxq_refusal_record record;
};

struct mxq_session {
    struct mxq_config cfg;
    struct mxq_connection conn;
    enum session_state state;
    bool extended;           /* EHLO, not HELO */
    bool tls;
    bool stopping;           /* mxq_session_shutdown() was called */
    bool eof;                /* the client closed its side */
    bool close_requested;
    char *helo;
    int64_t last_activity;
    int64_t closing_since;

    struct mxq_buffer out;
    struct mxq_buffer line;  /* a command line that arrived in pieces */
    bool line_too_long;
    struct mxq_buffer input; /* client input held while the session waits */

    struct mxq_transaction tx;
    struct chunk chunk;
    struct pending_command pending;
    struct mxq_checks checks;
    struct mxq_protection protection;
    enum mxq_verb waiting_verb;    /* in ST_COMMAND_WAIT */
    enum session_state waiting_from;
    int64_t checks_deadline; /* in ST_CHECKING */
    struct mxq_document_set docs;
    uint32_t store_request;
    struct refused_message refused;
    uint32_t tls_request;

    struct mxq_requests requests;
    struct mxq_session_stats stats;

    struct mxq_auth_exchange auth;
    char *user;              /* authenticated user, NULL when not */
    const char *tls_version;
    const char *tls_cipher;
};

/* replies (session.c) */
void session_reply(struct mxq_session *s, enum mxq_reply r, const char *arg);
void session_reply_more(struct mxq_session *s, enum mxq_reply r,
                        const char *arg);
/* A reply that blames the client: counted, and too many end the session. */
void session_reply_error(struct mxq_session *s, enum mxq_reply r,
                         const char *arg);
/* The reply, then nothing more: the session closes. */
void session_close(struct mxq_session *s, enum mxq_reply r);
/* The transaction is over, whatever its outcome. */
void session_end_transaction(struct mxq_session *s);

/* Goes on with held input and makes the requests the state calls for;
 * after every change of state from outside (session.c). */
void session_settle(struct mxq_session *s, int64_t now);

/* Makes a RESOLVE request for every lookup the checks ask for. */
void session_request_lookups(struct mxq_session *s);
/* Forgets the checks and their lookups (session.c). */
void session_drop_checks(struct mxq_session *s);
/* What a command in ST_COMMAND_WAIT waited for is there: it proceeds,
 * or is refused (commands.c). */
void session_resume_command(struct mxq_session *s);
/* Builds the message's documents and asks for them to be stored, or
 * refuses the message (commands.c). */
void session_store_message(struct mxq_session *s);
/* Builds the message's documents, with refused's record when set, and
 * asks for them to be stored; false when out of memory (commands.c). */
bool session_request_store(struct mxq_session *s,
                           const struct mxq_refusal_record *refused);

/* Refused mail (refused.c): keeps the message when the refusal and the
 * settings allow, its reply sent once stored (true); false: refuse it
 * now. checked: refused by its checks (their results go with it). */
bool session_keep_refused(struct mxq_session *s, enum mxq_reply refusal,
                          const char *arg, bool checked);
/* The store of a kept refused message is done: its refusal now. */
void session_refused_stored(struct mxq_session *s, bool ok);

/* commands (commands.c) */
void session_command(struct mxq_session *s, const char *line, size_t len);
/* BDAT octets (commands.c). */
size_t session_chunk(struct mxq_session *s, const uint8_t *p, size_t n);
/* DATA octets (commands.c). */
size_t session_data(struct mxq_session *s, const uint8_t *p, size_t n);

#endif
