#include "reply.h"

#include <mxq/mxq.h>

#include <stdio.h>
#include <string.h>

struct reply_def {
    unsigned short code;
    const char *status; /* RFC 3463; NULL where RFC 2034 has none */
    const char *text;   /* may hold one %s */
};

static const struct reply_def replies[MXQ_R_COUNT] = {
    [MXQ_R_GREETING] = {220, NULL, "%s ESMTP mxq"},
    [MXQ_R_HELO] = {250, NULL, "%s"},
    [MXQ_R_EHLO_FIRST] = {250, NULL, "%s"},
    [MXQ_R_OK] = {250, "2.0.0", "Ok"},
    [MXQ_R_SENDER_OK] = {250, "2.1.0", "Sender ok"},
    [MXQ_R_RECIPIENT_OK] = {250, "2.1.5", "Recipient ok"},
    [MXQ_R_START_DATA] = {354, NULL, "End data with <CR><LF>.<CR><LF>"},
    [MXQ_R_CHUNK_OK] = {250, "2.0.0", "%s octets received"},
    [MXQ_R_QUEUED_FIRST] = {250, "2.0.0",
        "Ok, your message has been queued using the following identifiers:"},
    [MXQ_R_QUEUED_ID] = {250, "2.0.0", "%s"},
    [MXQ_R_RESET] = {250, "2.0.0", "Reset"},
    [MXQ_R_VRFY] = {252, "2.5.0",
        "Cannot verify the user, but will accept the message"},
    [MXQ_R_HELP] = {214, "2.0.0",
        "See RFC 5321; commands: EHLO HELO MAIL RCPT DATA BDAT RSET NOOP QUIT VRFY HELP"},
    [MXQ_R_START_TLS] = {220, "2.0.0", "Ready to start TLS"},
    [MXQ_R_QUIT] = {221, "2.0.0", "%s closing connection"},
    [MXQ_R_TIMEOUT] = {421, "4.4.2", "%s timeout, closing connection"},
    [MXQ_R_TOO_MANY_ERRORS] = {421, "4.7.0", "Too many errors, closing connection"},
    [MXQ_R_SHUTDOWN] = {421, "4.3.2", "%s shutting down, try again later"},
    [MXQ_R_STORE_FAILED] = {451, "4.3.0",
        "Message not stored, try again later"},
    [MXQ_R_STORE_UNAVAILABLE] = {451, "4.3.0",
        "Cannot store messages right now, try again later"},
    [MXQ_R_OUT_OF_MEMORY] = {452, "4.3.1", "Insufficient system resources"},
    [MXQ_R_TOO_MANY_RECIPIENTS] = {452, "4.5.3", "Too many recipients"},
    [MXQ_R_UNKNOWN_COMMAND] = {500, "5.5.1", "Command unrecognized"},
    [MXQ_R_BAD_LINE] = {500, "5.5.2",
        "Syntax error: a command line ends with CRLF and holds no NUL"},
    [MXQ_R_LINE_TOO_LONG] = {500, "5.5.2", "Line too long"},
    [MXQ_R_SYNTAX] = {501, "5.5.4", "Syntax error in parameters or arguments"},
    [MXQ_R_NOT_IMPLEMENTED] = {502, "5.5.1", "Command not implemented"},
    [MXQ_R_BAD_SEQUENCE] = {503, "5.5.1", "Bad sequence of commands: %s"},
    [MXQ_R_UNKNOWN_PARAMETER] = {555, "5.5.4", "Unsupported parameter %s"},
    [MXQ_R_DUPLICATE_PARAMETER] = {501, "5.5.4", "Parameter given twice"},
    [MXQ_R_PARAMETER_NOT_HERE] = {555, "5.5.4", "Parameter not allowed here: %s"},
    [MXQ_R_BAD_SENDER] = {501, "5.1.7", "Bad sender address syntax"},
    [MXQ_R_BAD_RECIPIENT] = {501, "5.1.3", "Bad recipient address syntax"},
    [MXQ_R_NON_ASCII_ADDRESS] = {553, "5.6.7",
        "Non-ASCII address needs SMTPUTF8"},
    [MXQ_R_SIZE_DECLARED] = {552, "5.3.4",
        "Message size exceeds fixed maximum message size"},
    [MXQ_R_SIZE_EXCEEDED] = {552, "5.3.4",
        "Message size exceeds fixed maximum message size"},
    [MXQ_R_BARE_LINE_ENDING] = {550, "5.6.0",
        "Message refused: bare CR or LF in data, lines must end with CRLF"},
    [MXQ_R_BINARY_NEEDS_BDAT] = {503, "5.5.1",
        "BODY=BINARYMIME requires BDAT"},
    [MXQ_R_BAD_CHUNK_SIZE] = {421, "4.5.2",
        "%s cannot tell where the BDAT chunk ends, closing connection"},
    [MXQ_R_AUTH_CHALLENGE] = {334, NULL, "%s"},
    [MXQ_R_AUTH_OK] = {235, "2.7.0", "Authentication successful"},
    [MXQ_R_AUTH_FAILED] = {535, "5.7.8",
        "Authentication credentials invalid"},
    [MXQ_R_AUTH_CANCELLED] = {501, "5.7.0", "Authentication cancelled"},
    [MXQ_R_AUTH_BAD_RESPONSE] = {501, "5.5.2",
        "Cannot decode the authentication response"},
    [MXQ_R_AUTH_MECHANISM] = {504, "5.5.4",
        "Unrecognized authentication mechanism"},
    [MXQ_R_AUTH_NEEDS_TLS] = {538, "5.7.11",
        "Encryption required for requested authentication mechanism"},
    [MXQ_R_AUTH_REQUIRED] = {530, "5.7.0",
        "Authentication required for this recipient"},
    [MXQ_R_AUTH_TOO_MANY] = {421, "4.7.0",
        "%s too many authentication failures, closing connection"},
    [MXQ_R_HEADER_TOO_LARGE] = {552, "5.3.4",
        "Message header section too large: %s"},
    [MXQ_R_BAD_HEADER] = {554, "5.6.0", "Message refused: %s"},
    [MXQ_R_BLOCKED] = {554, "5.7.1", "%s"},
    [MXQ_R_CHECK_DMARC] = {550, "5.7.1",
        "Message refused: the DMARC policy of %s says reject"},
    [MXQ_R_CHECK_SPF] = {550, "5.7.23",
        "Message refused: SPF validation failed for %s"},
    [MXQ_R_CHECK_TEMPERROR] = {451, "4.7.0",
        "The %s check could not be completed, try again later"},
    [MXQ_R_CHECK_SPAM] = {550, "5.7.1", "Message refused as spam"},
    [MXQ_R_ACCESS_DENIED] = {554, "5.7.1", "Access denied"},
    [MXQ_R_TOO_MANY_CONNECTIONS] = {421, "4.7.0",
        "Too many connections, try again later"},
    [MXQ_R_CLIENT_TOO_MANY] = {421, "4.7.0",
        "Too many connections from your address, try again later"},
    [MXQ_R_CLIENT_TOO_FAST] = {421, "4.7.0",
        "Connecting too often from your address, try again later"},
    [MXQ_R_MESSAGE_RATE] = {450, "4.7.1",
        "Too many messages from your address, try again later"},
};

