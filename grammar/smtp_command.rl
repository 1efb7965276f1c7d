/*
 * SMTP command lines. See smtp_command.h for the contract.
 *
 * One machine reads the whole line in one pass: the verb, its arguments,
 * the ESMTP parameters and the CRLF. Only when it fails does a second,
 * tiny machine read what is left of the line, to tell a broken line
 * (BAD_LINE: a lone CR or LF, a NUL, no CRLF) from a broken command
 * (SYNTAX). Everything the first machine accepts before the point of
 * failure is free of CR, LF and NUL, except the CR of the terminator,
 * which sets saw_cr: so the rest of the line decides.
 *
 * Spaces: one SP wherever RFC 5321 has SP; any number after "FROM:" and
 * "TO:" and before the CRLF, because real clients send them.
 */
#include <stdint.h>

#include "smtp_command.h"

static struct mxq_slice
slice(const unsigned char *from, const unsigned char *to)
{
    struct mxq_slice s = { (const char *)from, (size_t)(to - from) };

    return s;
}

/* Appends one decimal digit; false when the value would not fit. */
static bool
add_digit(uint64_t *value, unsigned char c)
{
    unsigned digit = (unsigned)(c - '0');

    if (*value > (UINT64_MAX - digit) / 10)
        return false;
    *value = *value * 10 + digit;
    return true;
}

/* Records an ESMTP keyword; a second one of the same kind is flagged. */
static void
note_param(struct mxq_command *out, unsigned bit, bool *duplicate)
{
    if (out->params & bit)
        *duplicate = true;
    out->params |= bit;
}

