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
    # Events check first that the line they are on is not already too
    # long (the limit is checked there, and at the end of each call, not
    # at every octet).
    action emit {
        if (line_fits(sc, pos(sc, p, start)))
            emit(sc, pos(sc, p, start), fn, ctx);
        if (sc->status != MXQ_HEADER_MORE)
            fbreak;
    }
    action malformed {
        if (line_fits(sc, pos(sc, p, start)))
            fail(sc, MXQ_HEADER_MALFORMED, pos(sc, p, start));
        fbreak;
    }
    # A CR is not counted: after one, the line's length is that before it.
    action malformed_after_cr {
        if (line_fits(sc, pos(sc, p, start) - 1))
            fail(sc, MXQ_HEADER_MALFORMED, pos(sc, p, start));
        fbreak;
    }
    action cr {
        if (!line_fits(sc, pos(sc, p, start)))
            fbreak;
    }
    action lf { sc->line_start = pos(sc, p, start) + 1; }
    action done {
        sc->status = MXQ_HEADER_DONE;
        sc->body_offset = pos(sc, p, start) + 1;
        fbreak;
    }

    main := (
        start: (
              ftext @begin_field -> name
            | '\r' @cr -> end_cr
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
              '\r' @cr -> body_cr
            | (0x80..0xff) @eight_bit -> body
            | (any - [\r\n] - (0x80..0xff)) -> body
            | '\n' @malformed -> final
        ),
        body_cr: (
              '\n' @lf -> next
            | (any - '\n') @malformed_after_cr -> final
        ),
        # After a field's CRLF: folded, or the next field, or the end.
        next: (
              wsp -> body
            | ftext @emit @begin_field -> name
            | '\r' @emit @cr -> end_cr
            | (any - ftext - wsp - '\r') @emit @malformed -> final
        ),
        end_cr: (
              '\n' @done -> final
            | (any - '\n') @malformed_after_cr -> final
        )
    );

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

/* Is the line being read, up to offset `at`, within max_line? When it is
 * not, the limit broke at its first octet past max_line (CR and LF do not
 * count), before anything that happened after that octet. */
static bool line_fits(struct mxq_header_scanner *sc, size_t at)
{
    if (at - sc->line_start <= sc->limits.max_line)
        return true;
    fail(sc, MXQ_HEADER_LINE_TOO_LONG, sc->line_start + sc->limits.max_line);
    return false;
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
    /* The octet at offset max_size breaks that limit, after what it does
     * itself (even when it would have ended the header section). */
    size_t room = sc->limits.max_size - sc->offset;
    bool clamped = n > room;
    if (clamped)
        pe = start + room + 1;
    %% write exec;

    size_t end = pos(sc, p, start);
    if (sc->status == MXQ_HEADER_MORE) {
        /* the line read so far, a CR that may start its CRLF not counted */
        bool cr = p > start && p[-1] == '\r';
        (void)line_fits(sc, cr ? end - 1 : end);
    }
    if (clamped && end > sc->limits.max_size &&
        (sc->status == MXQ_HEADER_MORE || sc->status == MXQ_HEADER_DONE)) {
        sc->status = MXQ_HEADER_MORE;
        fail(sc, MXQ_HEADER_TOO_LARGE, sc->limits.max_size);
    }
    /* A long line is found late: nothing past its first octet over the
     * limit counts as scanned. */
    if (sc->status == MXQ_HEADER_LINE_TOO_LONG && end > sc->error_offset + 1)
        end = sc->error_offset + 1;
    size_t used = end - sc->offset;
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
