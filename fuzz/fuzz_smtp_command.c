/*
 * fuzz-smtp_command: the input is one command line for mxq_parse_command();
 * the xtext slices it hands out go through mxq_xtext_decode(), and so does
 * the raw input, against a decoder written here from RFC 3461 §4.
 *
 * Invariants: BAD_LINE exactly when the line does not end in CRLF or holds
 * a CR, LF or NUL before it; every slice lies inside the line; a Path is
 * "<...>"; every xtext the grammar let through decodes; the decoder agrees
 * with the reference; parsing is deterministic.
 */
#include "fuzz_support.h"

#include "smtp_command.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

/* RFC 3461 §4: xchar is %d33-126 but "+" and "="; hexchar is "+" and two
 * upper-case hex digits. */
static int command_hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static size_t command_xtext_reference(const char *in, size_t n, char *out,
                                      size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        int value;
        if (c == '+') {
            if (n - i < 3 || command_hex_value((unsigned char)in[i + 1]) < 0 ||
                command_hex_value((unsigned char)in[i + 2]) < 0)
                return (size_t)-1;
            value = command_hex_value((unsigned char)in[i + 1]) * 16 +
                    command_hex_value((unsigned char)in[i + 2]);
            i += 2;
        } else if (c >= 33 && c <= 126 && c != '=') {
            value = c;
        } else {
            return (size_t)-1;
        }
        if (o == cap)
            return (size_t)-1;
        out[o++] = (char)value;
    }
    return o;
}

/* Decodes x with the engine and the reference, with room to spare and
 * with one octet too few; both must agree. Returns the engine's result. */
static size_t command_check_xtext(const char *x, size_t n)
{
    char *got = fuzz_alloc(n + 1);
    char *want = fuzz_alloc(n + 1);
    char *in = fuzz_copy(x, n);
    size_t g = mxq_xtext_decode(in, n, got, n + 1);
    size_t w = command_xtext_reference(in, n, want, n + 1);

    FUZZ_CHECK(g == w, "xtext decode gives %zu, reference %zu", g, w);
    if (g != (size_t)-1) {
        FUZZ_CHECK(g <= n, "decoded xtext is longer than its source");
        FUZZ_CHECK(memcmp(got, want, g) == 0, "decoded xtext differs");
        if (g > 0) {
            size_t short_by_one = mxq_xtext_decode(in, n, got, g - 1);
            FUZZ_CHECK(short_by_one == (size_t)-1,
                       "xtext decode wrote past its capacity");
        }
    }
    free(in);
    free(got);
    free(want);
    return g;
}

static bool command_line_is_bad(const char *line, size_t len)
{
    if (len < 2 || line[len - 2] != '\r' || line[len - 1] != '\n')
        return true;
    for (size_t i = 0; i + 2 < len; i++)
        if (line[i] == '\r' || line[i] == '\n' || line[i] == '\0')
            return true;
    return false;
}

#define COMMAND_SLICE_INSIDE(field)                                          \
    FUZZ_CHECK(fuzz_slice_inside(c.field.p, c.field.n, line, size),          \
               "slice " #field " is outside the line")

static void command_check_ok(const struct mxq_command *cp, const char *line,
                             size_t size)
{
    struct mxq_command c = *cp;

    COMMAND_SLICE_INSIDE(arg);
    COMMAND_SLICE_INSIDE(path);
    COMMAND_SLICE_INSIDE(auth_initial);
    COMMAND_SLICE_INSIDE(envid);
    COMMAND_SLICE_INSIDE(orcpt_type);
    COMMAND_SLICE_INSIDE(orcpt_address);
    COMMAND_SLICE_INSIDE(auth_mailbox);
    COMMAND_SLICE_INSIDE(unknown_param);

    if (c.verb == MXQ_VERB_MAIL || c.verb == MXQ_VERB_RCPT)
        FUZZ_CHECK(c.path.n >= 2 && c.path.p[0] == '<' &&
                       c.path.p[c.path.n - 1] == '>',
                   "a Path without its angle brackets");
    else
        FUZZ_CHECK(c.path.n == 0, "a Path on a verb that has none");
    if (c.verb == MXQ_VERB_HELO || c.verb == MXQ_VERB_EHLO)
        FUZZ_CHECK(c.arg.n > 0, "HELO/EHLO without a name");
    if (c.arg.n > 0)
        FUZZ_CHECK(c.arg.p[c.arg.n - 1] != ' ', "argument ends in a space");
    if (c.params & MXQ_PARAM_ENVID)
        FUZZ_CHECK(c.envid.n > 0 &&
                       command_check_xtext(c.envid.p, c.envid.n) != (size_t)-1,
                   "ENVID accepted but not decodable");
    if (c.params & MXQ_PARAM_ORCPT)
        FUZZ_CHECK(c.orcpt_type.n > 0 && c.orcpt_address.n > 0 &&
                       command_check_xtext(c.orcpt_address.p,
                                           c.orcpt_address.n) != (size_t)-1,
                   "ORCPT accepted but not decodable");
    if (c.params & MXQ_PARAM_AUTH)
        FUZZ_CHECK(c.auth_mailbox.n > 0 &&
                       command_check_xtext(c.auth_mailbox.p,
                                           c.auth_mailbox.n) != (size_t)-1,
                   "AUTH= accepted but not decodable");
    if (c.notify & MXQ_NOTIFY_NEVER)
        FUZZ_CHECK(c.notify == MXQ_NOTIFY_NEVER, "NEVER with other kinds");
    if (c.verb != MXQ_VERB_BDAT)
        FUZZ_CHECK(c.chunk_size == 0 && !c.last, "BDAT fields on another verb");
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *line = fuzz_copy(data, size);
    struct mxq_command c, again;
    enum mxq_command_result r = mxq_parse_command(line, size, &c);

    FUZZ_CHECK((int)c.verb >= 0 && (int)c.verb < MXQ_VERB_COUNT,
               "verb %d out of range", (int)c.verb);
    FUZZ_CHECK((int)r >= 0 && (int)r <= MXQ_CMD_DUPLICATE_PARAM,
               "result %d out of range", (int)r);
    FUZZ_CHECK((r == MXQ_CMD_BAD_LINE) == command_line_is_bad(line, size),
               "result %d, but the line is %s", (int)r,
               command_line_is_bad(line, size) ? "broken" : "sound");
    if (r == MXQ_CMD_OK)
        command_check_ok(&c, line, size);
    if (r == MXQ_CMD_UNKNOWN_PARAM)
        FUZZ_CHECK(c.unknown_param.n > 0 &&
                       fuzz_slice_inside(c.unknown_param.p, c.unknown_param.n,
                                         line, size),
                   "UNKNOWN_PARAM without the parameter");

    enum mxq_command_result r2 = mxq_parse_command(line, size, &again);
    FUZZ_CHECK(r2 == r && again.verb == c.verb && again.params == c.params,
               "parsing the same line twice differs");

    (void)command_check_xtext(line, size);
    free(line);
    return 0;
}
