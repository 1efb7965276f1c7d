/*
 * Message data framing. See data.h for the contract.
 *
 * Only CRLF "." CRLF ends DATA. A lone CR or LF is flagged and makes the
 * transaction fail, so no reading of the stream by a peer that treats
 * "\n.\n" or "\r.\r" as the end can put commands into ours: the SMTP
 * smuggling class (CVE-2023-51764/51765/51766) is closed by construction.
 */
#include "data.h"

%%{
    machine mxq_data;
    alphtype unsigned char;
    access sc->;

    action bare_cr { sc->bare_cr = true; }
    action bare_lf { sc->bare_lf = true; }

    # A "." at the beginning of a line is never message content: either it
    # is the stuffing dot, or it starts the terminator.
    action stuffing_dot {
        if (p > span)
            sink(ctx, (const char *)span, (size_t)(p - span));
        span = p + 1;
    }
    action hold_cr { sc->held_cr = true; }
    action release_cr { sc->held_cr = false; }
    action end_of_data {
        /* span is past the dot: the ".\r" withheld, nothing more to give. */
        *done = true;
        fbreak;
    }

    main := (
        start: (
              '.' @stuffing_dot -> after_dot
            | '\r' -> after_cr
            | '\n' @bare_lf -> in_line
            | (any - [.\r\n]) -> in_line
        ),
        in_line: (
              '\r' -> after_cr
            | '\n' @bare_lf -> in_line
            | (any - [\r\n]) -> in_line
        ),
        after_cr: (
              '\n' -> start
            | '\r' @bare_cr -> after_cr
            | (any - [\r\n]) @bare_cr -> in_line
        ),
        after_dot: (
              '\r' @hold_cr -> after_dot_cr
            | '\n' @bare_lf -> in_line
            | (any - [\r\n]) -> in_line
        ),
        after_dot_cr: (
              '\n' @release_cr @end_of_data -> final
            | '\r' @release_cr @bare_cr -> after_cr
            | (any - [\r\n]) @release_cr @bare_cr -> in_line
        )
    );

    write data noerror nofinal;
}%%

void mxq_data_init(struct mxq_data_scanner *sc)
{
    sc->bare_cr = false;
    sc->bare_lf = false;
    sc->held_cr = false;
    %% write init;
}

size_t mxq_data_scan(struct mxq_data_scanner *sc, const char *data, size_t n,
                     mxq_data_sink *sink, void *ctx, bool *done)
{
    const unsigned char *p = (const unsigned char *)data;
    const unsigned char *pe = p + n;
    const unsigned char *span = p;

    *done = false;
    %% write exec;

    if (!*done) {
        const unsigned char *end = pe;
        /* A ".\r" at a line start may be the terminator: withhold the CR.
         * If an LF does not follow, the data is refused anyway. */
        if (sc->held_cr && end > span)
            end--;
        if (end > span)
            sink(ctx, (const char *)span, (size_t)(end - span));
    }
    return (size_t)(p - (const unsigned char *)data);
}

%%{
    machine mxq_lines;
    alphtype unsigned char;
    access sc->;

    action bare_cr { sc->bare_cr = true; }
    action bare_lf { sc->bare_lf = true; }
    action hold_cr { sc->held_cr = true; }
    action release_cr { sc->held_cr = false; }

    main := (
        start: (
              '\r' @hold_cr -> after_cr
            | '\n' @bare_lf -> start
            | (any - [\r\n]) -> start
        ),
        after_cr: (
              '\n' @release_cr -> start
            | '\r' @bare_cr -> after_cr
            | (any - [\r\n]) @release_cr @bare_cr -> start
        )
    );

    write data noerror nofinal;
}%%

void mxq_lines_init(struct mxq_data_scanner *sc)
{
    sc->bare_cr = false;
    sc->bare_lf = false;
    sc->held_cr = false;
    %% write init;
}

void mxq_lines_check(struct mxq_data_scanner *sc, const char *data, size_t n)
{
    const unsigned char *p = (const unsigned char *)data;
    const unsigned char *pe = p + n;

    %% write exec;
}

void mxq_lines_finish(struct mxq_data_scanner *sc)
{
    if (sc->held_cr)
        sc->bare_cr = true;
}

%%{
    machine mxq_line;
    alphtype unsigned char;

    action found { found = true; fbreak; }

    main := (any - '\n')* '\n' @found;

    write data noerror nofinal;
}%%

size_t mxq_line_length(const char *data, size_t n)
{
    const unsigned char *p = (const unsigned char *)data;
    const unsigned char *pe = p + n;
    bool found = false;
    int cs;

    %% write init;
    %% write exec;

    (void)mxq_line_en_main;
    return found ? (size_t)(p - (const unsigned char *)data) : 0;
}
