/* The contents of a JSON string (without the quotes), escaped. */
#ifndef MXQ_JSON_STRING_H
#define MXQ_JSON_STRING_H

#include "buffer.h"

/* Appends p[0..n) escaped exactly as yajl 2 escapes a string
 * (yajl_gen_string, solidus not escaped): \b \t \n \f \r \" \\ as two
 * characters, the other octets below 0x20 as \u00XX in upper-case hex,
 * every other octet as it is. The documents hold strings of both, so they
 * must agree octet for octet. False when out of memory; out may then
 * hold a part of it. */
bool mxq_json_string_append(struct mxq_buffer *out, const void *p, size_t n);

#endif
