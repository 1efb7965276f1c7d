/*
 * Message data framing (grammar/data.rl): the DATA body with its
 * dot-stuffing and CRLF.CRLF terminator (RFC 5321 §4.1.1.4, §4.5.2), the
 * line-ending check of BDAT chunks, and the framing of command lines.
 *
 * Resumable across reads: the scanner keeps its state between calls, so
 * the verdict never depends on how TCP cut the stream.
 */
#ifndef MXQ_DATA_H
#define MXQ_DATA_H

#include <stdbool.h>
#include <stddef.h>

/* Receives a run of message octets, already dot-unstuffed. */
typedef void mxq_data_sink(void *ctx, const char *p, size_t n);

struct mxq_data_scanner {
    int cs;
    bool bare_cr;   /* a CR not followed by LF was seen */
    bool bare_lf;   /* an LF not preceded by CR was seen */
    bool held_cr;   /* the last octet seen may start a CRLF */
};

void mxq_data_init(struct mxq_data_scanner *sc);

/* Scans p[0..n): hands message octets to sink and stops right after the
 * terminating CRLF "." CRLF (the CRLF before the dot belongs to the
 * message). Returns the number of octets consumed; *done is set when the
 * terminator was among them. Only the exact sequence CRLF "." CRLF ends the
 * data: a lone LF or CR never does, it only sets bare_lf / bare_cr. */
size_t mxq_data_scan(struct mxq_data_scanner *sc, const char *p, size_t n,
                     mxq_data_sink *sink, void *ctx, bool *done);

/* Line-ending check for BDAT chunks (no dot-stuffing, no terminator): sets
 * bare_cr / bare_lf. A chunk may end between CR and LF. */
void mxq_lines_init(struct mxq_data_scanner *sc);
void mxq_lines_check(struct mxq_data_scanner *sc, const char *p, size_t n);
/* At the end of the last chunk: a CR that was never followed by LF. */
void mxq_lines_finish(struct mxq_data_scanner *sc);

/* Command-line framing: returns the length of the line that ends at the
 * first LF in p[0..n) (LF included), or 0 when there is no LF yet. */
size_t mxq_line_length(const char *p, size_t n);

#endif