%%{
    machine smtp_command;
    alphtype unsigned char;
    include mxq_sasl_common "sasl.rl";

    action verb_helo     { out->verb = MXQ_VERB_HELO; }
    action verb_ehlo     { out->verb = MXQ_VERB_EHLO; }
    action verb_mail     { out->verb = MXQ_VERB_MAIL; }
    action verb_rcpt     { out->verb = MXQ_VERB_RCPT; }
    action verb_data     { out->verb = MXQ_VERB_DATA; }
    action verb_bdat     { out->verb = MXQ_VERB_BDAT; }
    action verb_rset     { out->verb = MXQ_VERB_RSET; }
    action verb_noop     { out->verb = MXQ_VERB_NOOP; }
    action verb_quit     { out->verb = MXQ_VERB_QUIT; }
    action verb_vrfy     { out->verb = MXQ_VERB_VRFY; }
    action verb_expn     { out->verb = MXQ_VERB_EXPN; }
    action verb_help     { out->verb = MXQ_VERB_HELP; }
    action verb_starttls { out->verb = MXQ_VERB_STARTTLS; }
    action verb_auth     { out->verb = MXQ_VERB_AUTH; }
    # A word that is a prefix of a verb ("MAI") or longer than one
    # ("MAILX") is not a verb: out->verb always names the word read so far.
    action verb_unknown  { out->verb = MXQ_VERB_UNKNOWN; }

    action saw_cr { saw_cr = true; }
    action mark { mark = p; }
    action arg_end { out->arg = slice(mark, p); }
    action arg_last { out->arg = slice(mark, p + 1); }
    action path_end { out->path = slice(mark, p + 1); }
    action auth_initial_end { out->auth_initial = slice(mark, p); }
    action mech_plain { out->auth_mechanism = MXQ_SASL_PLAIN; }
    action mech_login { out->auth_mechanism = MXQ_SASL_LOGIN; }

    action bdat_digit {
        if (!add_digit(&out->chunk_size, fc))
            too_big = true;
    }
    action bdat_last { out->last = true; }

    action param_start { param = p; }
    action unknown_end {
        if (out->unknown_param.p == NULL)
            out->unknown_param = slice(param, p);
    }

    action seen_size {
        note_param(out, MXQ_PARAM_SIZE, &duplicate);
        out->size = 0;
    }
    action size_digit {
        if (!add_digit(&out->size, fc))
            out->size = UINT64_MAX;
    }
    action seen_body { note_param(out, MXQ_PARAM_BODY, &duplicate); }
    action body_7bit { out->body = MXQ_BODY_7BIT; }
    action body_8bitmime { out->body = MXQ_BODY_8BITMIME; }
    action body_binarymime { out->body = MXQ_BODY_BINARYMIME; }
    action seen_smtputf8 { note_param(out, MXQ_PARAM_SMTPUTF8, &duplicate); }
    action seen_ret { note_param(out, MXQ_PARAM_RET, &duplicate); }
    action ret_full { out->ret = MXQ_RET_FULL; }
    action ret_hdrs { out->ret = MXQ_RET_HDRS; }
    action seen_envid { note_param(out, MXQ_PARAM_ENVID, &duplicate); }
    action envid_end { out->envid = slice(mark, p); }
    action seen_notify {
        note_param(out, MXQ_PARAM_NOTIFY, &duplicate);
        out->notify = 0;
    }
    action notify_never { out->notify |= MXQ_NOTIFY_NEVER; }
    action notify_success { out->notify |= MXQ_NOTIFY_SUCCESS; }
    action notify_failure { out->notify |= MXQ_NOTIFY_FAILURE; }
    action notify_delay { out->notify |= MXQ_NOTIFY_DELAY; }
    action seen_orcpt { note_param(out, MXQ_PARAM_ORCPT, &duplicate); }
    action orcpt_type_end { out->orcpt_type = slice(mark, p); }
    action orcpt_rfc822 { out->orcpt_rfc822 = true; }
    action orcpt_address_end { out->orcpt_address = slice(mark, p); }
    action seen_auth { note_param(out, MXQ_PARAM_AUTH, &duplicate); }
    action auth_mailbox_end { out->auth_mailbox = slice(mark, p); }

    SP = ' ';
    crlf = '\r' @saw_cr '\n';
    eol = SP* crlf;                 # trailing spaces: a common client bug
    text = [^\r\n\0];               # what a line may hold at all
    word = [^ \r\n\0];

    # VRFY/EXPN/HELP/NOOP: free text; the slice stops at the last non-SP.
    string_arg = word >mark @arg_last (word @arg_last | SP)*;

    # HELO/EHLO: lenient, clients send odd names; the engine judges.
    helo_arg = [!-~]+ >mark %arg_end;

    # The Path is only delimited here (address.rl reads it): it ends at the
    # first '>' outside a quoted string. Non-ASCII passes (SMTPUTF8).
    path_char = [^"<>\r\n\0 ];
    quoted = '"' ( [^"\\\r\n\0] | '\\' text )* '"';
    path = ( '<' ( path_char | quoted )* '>' ) >mark @path_end;

    # RFC 3461 §4: xtext; hex digits are upper case only.
    xchar = [!-*,-<>-~];            # %d33-42 / %d44-60 / %d62-126
    xtext = ( xchar | '+' [0-9A-F] [0-9A-F] )+;
    esmtp_keyword = alnum ( alnum | '-' )*;
    esmtp_value = [!-<>-~]+;        # %d33-60 / %d62-126
    addr_type = [A-Za-z0-9!#$%&'*+\-/?\^_`{|}~]+;   # atom without '='

    notify_kind = "SUCCESS"i @notify_success
                | "FAILURE"i @notify_failure
                | "DELAY"i @notify_delay;

    size_param = "SIZE"i '=' @seen_size digit{1,20} $size_digit;
    body_param = "BODY"i '=' @seen_body
                 ( "7BIT"i @body_7bit
                 | "8BITMIME"i @body_8bitmime
                 | "BINARYMIME"i @body_binarymime );
    smtputf8_param = "SMTPUTF8"i %seen_smtputf8;
    ret_param = "RET"i '=' @seen_ret
                ( "FULL"i @ret_full | "HDRS"i @ret_hdrs );
    envid_param = "ENVID"i '=' @seen_envid xtext >mark %envid_end;
    notify_param = "NOTIFY"i '=' @seen_notify
                   ( "NEVER"i @notify_never
                   | notify_kind ( ',' notify_kind )* );
    # RFC 3461 §4.2: addr-type "rfc822" (any case) is told apart.
    orcpt_type = "rfc822"i %orcpt_rfc822 | ( addr_type - "rfc822"i );
    orcpt_param = "ORCPT"i '=' @seen_orcpt
                  orcpt_type >mark %orcpt_type_end ';'
                  xtext >mark %orcpt_address_end;
    auth_param = "AUTH"i '=' @seen_auth xtext >mark %auth_mailbox_end;

    known_keyword = "SIZE"i | "BODY"i | "SMTPUTF8"i | "RET"i | "ENVID"i
                  | "NOTIFY"i | "ORCPT"i | "AUTH"i;
    # A known keyword with a bad value matches neither side: SYNTAX.
    unknown_param = ( esmtp_keyword - known_keyword ) ( '=' esmtp_value )?
                    %unknown_end;

    param = ( size_param | body_param | smtputf8_param | ret_param
            | envid_param | notify_param | orcpt_param | auth_param
            | unknown_param ) >param_start;
    params = ( SP param )*;

    # RFC 4954 section 4: AUTH SP sasl-mech [SP initial-response]. The
    # mechanism (sasl.rl: RFC 4422 section 3.1, lower case taken too) is
    # classified here: PLAIN, LOGIN or, for any other name, UNKNOWN. The
    # initial response is base64 with its padding, or "=" for an empty one.
    mechanism = ( sasl_plain %mech_plain
                | sasl_login %mech_login
                | ( sasl_mech - ( sasl_plain | sasl_login ) ) )
                >mark %arg_end;
    b64 = [A-Za-z0-9+/];
    base64 = ( b64{4} )* ( b64{4} | b64{3} '=' | b64{2} '==' );
    initial_response = ( '=' | base64 ) >mark %auth_initial_end;

    known_verb = "HELO"i | "EHLO"i | "MAIL"i | "RCPT"i | "DATA"i | "BDAT"i
               | "RSET"i | "NOOP"i | "QUIT"i | "VRFY"i | "EXPN"i | "HELP"i
               | "STARTTLS"i | "AUTH"i;

    helo = "HELO"i @verb_helo SP helo_arg eol;
    ehlo = "EHLO"i @verb_ehlo SP helo_arg eol;
    mail = "MAIL"i @verb_mail SP "FROM:"i SP* path params eol;
    rcpt = "RCPT"i @verb_rcpt SP "TO:"i SP* path params eol;
    data = "DATA"i @verb_data eol;
    bdat = "BDAT"i @verb_bdat SP digit+ $bdat_digit
           ( SP "LAST"i @bdat_last )? eol;
    rset = "RSET"i @verb_rset eol;
    noop = "NOOP"i @verb_noop ( SP string_arg )? eol;
    quit = "QUIT"i @verb_quit eol;
    vrfy = "VRFY"i @verb_vrfy SP string_arg eol;
    expn = "EXPN"i @verb_expn SP string_arg eol;
    help = "HELP"i @verb_help ( SP string_arg )? eol;
    starttls = "STARTTLS"i @verb_starttls eol;
    auth = "AUTH"i @verb_auth SP mechanism ( SP initial_response )? eol;

    # Anything else on a sound line: the engine answers 500.
    unknown = ( word* - known_verb ) @verb_unknown ( SP text* )? crlf;

    main := helo | ehlo | mail | rcpt | data | bdat | rset | noop | quit
          | vrfy | expn | help | starttls | auth | unknown;

    write data noentry;
}%%

/* What follows the point where the command machine failed: does the line
 * still end in CRLF, with no CR, LF or NUL before it? */
%%{
    machine line_rest;
    alphtype unsigned char;

    main := [^\r\n\0]* '\r\n';

    write data noentry;
}%%

static bool
line_is_sound(const unsigned char *p, const unsigned char *pe)
{
    int cs;

    %% write init;
    %% write exec;
    return cs >= line_rest_first_final && cs != line_rest_error;
}

enum mxq_command_result
mxq_parse_command(const char *line, size_t len, struct mxq_command *out)
{
    const unsigned char *p = (const unsigned char *)line;
    const unsigned char *pe = p + len;
    const unsigned char *mark = p, *param = p;
    bool saw_cr = false, too_big = false, duplicate = false;
    int cs;

    *out = (struct mxq_command){ .verb = MXQ_VERB_UNKNOWN };

    %%{
        machine smtp_command;
        write init;
        write exec;
    }%%

    if (cs >= smtp_command_first_final && cs != smtp_command_error) {
        if (too_big)
            return MXQ_CMD_SYNTAX;
        if (duplicate)
            return MXQ_CMD_DUPLICATE_PARAM;
        if (out->unknown_param.p != NULL)
            return MXQ_CMD_UNKNOWN_PARAM;
        return MXQ_CMD_OK;
    }
    /* The machine failed at p, or ran out of input. */
    if (saw_cr || !line_is_sound(p, pe))
        return MXQ_CMD_BAD_LINE;
    return MXQ_CMD_SYNTAX;
}

/* RFC 3461 §4: xtext decoding, validating as it goes. */
%%{
    machine xtext_decode;
    alphtype unsigned char;

    action copy {
        if (o == cap) {
            full = true;
            fbreak;
        }
        out[o++] = (char)fc;
    }
    action high_digit { high = (unsigned char)(fc - '0'); }
    action high_letter { high = (unsigned char)(fc - 'A' + 10); }
    action low_digit { low = (unsigned char)(fc - '0'); }
    action low_letter { low = (unsigned char)(fc - 'A' + 10); }
    action put_hex {
        if (o == cap) {
            full = true;
            fbreak;
        }
        out[o++] = (char)(high << 4 | low);
    }

    xchar = [!-*,-<>-~];
    high = [0-9] @high_digit | [A-F] @high_letter;
    low = [0-9] @low_digit | [A-F] @low_letter;

    main := ( xchar @copy | '+' high low @put_hex )*;

    write data noentry;
}%%

size_t
mxq_xtext_decode(const char *in, size_t n, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)in;
    const unsigned char *pe = p + n;
    unsigned char high = 0, low = 0;
    size_t o = 0;
    bool full = false;
    int cs;

    %% write init;
    %% write exec;
    if (full || p != pe || cs < xtext_decode_first_final ||
        cs == xtext_decode_error)
        return (size_t)-1;
    return o;
}
