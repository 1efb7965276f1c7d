/*
 * DKIM tag lists (RFC 6376 §3.2) and the base64 values inside them
 * (b=, bh=, p=; §2.4 allows FWS between the characters), from
 * grammar/dkim_tags.rl.
 *
 *   tag-list  = tag-spec *( ";" tag-spec ) [ ";" ]
 *   tag-spec  = [FWS] tag-name [FWS] "=" [FWS] tag-value [FWS]
 *   tag-name  = ALPHA *ALNUMPUNC                 (ALNUMPUNC: ALPHA DIGIT "_")
 *   tag-value = [ tval *( 1*(WSP / FWS) tval ) ] (tval: %x21-3A / %x3C-7E)
 *
 * FWS is WSP runs with folds (CRLF followed by WSP) among them. Pure
 * functions, no allocation; slices point into the caller's bytes.
 */
#ifndef MXQ_DKIM_TAGS_H
#define MXQ_DKIM_TAGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "slice.h"

struct mxq_dkim_tag {
    struct mxq_slice name;
    struct mxq_slice value;     /* without the FWS around it */
    struct mxq_slice raw_value; /* every octet after '=' up to the ';' (or
                                   the end): what "b= emptied" removes */
};

/* The next tag of the list p[0..n) from *pos (0 to start). True with
 * *out filled and *pos moved past it; false at the end of the list, with
 * *syntax_error set when the list is not a tag-list (a tag-spec that does
 * not match, or an empty one other than after the last ';'). The tags
 * before an error were handed out. */
bool mxq_dkim_tag_next(const char *p, size_t n, size_t *pos,
                       struct mxq_dkim_tag *out, bool *syntax_error);

/* Decodes base64 (RFC 4648 alphabet, '=' padding only at the end, FWS
 * anywhere) into out[0..cap). False when it is not base64, when the
 * number of characters does not make whole octets, or when the octets do
 * not fit; *len is the number written. Empty input is 0 octets. */
bool mxq_dkim_base64(const char *p, size_t n, uint8_t *out, size_t cap,
                     size_t *len);

#endif