void mxq_reply_text(enum mxq_reply r, const char *arg, char *text,
                    size_t len)
{
    /* The text is a constant from the table above; arg is data. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    snprintf(text, len, replies[r].text, arg ? arg : "");
#pragma GCC diagnostic pop
}

const char *mxq_reply_status(enum mxq_reply r)
{
    return replies[r].status ? replies[r].status : "";
}

/* Formats one reply line into line[600]; returns its length. */
static size_t format_line(char line[600], enum mxq_reply r, const char *arg,
                          bool more)
{
    const struct reply_def *d = &replies[r];
    char text[512];
    int n;

    mxq_reply_text(r, arg, text, sizeof text);
    if (d->status)
        n = snprintf(line, 600, "%03u%c%s %s\r\n", d->code,
                     more ? '-' : ' ', d->status, text);
    else
        n = snprintf(line, 600, "%03u%c%s\r\n", d->code,
                     more ? '-' : ' ', text);
    if (n < 0)
        n = 0;
    if (n >= 600) {
        /* Truncated: keep the line well-formed. */
        n = 600 - 1;
        line[n - 2] = '\r';
        line[n - 1] = '\n';
    }
    return (size_t)n;
}

bool mxq_reply_line(struct mxq_buffer *out, enum mxq_reply r,
                    const char *arg, bool more)
{
    char line[600];
    size_t n = format_line(line, r, arg, more);
    return n > 0 && mxq_buffer_append(out, line, n);
}

size_t mxq_refusal_reply(enum mxq_refusal r, char *buf, size_t len)
{
    char line[600];
    static const enum mxq_reply replies_of[] = {
        [MXQ_REFUSAL_NOT_IN_RANGE] = MXQ_R_ACCESS_DENIED,
        [MXQ_REFUSAL_TOO_MANY] = MXQ_R_TOO_MANY_CONNECTIONS,
        [MXQ_REFUSAL_CLIENT_TOO_MANY] = MXQ_R_CLIENT_TOO_MANY,
        [MXQ_REFUSAL_CLIENT_TOO_FAST] = MXQ_R_CLIENT_TOO_FAST};
    if ((size_t)r >= sizeof replies_of / sizeof replies_of[0])
        return 0;
    size_t n = format_line(line, replies_of[r], NULL, false);
    if (n == 0 || n >= len)
        return 0;
    memcpy(buf, line, n);
    buf[n] = '\0';
    return n;
}

_Static_assert(MXQ_COUNTED_REPLIES == MXQ_R_COUNT,
               "MXQ_COUNTED_REPLIES in mxq.h");

int mxq_counted_reply(unsigned i, const char **status)
{
    if (i >= MXQ_R_COUNT)
        return 0;
    *status = mxq_reply_status((enum mxq_reply)i);
    return replies[i].code;
}

int mxq_reply_code(enum mxq_reply r)
{
    return replies[r].code;
}
