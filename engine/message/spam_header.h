/*
 * The X-Spam-Flag and X-Spam-Status fields that `spamassassin-header`
 * adds at the top of the MIME, in SpamAssassin's own layout, so that
 * filters written for spamd's markup read them as they are.
 */
#ifndef MXQ_SPAM_HEADER_H
#define MXQ_SPAM_HEADER_H

#include <stdbool.h>

#include "buffer.h"
#include "checks.h"

/* Appends "X-Spam-Flag: YES" (spam only) and "X-Spam-Status: Yes|No,
 * score=S required=T tests=A,B,..." (folded), CRLF included, to out;
 * with `pad` padded before the last CRLF to a multiple of 3 octets (see
 * auth_results.h). Nothing when spamd gave no verdict. False when out of
 * memory. */
bool mxq_spam_header_append(struct mxq_buffer *out,
                            const struct mxq_checks *checks, bool pad);

/* Is this field one of spamd's markup (X-Spam-*), which a message must
 * not bring itself when we add ours? */
bool mxq_spam_header_is_markup(const char *name, size_t n);

#endif
