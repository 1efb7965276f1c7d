/*
 * The header section's framing. See mime_header.h for the contract.
 *
 * field      = field-name *WSP ":" body CRLF *(WSP body CRLF)
 *              (the *WSP before ':' is RFC 5322 §4.5's obs-optional)
 * field-name = 1*ftext, ftext = %d33-57 / %d59-126
 * body       = any octets but CR and LF (unstructured, obs-utext, and the
 *              UTF-8 of RFC 6532; what they mean is the field's machine's)
 * the end    = CRLF at the start of a line (the empty line), or the end
 *              of the message
 */
#include "mime_header.h"

%%{
    machine mxq_header;
    alphtype unsigned char;
    access sc->;

    ftext = 0x21..0x39 | 0x3b..0x7e;
    wsp = [ \t];

    action begin_field {
        sc->field.start = pos(sc, p, start);
        sc->field.eight_bit = false;
        sc->in_field = true;
        sc->have_colon = false;
    }
    action name_end {
        sc->field.name_len = pos(sc, p, start) - sc->field.start;
    }
    action colon {
        sc->field.body_start = pos(sc, p, start) + 1;
        sc->have_colon = true;
    }
    action eight_bit { sc->field.eight_bit = true; }
    action emit { emit(sc, pos(sc, p, start), fn, ctx); }
    action malformed { fail(sc, MXQ_HEADER_MALFORMED, pos(sc, p, start)); }
    action done {
        sc->status = MXQ_HEADER_DONE;
        sc->body_offset = pos(sc, p, start) + 1;
    }
    # Runs after the transition's own actions: the limits, and the stop
    # once an action decided the outcome.
    action octet {
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            fbreak;
    }

    main := (
        start: (
              ftext @begin_field -> name
            | '\r' -> end_cr
            | (any - ftext - '\r') @malformed -> final
        ),
        name: (
              ftext -> name
            | ':' @name_end @colon -> body
            | wsp @name_end -> name_ws
            | (any - ftext - wsp - ':') @malformed -> final
        ),
        name_ws: (
              wsp -> name_ws
            | ':' @colon -> body
            | (any - wsp - ':') @malformed -> final
        ),
        body: (
              '\r' -> body_cr
            | (0x80..0xff) @eight_bit -> body
            | (any - [\r\n] - (0x80..0xff)) -> body
            | '\n' @malformed -> final
        ),
        body_cr: (
              '\n' -> next
            | (any - '\n') @malformed -> final
        ),
        # After a field's CRLF: folded, or the next field, or the end.
        next: (
              wsp -> body
            | ftext @emit @begin_field -> name
            | '\r' @emit -> end_cr
            | (any - ftext - wsp - '\r') @emit @malformed -> final
        ),
        end_cr: (
              '\n' @done -> final
            | (any - '\n') @malformed -> final
        )
    ) $octet;

    write data noerror nofinal;
}%%

static size_t pos(const struct mxq_header_scanner *sc, const unsigned char *p,
                  const unsigned char *start)
{
    return sc->offset + (size_t)(p - start);
}

static void fail(struct mxq_header_scanner *sc, enum mxq_header_status why,
                 size_t at)
{
    if (sc->status == MXQ_HEADER_MORE) {
        sc->status = why;
        sc->error_offset = at;
    }
}

/* A limit is broken even by the octet that would have ended the header
 * section. */
static void past_limit(struct mxq_header_scanner *sc,
                       enum mxq_header_status why, size_t at)
{
    if (sc->status == MXQ_HEADER_DONE)
        sc->status = MXQ_HEADER_MORE;
    fail(sc, why, at);
}

/* The field being read ends at `end`. */
static void emit(struct mxq_header_scanner *sc, size_t end,
                 mxq_header_field_fn *fn, void *ctx)
{
    sc->in_field = false;
    if (sc->fields == sc->limits.max_fields) {
        fail(sc, MXQ_HEADER_TOO_MANY_FIELDS, sc->field.start);
        return;
    }
    sc->fields++;
    sc->field.end = end;
    if (fn != NULL)
        fn(ctx, &sc->field);
}

void mxq_header_init(struct mxq_header_scanner *sc,
                     const struct mxq_header_limits *limits)
{
    *sc = (struct mxq_header_scanner){ .limits = *limits };
    %% write init;
}

enum mxq_header_status mxq_header_scan(struct mxq_header_scanner *sc,
                                       const char *data, size_t n,
                                       mxq_header_field_fn *fn, void *ctx,
                                       size_t *consumed)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start, *pe = start + n;

    if (sc->status != MXQ_HEADER_MORE) {
        if (consumed != NULL)
            *consumed = 0;
        return sc->status;
    }
    %% write exec;

    size_t used = (size_t)(p - start);
    sc->offset += used;
    if (consumed != NULL)
        *consumed = used;
    return sc->status;
}

enum mxq_header_status mxq_header_finish(struct mxq_header_scanner *sc,
                                         mxq_header_field_fn *fn, void *ctx)
{
    if (sc->status != MXQ_HEADER_MORE)
        return sc->status;
    if (sc->in_field && !sc->have_colon) {
        fail(sc, MXQ_HEADER_MALFORMED, sc->offset);
        return sc->status;
    }
    if (sc->in_field)
        emit(sc, sc->offset, fn, ctx);
    if (sc->status == MXQ_HEADER_MORE) {
        sc->status = MXQ_HEADER_DONE;
        sc->body_offset = sc->offset;
    }
    return sc->status;
}
