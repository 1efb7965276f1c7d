
#line 1 "grammar/mime_received.rl"
/*
 * Received field bodies. See mime_received.h for the contract and the
 * leniency.
 *
 * Two layers. A scanner cuts the body into words and separators
 * ( ) [ ] < > ; = , " / : (an IPv6 address, with or without "IPv6:", is
 * one word although it holds ':') and keeps the comment and bracket
 * depth. Each word is classified by small exact-match machines (address,
 * keyword, protocol, TLS version, e-mail, domain, cipher suite) and fed
 * to the walk: a keyword outside comments opens its clause and says what
 * the next words may be; the words of the from clause's comments give
 * the TCP-info.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "mime_content_type.h"
#include "mime_received.h"


#line 52 "grammar/mime_received.rl"


enum word_kind {
    WORD_SEPARATOR,            /* one of the separator octets */
    WORD_TEXT,                 /* none of the below */
    WORD_IP,
    WORD_FROM, WORD_BY, WORD_FOR, WORD_ID, WORD_WITH, WORD_VIA, WORD_IDENT,
    WORD_GREETING,             /* value: enum mxq_received_greeting */
    WORD_PROTOCOL,             /* value: enum mxq_received_protocol */
    WORD_TLS,                  /* value: enum mxq_received_tls */
    WORD_EMAIL,
    WORD_DOMAIN,
    WORD_CIPHER
};

struct word {
    enum word_kind kind;
    int value;
    unsigned char separator;
    struct mxq_slice text;
    unsigned depth;            /* comments open around it */
    unsigned brackets;         /* '[' open around it */
};

/* ------------------------------------------------------ classification */

static bool whole_match(int cs, int first_final, const unsigned char *p,
                        const unsigned char *pe)
{
    return cs >= first_final && p == pe;
}


#line 60 "gen/mime_received.c"
static const int mxq_received_ip4_start = 1;
static const int mxq_received_ip4_first_final = 20;

static const int mxq_received_ip4_en_main = 1;


#line 89 "grammar/mime_received.rl"


static bool is_ip4(const unsigned char *p, const unsigned char *pe)
{
    int cs;
    
#line 70 "gen/mime_received.c"
	{
	cs = mxq_received_ip4_start;
	}

#line 95 "grammar/mime_received.rl"
    
#line 73 "gen/mime_received.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 48u: goto st2;
		case 49u: goto st16;
		case 50u: goto st18;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st17;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 46u )
		goto st3;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 48u: goto st4;
		case 49u: goto st12;
		case 50u: goto st14;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st13;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 46u )
		goto st5;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 48u: goto st6;
		case 49u: goto st8;
		case 50u: goto st10;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st9;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( (*p) == 46u )
		goto st7;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 48u: goto st20;
		case 49u: goto st21;
		case 50u: goto st23;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st22;
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st22;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st20;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	if ( (*p) == 53u )
		goto st24;
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st20;
	} else if ( (*p) >= 48u )
		goto st22;
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st20;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	if ( (*p) == 46u )
		goto st7;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st9;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( (*p) == 46u )
		goto st7;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st6;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 46u: goto st7;
		case 53u: goto st11;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st6;
	} else if ( (*p) >= 48u )
		goto st9;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( (*p) == 46u )
		goto st7;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st6;
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	if ( (*p) == 46u )
		goto st5;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st13;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	if ( (*p) == 46u )
		goto st5;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st4;
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 46u: goto st5;
		case 53u: goto st15;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st4;
	} else if ( (*p) >= 48u )
		goto st13;
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	if ( (*p) == 46u )
		goto st5;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st4;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	if ( (*p) == 46u )
		goto st3;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st17;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) == 46u )
		goto st3;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2;
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 46u: goto st3;
		case 53u: goto st19;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st2;
	} else if ( (*p) >= 48u )
		goto st17;
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	if ( (*p) == 46u )
		goto st3;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st2;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 96 "grammar/mime_received.rl"
    (void)mxq_received_ip4_en_main;
    return whole_match(cs, mxq_received_ip4_first_final, p, pe);
}

/* Keywords, greetings, protocol names and TLS versions, case-insensitive.
 * An action on a longer name overrides the one on its prefix. */

#line 342 "gen/mime_received.c"
static const int mxq_received_name_start = 1;
static const int mxq_received_name_first_final = 94;

static const int mxq_received_name_en_main = 1;


#line 178 "grammar/mime_received.rl"


static bool named_word(const unsigned char *p, const unsigned char *pe,
                       struct word *w)
{
    enum word_kind kind = WORD_TEXT;
    int value = 0, cs;

    
#line 355 "gen/mime_received.c"
	{
	cs = mxq_received_name_start;
	}

#line 187 "grammar/mime_received.rl"
    
#line 358 "gen/mime_received.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 65u: goto st2;
		case 66u: goto st6;
		case 69u: goto st10;
		case 70u: goto st19;
		case 72u: goto st23;
		case 73u: goto st31;
		case 76u: goto st36;
		case 77u: goto st53;
		case 80u: goto st55;
		case 83u: goto st58;
		case 84u: goto st73;
		case 85u: goto st79;
		case 86u: goto st89;
		case 87u: goto st91;
		case 97u: goto st2;
		case 98u: goto st6;
		case 101u: goto st10;
		case 102u: goto st19;
		case 104u: goto st23;
		case 105u: goto st31;
		case 108u: goto st36;
		case 109u: goto st53;
		case 112u: goto st55;
		case 115u: goto st58;
		case 116u: goto st73;
		case 117u: goto st79;
		case 118u: goto st89;
		case 119u: goto st91;
	}
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 83u: goto st3;
		case 115u: goto st3;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 77u: goto st4;
		case 109u: goto st4;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 84u: goto st5;
		case 116u: goto st5;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 80u: goto tr18;
		case 112u: goto tr18;
	}
	goto st0;
tr18:
#line 125 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_ESMTPA; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr20:
#line 107 "grammar/mime_received.rl"
	{ kind = WORD_BY; }
	goto st94;
tr23:
#line 123 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_SMTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr27:
#line 119 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_EHLO; }
#line 121 "grammar/mime_received.rl"
	{ kind = WORD_GREETING; }
	goto st94;
tr33:
#line 126 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_ESMTPS; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr36:
#line 108 "grammar/mime_received.rl"
	{ kind = WORD_FOR; }
	goto st94;
tr38:
#line 106 "grammar/mime_received.rl"
	{ kind = WORD_FROM; }
	goto st94;
tr42:
#line 118 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_HELO; }
#line 121 "grammar/mime_received.rl"
	{ kind = WORD_GREETING; }
	goto st94;
tr47:
#line 132 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_HTTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr51:
#line 112 "grammar/mime_received.rl"
	{ kind = WORD_IDENT; }
	goto st94;
tr53:
#line 156 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_IMAP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr59:
#line 120 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_LHLO; }
#line 121 "grammar/mime_received.rl"
	{ kind = WORD_GREETING; }
	goto st94;
tr73:
#line 128 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_LMTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr89:
#line 134 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_LOCAL; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr75:
#line 158 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_MMS; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr78:
#line 157 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_POP3; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr91:
#line 171 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_SSLV2; }
#line 173 "grammar/mime_received.rl"
	{ kind = WORD_TLS; }
	goto st94;
tr92:
#line 172 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_SSLV3; }
#line 173 "grammar/mime_received.rl"
	{ kind = WORD_TLS; }
	goto st94;
tr102:
#line 164 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_TLSV1_0; }
#line 173 "grammar/mime_received.rl"
	{ kind = WORD_TLS; }
	goto st94;
tr103:
#line 167 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_TLSV1_1; }
#line 173 "grammar/mime_received.rl"
	{ kind = WORD_TLS; }
	goto st94;
tr104:
#line 168 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_TLSV1_2; }
#line 173 "grammar/mime_received.rl"
	{ kind = WORD_TLS; }
	goto st94;
tr105:
#line 169 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_TLSV1_3; }
#line 173 "grammar/mime_received.rl"
	{ kind = WORD_TLS; }
	goto st94;
tr118:
#line 111 "grammar/mime_received.rl"
	{ kind = WORD_VIA; }
	goto st94;
tr121:
#line 110 "grammar/mime_received.rl"
	{ kind = WORD_WITH; }
	goto st94;
tr124:
#line 127 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_ESMTPSA; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr126:
#line 133 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_HTTPS; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr128:
#line 129 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_LMTPA; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr130:
#line 131 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_LMTPSA; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr133:
#line 151 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_UTF8LMTPA; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr135:
#line 153 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_UTF8LMTPSA; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr136:
#line 147 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_UTF8SMTPA; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
tr138:
#line 149 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_UTF8SMTPSA; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st94;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
#line 560 "gen/mime_received.c"
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 83u: goto st7;
		case 89u: goto tr20;
		case 115u: goto st7;
		case 121u: goto tr20;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 77u: goto st8;
		case 109u: goto st8;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 84u: goto st9;
		case 116u: goto st9;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 80u: goto tr23;
		case 112u: goto tr23;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 72u: goto st11;
		case 83u: goto st13;
		case 104u: goto st11;
		case 115u: goto st13;
	}
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 76u: goto st12;
		case 108u: goto st12;
	}
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 79u: goto tr27;
		case 111u: goto tr27;
	}
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 77u: goto st14;
		case 109u: goto st14;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 84u: goto st15;
		case 116u: goto st15;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 80u: goto tr30;
		case 112u: goto tr30;
	}
	goto st0;
tr30:
#line 124 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_ESMTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st95;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
#line 663 "gen/mime_received.c"
	switch( (*p) ) {
		case 45u: goto st16;
		case 65u: goto tr18;
		case 83u: goto tr123;
		case 84u: goto st17;
		case 97u: goto tr18;
		case 115u: goto tr123;
		case 116u: goto st17;
	}
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 84u: goto st17;
		case 116u: goto st17;
	}
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 76u: goto st18;
		case 108u: goto st18;
	}
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 83u: goto tr33;
		case 115u: goto tr33;
	}
	goto st0;
tr123:
#line 126 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_ESMTPS; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
#line 708 "gen/mime_received.c"
	switch( (*p) ) {
		case 65u: goto tr124;
		case 97u: goto tr124;
	}
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 79u: goto st20;
		case 82u: goto st21;
		case 111u: goto st20;
		case 114u: goto st21;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 82u: goto tr36;
		case 114u: goto tr36;
	}
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 79u: goto st22;
		case 111u: goto st22;
	}
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 77u: goto tr38;
		case 109u: goto tr38;
	}
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 69u: goto st24;
		case 84u: goto st26;
		case 101u: goto st24;
		case 116u: goto st26;
	}
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 76u: goto st25;
		case 108u: goto st25;
	}
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 79u: goto tr42;
		case 111u: goto tr42;
	}
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 84u: goto st27;
		case 116u: goto st27;
	}
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 80u: goto tr44;
		case 112u: goto tr44;
	}
	goto st0;
tr44:
#line 132 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_HTTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st97;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
#line 806 "gen/mime_received.c"
	switch( (*p) ) {
		case 82u: goto st28;
		case 83u: goto tr126;
		case 85u: goto tr47;
		case 114u: goto st28;
		case 115u: goto tr126;
		case 117u: goto tr47;
	}
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 69u: goto st29;
		case 101u: goto st29;
	}
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 83u: goto st30;
		case 115u: goto st30;
	}
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 84u: goto tr47;
		case 116u: goto tr47;
	}
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 68u: goto tr48;
		case 77u: goto st34;
		case 100u: goto tr48;
		case 109u: goto st34;
	}
	goto st0;
tr48:
#line 109 "grammar/mime_received.rl"
	{ kind = WORD_ID; }
	goto st98;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
#line 860 "gen/mime_received.c"
	switch( (*p) ) {
		case 69u: goto st32;
		case 101u: goto st32;
	}
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 78u: goto st33;
		case 110u: goto st33;
	}
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 84u: goto tr51;
		case 116u: goto tr51;
	}
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 65u: goto st35;
		case 97u: goto st35;
	}
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 80u: goto tr53;
		case 112u: goto tr53;
	}
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 72u: goto st37;
		case 77u: goto st39;
		case 79u: goto st41;
		case 83u: goto st50;
		case 104u: goto st37;
		case 109u: goto st39;
		case 111u: goto st41;
		case 115u: goto st50;
	}
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 76u: goto st38;
		case 108u: goto st38;
	}
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 79u: goto tr59;
		case 111u: goto tr59;
	}
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 84u: goto st40;
		case 116u: goto st40;
	}
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 80u: goto tr61;
		case 112u: goto tr61;
	}
	goto st0;
tr61:
#line 128 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_LMTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
#line 960 "gen/mime_received.c"
	switch( (*p) ) {
		case 65u: goto tr128;
		case 83u: goto tr129;
		case 97u: goto tr128;
		case 115u: goto tr129;
	}
	goto st0;
tr129:
#line 130 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_LMTPS; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
#line 975 "gen/mime_received.c"
	switch( (*p) ) {
		case 65u: goto tr130;
		case 97u: goto tr130;
	}
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 67u: goto st42;
		case 99u: goto st42;
	}
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 65u: goto st43;
		case 97u: goto st43;
	}
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 76u: goto tr64;
		case 108u: goto tr64;
	}
	goto st0;
tr64:
#line 134 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_LOCAL; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
#line 1015 "gen/mime_received.c"
	if ( (*p) == 45u )
		goto st44;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 66u: goto st45;
		case 69u: goto st46;
		case 83u: goto st7;
		case 98u: goto st45;
		case 101u: goto st46;
		case 115u: goto st7;
	}
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 83u: goto st7;
		case 115u: goto st7;
	}
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 83u: goto st47;
		case 115u: goto st47;
	}
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 77u: goto st48;
		case 109u: goto st48;
	}
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 84u: goto st49;
		case 116u: goto st49;
	}
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 80u: goto tr70;
		case 112u: goto tr70;
	}
	goto st0;
tr70:
#line 124 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_ESMTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
#line 1084 "gen/mime_received.c"
	switch( (*p) ) {
		case 83u: goto tr33;
		case 115u: goto tr33;
	}
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 77u: goto st51;
		case 109u: goto st51;
	}
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 84u: goto st52;
		case 116u: goto st52;
	}
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 80u: goto tr73;
		case 112u: goto tr73;
	}
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	switch( (*p) ) {
		case 77u: goto st54;
		case 109u: goto st54;
	}
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 83u: goto tr75;
		case 115u: goto tr75;
	}
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 79u: goto st56;
		case 111u: goto st56;
	}
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 80u: goto st57;
		case 112u: goto st57;
	}
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	if ( (*p) == 51u )
		goto tr78;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 77u: goto st59;
		case 79u: goto st63;
		case 83u: goto st67;
		case 84u: goto st70;
		case 109u: goto st59;
		case 111u: goto st63;
		case 115u: goto st67;
		case 116u: goto st70;
	}
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 84u: goto st60;
		case 116u: goto st60;
	}
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	switch( (*p) ) {
		case 80u: goto tr84;
		case 112u: goto tr84;
	}
	goto st0;
tr84:
#line 123 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_SMTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st103;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
#line 1200 "gen/mime_received.c"
	switch( (*p) ) {
		case 68u: goto tr23;
		case 83u: goto st61;
		case 100u: goto tr23;
		case 115u: goto st61;
	}
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 86u: goto st62;
		case 118u: goto st62;
	}
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 67u: goto tr23;
		case 99u: goto tr23;
	}
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 67u: goto st64;
		case 99u: goto st64;
	}
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	switch( (*p) ) {
		case 75u: goto st65;
		case 107u: goto st65;
	}
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	switch( (*p) ) {
		case 69u: goto st66;
		case 101u: goto st66;
	}
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	switch( (*p) ) {
		case 84u: goto tr89;
		case 116u: goto tr89;
	}
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 76u: goto st68;
		case 108u: goto st68;
	}
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 50u: goto tr91;
		case 51u: goto tr92;
		case 86u: goto st69;
		case 118u: goto st69;
	}
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 50u: goto tr91;
		case 51u: goto tr92;
	}
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 68u: goto st71;
		case 100u: goto st71;
	}
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 73u: goto st72;
		case 105u: goto st72;
	}
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 78u: goto tr89;
		case 110u: goto tr89;
	}
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 76u: goto st74;
		case 108u: goto st74;
	}
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 83u: goto st75;
		case 115u: goto st75;
	}
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 49u: goto tr99;
		case 86u: goto st78;
		case 95u: goto st76;
		case 118u: goto st78;
	}
	if ( 45u <= (*p) && (*p) <= 46u )
		goto st76;
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 49u: goto st77;
		case 95u: goto st76;
	}
	if ( 45u <= (*p) && (*p) <= 46u )
		goto st76;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 48u: goto tr102;
		case 49u: goto tr103;
		case 50u: goto tr104;
		case 51u: goto tr105;
		case 95u: goto st77;
	}
	if ( 45u <= (*p) && (*p) <= 46u )
		goto st77;
	goto st0;
tr99:
#line 164 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_TLSV1_0; }
#line 173 "grammar/mime_received.rl"
	{ kind = WORD_TLS; }
	goto st104;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
#line 1381 "gen/mime_received.c"
	switch( (*p) ) {
		case 48u: goto tr102;
		case 49u: goto tr103;
		case 50u: goto tr104;
		case 51u: goto tr105;
		case 95u: goto st77;
	}
	if ( 45u <= (*p) && (*p) <= 46u )
		goto st77;
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 49u: goto tr99;
		case 95u: goto st76;
	}
	if ( 45u <= (*p) && (*p) <= 46u )
		goto st76;
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 84u: goto st80;
		case 116u: goto st80;
	}
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 70u: goto st81;
		case 102u: goto st81;
	}
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	if ( (*p) == 56u )
		goto st82;
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 76u: goto st83;
		case 83u: goto st86;
		case 108u: goto st83;
		case 115u: goto st86;
	}
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 77u: goto st84;
		case 109u: goto st84;
	}
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 84u: goto st85;
		case 116u: goto st85;
	}
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 80u: goto tr113;
		case 112u: goto tr113;
	}
	goto st0;
tr113:
#line 150 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_UTF8LMTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
#line 1473 "gen/mime_received.c"
	switch( (*p) ) {
		case 65u: goto tr133;
		case 83u: goto tr134;
		case 97u: goto tr133;
		case 115u: goto tr134;
	}
	goto st0;
tr134:
#line 152 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_UTF8LMTPS; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st106;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
#line 1488 "gen/mime_received.c"
	switch( (*p) ) {
		case 65u: goto tr135;
		case 97u: goto tr135;
	}
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 77u: goto st87;
		case 109u: goto st87;
	}
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 84u: goto st88;
		case 116u: goto st88;
	}
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 80u: goto tr116;
		case 112u: goto tr116;
	}
	goto st0;
tr116:
#line 146 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_UTF8SMTP; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st107;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
#line 1528 "gen/mime_received.c"
	switch( (*p) ) {
		case 65u: goto tr136;
		case 83u: goto tr137;
		case 97u: goto tr136;
		case 115u: goto tr137;
	}
	goto st0;
tr137:
#line 148 "grammar/mime_received.rl"
	{ value = MXQ_RECEIVED_PROTO_UTF8SMTPS; }
#line 162 "grammar/mime_received.rl"
	{ kind = WORD_PROTOCOL; }
	goto st108;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
#line 1543 "gen/mime_received.c"
	switch( (*p) ) {
		case 65u: goto tr138;
		case 97u: goto tr138;
	}
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 73u: goto st90;
		case 105u: goto st90;
	}
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 65u: goto tr118;
		case 97u: goto tr118;
	}
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 73u: goto st92;
		case 105u: goto st92;
	}
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 84u: goto st93;
		case 116u: goto st93;
	}
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 72u: goto tr121;
		case 104u: goto tr121;
	}
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof94: cs = 94; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof95: cs = 95; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof96: cs = 96; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof39: cs = 39; goto _test_eof; 
	_test_eof40: cs = 40; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof100: cs = 100; goto _test_eof; 
	_test_eof41: cs = 41; goto _test_eof; 
	_test_eof42: cs = 42; goto _test_eof; 
	_test_eof43: cs = 43; goto _test_eof; 
	_test_eof101: cs = 101; goto _test_eof; 
	_test_eof44: cs = 44; goto _test_eof; 
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof47: cs = 47; goto _test_eof; 
	_test_eof48: cs = 48; goto _test_eof; 
	_test_eof49: cs = 49; goto _test_eof; 
	_test_eof102: cs = 102; goto _test_eof; 
	_test_eof50: cs = 50; goto _test_eof; 
	_test_eof51: cs = 51; goto _test_eof; 
	_test_eof52: cs = 52; goto _test_eof; 
	_test_eof53: cs = 53; goto _test_eof; 
	_test_eof54: cs = 54; goto _test_eof; 
	_test_eof55: cs = 55; goto _test_eof; 
	_test_eof56: cs = 56; goto _test_eof; 
	_test_eof57: cs = 57; goto _test_eof; 
	_test_eof58: cs = 58; goto _test_eof; 
	_test_eof59: cs = 59; goto _test_eof; 
	_test_eof60: cs = 60; goto _test_eof; 
	_test_eof103: cs = 103; goto _test_eof; 
	_test_eof61: cs = 61; goto _test_eof; 
	_test_eof62: cs = 62; goto _test_eof; 
	_test_eof63: cs = 63; goto _test_eof; 
	_test_eof64: cs = 64; goto _test_eof; 
	_test_eof65: cs = 65; goto _test_eof; 
	_test_eof66: cs = 66; goto _test_eof; 
	_test_eof67: cs = 67; goto _test_eof; 
	_test_eof68: cs = 68; goto _test_eof; 
	_test_eof69: cs = 69; goto _test_eof; 
	_test_eof70: cs = 70; goto _test_eof; 
	_test_eof71: cs = 71; goto _test_eof; 
	_test_eof72: cs = 72; goto _test_eof; 
	_test_eof73: cs = 73; goto _test_eof; 
	_test_eof74: cs = 74; goto _test_eof; 
	_test_eof75: cs = 75; goto _test_eof; 
	_test_eof76: cs = 76; goto _test_eof; 
	_test_eof77: cs = 77; goto _test_eof; 
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof78: cs = 78; goto _test_eof; 
	_test_eof79: cs = 79; goto _test_eof; 
	_test_eof80: cs = 80; goto _test_eof; 
	_test_eof81: cs = 81; goto _test_eof; 
	_test_eof82: cs = 82; goto _test_eof; 
	_test_eof83: cs = 83; goto _test_eof; 
	_test_eof84: cs = 84; goto _test_eof; 
	_test_eof85: cs = 85; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
	_test_eof86: cs = 86; goto _test_eof; 
	_test_eof87: cs = 87; goto _test_eof; 
	_test_eof88: cs = 88; goto _test_eof; 
	_test_eof107: cs = 107; goto _test_eof; 
	_test_eof108: cs = 108; goto _test_eof; 
	_test_eof89: cs = 89; goto _test_eof; 
	_test_eof90: cs = 90; goto _test_eof; 
	_test_eof91: cs = 91; goto _test_eof; 
	_test_eof92: cs = 92; goto _test_eof; 
	_test_eof93: cs = 93; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 188 "grammar/mime_received.rl"
    (void)mxq_received_name_en_main;
    if (!whole_match(cs, mxq_received_name_first_final, p, pe))
        return false;
    w->kind = kind;
    w->value = value;
    return true;
}

/* An e-mail address: one '@' and a letter somewhere. */

#line 1714 "gen/mime_received.c"
static const int mxq_received_email_start = 1;
static const int mxq_received_email_first_final = 4;

static const int mxq_received_email_en_main = 1;


#line 202 "grammar/mime_received.rl"


static bool is_email(const unsigned char *p, const unsigned char *pe)
{
    int cs;
    
#line 1724 "gen/mime_received.c"
	{
	cs = mxq_received_email_start;
	}

#line 208 "grammar/mime_received.rl"
    
#line 1727 "gen/mime_received.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 64u )
		goto st2;
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st3;
	} else if ( (*p) >= 65u )
		goto st3;
	goto st1;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 64u )
		goto st0;
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st4;
	} else if ( (*p) >= 65u )
		goto st4;
	goto st2;
st0:
cs = 0;
	goto _out;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 64u )
		goto st0;
	goto st4;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) == 64u )
		goto st4;
	goto st3;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 209 "grammar/mime_received.rl"
    (void)mxq_received_email_en_main;
    return whole_match(cs, mxq_received_email_first_final, p, pe);
}

/* A domain name: letters, digits, '-', '.' (and UTF-8), with a dot and a
 * letter. */

#line 1788 "gen/mime_received.c"
static const int mxq_received_domain_start = 1;
static const int mxq_received_domain_first_final = 4;

static const int mxq_received_domain_en_main = 1;


#line 221 "grammar/mime_received.rl"


static bool is_domain(const unsigned char *p, const unsigned char *pe)
{
    int cs;
    
#line 1798 "gen/mime_received.c"
	{
	cs = mxq_received_domain_start;
	}

#line 227 "grammar/mime_received.rl"
    
#line 1801 "gen/mime_received.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 46u: goto st2;
		case 47u: goto st0;
	}
	if ( (*p) < 65u ) {
		if ( (*p) > 44u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st0;
		} else
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st0;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 127u )
				goto st0;
		} else
			goto st3;
	} else
		goto st3;
	goto st1;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 47u )
		goto st0;
	if ( (*p) < 65u ) {
		if ( (*p) > 44u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st0;
		} else
			goto st0;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st0;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 127u )
				goto st0;
		} else
			goto st4;
	} else
		goto st4;
	goto st2;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 47u )
		goto st0;
	if ( (*p) < 58u ) {
		if ( (*p) <= 44u )
			goto st0;
	} else if ( (*p) > 64u ) {
		if ( (*p) > 96u ) {
			if ( 123u <= (*p) && (*p) <= 127u )
				goto st0;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto st0;
	goto st4;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 46u: goto st4;
		case 47u: goto st0;
	}
	if ( (*p) < 58u ) {
		if ( (*p) <= 44u )
			goto st0;
	} else if ( (*p) > 64u ) {
		if ( (*p) > 96u ) {
			if ( 123u <= (*p) && (*p) <= 127u )
				goto st0;
		} else if ( (*p) >= 91u )
			goto st0;
	} else
		goto st0;
	goto st3;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 228 "grammar/mime_received.rl"
    (void)mxq_received_domain_en_main;
    return whole_match(cs, mxq_received_domain_first_final, p, pe);
}

/* A TLS cipher suite name as OpenSSL and IANA spell them: capitals,
 * digits, '_' or '-', a known first word, seven octets or more. */

#line 1912 "gen/mime_received.c"
static const int mxq_received_cipher_start = 1;
static const int mxq_received_cipher_first_final = 26;

static const int mxq_received_cipher_en_main = 1;


#line 241 "grammar/mime_received.rl"


static bool is_cipher(const unsigned char *p, const unsigned char *pe)
{
    int cs;
    
#line 1922 "gen/mime_received.c"
	{
	cs = mxq_received_cipher_start;
	}

#line 247 "grammar/mime_received.rl"
    
#line 1925 "gen/mime_received.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 65u: goto st2;
		case 68u: goto st15;
		case 69u: goto st17;
		case 80u: goto st19;
		case 82u: goto st21;
		case 83u: goto st23;
		case 84u: goto st25;
	}
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 69u )
		goto st3;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) == 83u )
		goto st4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 45u: goto st5;
		case 95u: goto st5;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st13;
	} else if ( (*p) >= 48u )
		goto st10;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 45u: goto st6;
		case 95u: goto st6;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st6;
	} else if ( (*p) >= 48u )
		goto st9;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 45u: goto st7;
		case 95u: goto st7;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st7;
	} else if ( (*p) >= 48u )
		goto st8;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 45u: goto st7;
		case 95u: goto st7;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st7;
	} else if ( (*p) >= 48u )
		goto st26;
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 45u: goto st26;
		case 95u: goto st26;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st26;
	} else if ( (*p) >= 48u )
		goto st26;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 45u: goto st26;
		case 95u: goto st26;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st26;
	} else if ( (*p) >= 48u )
		goto st26;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 45u: goto st8;
		case 95u: goto st8;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st8;
	} else if ( (*p) >= 48u )
		goto st8;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 45u: goto st9;
		case 95u: goto st9;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st11;
	} else if ( (*p) >= 48u )
		goto st11;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 45u: goto st8;
		case 95u: goto st8;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st12;
	} else if ( (*p) >= 48u )
		goto st12;
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 45u: goto st26;
		case 95u: goto st26;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st12;
	} else if ( (*p) >= 48u )
		goto st12;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 45u: goto st6;
		case 95u: goto st6;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st14;
	} else if ( (*p) >= 48u )
		goto st11;
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 45u: goto st7;
		case 95u: goto st7;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto st14;
	} else if ( (*p) >= 48u )
		goto st12;
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 69u: goto st3;
		case 72u: goto st16;
	}
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	if ( (*p) == 69u )
		goto st4;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) == 67u )
		goto st18;
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	if ( (*p) == 68u )
		goto st4;
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	if ( (*p) == 83u )
		goto st20;
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	if ( (*p) == 75u )
		goto st4;
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	if ( (*p) == 83u )
		goto st22;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( (*p) == 65u )
		goto st4;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	if ( (*p) == 82u )
		goto st24;
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	if ( (*p) == 80u )
		goto st4;
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	if ( (*p) == 76u )
		goto st3;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 248 "grammar/mime_received.rl"
    (void)mxq_received_cipher_en_main;
    return whole_match(cs, mxq_received_cipher_first_final, p, pe);
}

static void classify(struct word *w)
{
    const unsigned char *p = (const unsigned char *)w->text.p;
    const unsigned char *pe = p + w->text.n;

    w->kind = WORD_TEXT;
    if (is_ip4(p, pe))
        w->kind = WORD_IP;
    else if (named_word(p, pe, w))
        return;
    else if (is_email(p, pe))
        w->kind = WORD_EMAIL;
    else if (is_domain(p, pe))
        w->kind = WORD_DOMAIN;
    else if (is_cipher(p, pe))
        w->kind = WORD_CIPHER;
}

/* ---------------------------------------------------------------- walk */

/* What the next word may be, after a keyword. */
enum expect {
    EXPECT_NOTHING, EXPECT_FROM, EXPECT_BY, EXPECT_FOR, EXPECT_ID,
    EXPECT_WITH, EXPECT_VIA, EXPECT_HELO, EXPECT_IDENT
};

enum clause { CLAUSE_NONE, CLAUSE_FROM, CLAUSE_OTHER };

struct walker {
    struct mxq_received *r;
    enum expect expect;
    enum clause clause;
    unsigned depth, brackets;
    bool in_quote;
};

static bool is_sep(const struct word *w, const char *which)
{
    if (w->kind != WORD_SEPARATOR)
        return false;
    for (; *which; which++)
        if ((unsigned char)*which == w->separator)
            return true;
    return false;
}

static bool is_keyword(const struct word *w)
{
    return w->kind == WORD_FROM || w->kind == WORD_BY ||
           w->kind == WORD_FOR || w->kind == WORD_ID ||
           w->kind == WORD_WITH || w->kind == WORD_VIA;
}

/* Drops the '@' of "user@" (an ident written before an address literal). */
static struct mxq_slice ident_of(struct mxq_slice s)
{
    if (s.n > 1 && s.p[s.n - 1] == '@')
        s.n--;
    return s;
}

/* The value of a host clause (from, by, the HELO name). */
static void take_host(const struct word *w, struct mxq_slice *host,
                      bool *is_ip)
{
    *host = w->text;
    *is_ip = w->kind == WORD_IP;
}

/* A word after a keyword: true when it was the keyword's (taken or passed
 * over); false when it ends the expectation and is to be walked on its
 * own. */
static bool expected(struct walker *k, const struct word *w)
{
    struct mxq_received *r = k->r;
    bool sep = w->kind == WORD_SEPARATOR;

    switch (k->expect) {
    case EXPECT_FROM:
        if (is_sep(w, "["))
            return true;
        if (!sep)
            take_host(w, &r->from, &r->from_is_ip);
        break;
    case EXPECT_BY:
        if (is_sep(w, "[<"))
            return true;
        if (!sep)
            take_host(w, &r->by, &r->by_is_ip);
        break;
    case EXPECT_HELO:
        if (is_sep(w, "=[:"))
            return true;
        if (!sep)
            take_host(w, &r->helo, &r->helo_is_ip);
        break;
    case EXPECT_FOR:
        if (is_sep(w, "=<"))
            return true;
        if (w->kind != WORD_EMAIL) {
            k->expect = EXPECT_NOTHING;
            return false;
        }
        r->for_ = w->text;
        break;
    case EXPECT_ID:
        if (is_sep(w, "=<[:"))
            return true;
        if (!sep)
            r->id = w->text;
        break;
    case EXPECT_IDENT:
        if (is_sep(w, "=<[:"))
            return true;
        if (!sep)
            r->ident = w->text;
        break;
    case EXPECT_VIA:
        if (is_sep(w, "="))
            return true;
        if (!sep)
            r->via = w->text;
        break;
    case EXPECT_WITH:
        /* the protocol may come after words of the MTA's name
         * ("with Microsoft SMTPSVC", "with [XMail 1.20 ESMTP Server]") */
        if (w->kind == WORD_PROTOCOL) {
            r->with = w->text;
            r->protocol = (enum mxq_received_protocol)w->value;
            break;
        }
        if (is_sep(w, ";") || w->kind == WORD_TLS || is_keyword(w)) {
            k->expect = EXPECT_NOTHING;
            return false;
        }
        return true;
    case EXPECT_NOTHING:
        return false;
    }
    k->expect = EXPECT_NOTHING;
    return !sep;
}

/* A keyword outside comments opens its clause. "from" counts inside one
 * too ("(from user@host) by ...") while no from was found. */
static void keyword(struct walker *k, const struct word *w)
{
    static const enum expect expects[] = {
        [WORD_BY] = EXPECT_BY, [WORD_FOR] = EXPECT_FOR,
        [WORD_ID] = EXPECT_ID, [WORD_WITH] = EXPECT_WITH,
        [WORD_VIA] = EXPECT_VIA,
    };

    if (w->kind == WORD_FROM) {
        if (k->r->from.n == 0) {
            k->expect = EXPECT_FROM;
            k->clause = CLAUSE_FROM;
        }
    } else if (w->depth == 0) {
        k->expect = expects[w->kind];
        k->clause = CLAUSE_OTHER;
    }
}

/* The words of TCP-info: inside the from clause's comments. */
static void tcp_info(struct walker *k, const struct word *w)
{
    struct mxq_received *r = k->r;

    switch (w->kind) {
    case WORD_GREETING:
        if (w->depth > 0) {
            r->helo_cmd = (enum mxq_received_greeting)w->value;
            k->expect = EXPECT_HELO;
        }
        break;
    case WORD_IP:
        /* an address literal wins over a bare address */
        if (w->brackets > 0 || (w->depth > 0 && r->from_ip.n == 0))
            r->from_ip = w->text;
        break;
    case WORD_DOMAIN:
        if (w->depth > 0)
            r->from_iprev = w->text;
        break;
    case WORD_EMAIL:
        r->ident = ident_of(w->text);
        break;
    default:
        break;
    }
}

static void walk(struct walker *k, const struct word *w)
{
    struct mxq_received *r = k->r;

    if (k->expect != EXPECT_NOTHING && expected(k, w))
        return;
    switch (w->kind) {
    case WORD_FROM: case WORD_BY: case WORD_FOR: case WORD_ID:
    case WORD_WITH: case WORD_VIA:
        keyword(k, w);
        return;
    case WORD_SEPARATOR:
        if (w->separator == ';' && w->depth == 0)
            k->clause = CLAUSE_OTHER;
        return;
    case WORD_IDENT:
        if (w->depth > 0)
            k->expect = EXPECT_IDENT;
        return;
    case WORD_CIPHER:
        if (w->depth > 0 || r->tls_cipher.n == 0)
            r->tls_cipher = w->text;
        return;
    case WORD_TLS:
        if (w->depth > 0 && r->tls_version == MXQ_RECEIVED_TLS_NONE)
            r->tls_version = (enum mxq_received_tls)w->value;
        return;
    default:
        break;
    }
    if (k->clause == CLAUSE_FROM)
        tcp_info(k, w);
}

static void walk_word(struct walker *k, const unsigned char *ts,
                      const unsigned char *te, bool ip6)
{
    struct word w = {
        .text = {(const char *)ts, (size_t)(te - ts)},
        .depth = k->depth, .brackets = k->brackets,
    };
    if (ip6)
        w.kind = WORD_IP;
    else
        classify(&w);
    walk(k, &w);
}

/* A separator is walked with the depth before it; it then opens or
 * closes a comment or bracket (not inside a quoted-string). */
static void walk_separator(struct walker *k, unsigned char c)
{
    struct word w = {
        .kind = WORD_SEPARATOR, .separator = c,
        .depth = k->depth, .brackets = k->brackets,
    };
    walk(k, &w);
    if (c == '"')
        k->in_quote = !k->in_quote;
    if (k->in_quote)
        return;
    if (c == '(')
        k->depth++;
    else if (c == ')' && k->depth > 0)
        k->depth--;
    else if (c == '[')
        k->brackets++;
    else if (c == ']' && k->brackets > 0)
        k->brackets--;
}


#line 2503 "gen/mime_received.c"
static const int mxq_received_words_start = 118;

static const int mxq_received_words_en_main = 118;


#line 532 "grammar/mime_received.rl"


static bool found_any(const struct mxq_received *r)
{
    return r->from.n || r->from_ip.n || r->from_iprev.n || r->helo.n ||
           r->helo_cmd || r->ident.n || r->by.n || r->via.n || r->with.n ||
           r->id.n || r->for_.n || r->tls_version || r->tls_cipher.n ||
           r->has_date;
}

bool mxq_received_parse(const char *data, size_t n, struct mxq_received *out)
{
    const unsigned char *p = (const unsigned char *)data;
    const unsigned char *pe = p + mxq_mime_field_extent(data, n), *eof = pe;
    const unsigned char *ts, *te;
    struct walker walker = {.r = out}, *k = &walker;
    int cs, act;

    *out = (struct mxq_received){0};
    
#line 2526 "gen/mime_received.c"
	{
	cs = mxq_received_words_start;
	ts = 0;
	te = 0;
	act = 0;
	}

#line 552 "grammar/mime_received.rl"
    
#line 2532 "gen/mime_received.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 527 "grammar/mime_received.rl"
	{{p = ((te))-1;}{ walk_word(k, ts, te, false); }}
	goto st118;
tr35:
#line 526 "grammar/mime_received.rl"
	{te = p+1;{ walk_word(k, ts, te, true); }}
	goto st118;
tr40:
#line 1 "NONE"
	{	switch( act ) {
	case 2:
	{{p = ((te))-1;} walk_word(k, ts + 5, te, true); }
	break;
	case 3:
	{{p = ((te))-1;} walk_word(k, ts, te, true); }
	break;
	case 4:
	{{p = ((te))-1;} walk_word(k, ts, te, false); }
	break;
	}
	}
	goto st118;
tr63:
#line 526 "grammar/mime_received.rl"
	{{p = ((te))-1;}{ walk_word(k, ts, te, true); }}
	goto st118;
tr124:
#line 525 "grammar/mime_received.rl"
	{te = p+1;{ walk_word(k, ts + 5, te, true); }}
	goto st118;
tr151:
#line 525 "grammar/mime_received.rl"
	{{p = ((te))-1;}{ walk_word(k, ts + 5, te, true); }}
	goto st118;
tr175:
#line 528 "grammar/mime_received.rl"
	{te = p+1;{ walk_separator(k, *ts); }}
	goto st118;
tr179:
#line 527 "grammar/mime_received.rl"
	{te = p;p--;{ walk_word(k, ts, te, false); }}
	goto st118;
tr180:
#line 524 "grammar/mime_received.rl"
	{te = p;p--;}
	goto st118;
tr185:
#line 526 "grammar/mime_received.rl"
	{te = p;p--;{ walk_word(k, ts, te, true); }}
	goto st118;
tr220:
#line 528 "grammar/mime_received.rl"
	{te = p;p--;{ walk_separator(k, *ts); }}
	goto st118;
tr239:
#line 525 "grammar/mime_received.rl"
	{te = p;p--;{ walk_word(k, ts + 5, te, true); }}
	goto st118;
st118:
#line 1 "NONE"
	{ts = 0;}
	if ( ++p == pe )
		goto _test_eof118;
case 118:
#line 1 "NONE"
	{ts = p;}
#line 2590 "gen/mime_received.c"
	switch( (*p) ) {
		case 13u: goto st120;
		case 32u: goto st120;
		case 34u: goto tr175;
		case 44u: goto tr175;
		case 47u: goto tr175;
		case 58u: goto st185;
		case 73u: goto st199;
		case 91u: goto tr175;
		case 93u: goto tr175;
		case 105u: goto st199;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 40u <= (*p) && (*p) <= 41u )
				goto tr175;
		} else if ( (*p) >= 9u )
			goto st120;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 65u ) {
			if ( 59u <= (*p) && (*p) <= 62u )
				goto tr175;
		} else if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr176;
		} else
			goto tr176;
	} else
		goto tr176;
	goto st119;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 13u: goto tr179;
		case 32u: goto tr179;
		case 34u: goto tr179;
		case 44u: goto tr179;
		case 47u: goto tr179;
		case 91u: goto tr179;
		case 93u: goto tr179;
	}
	if ( (*p) < 40u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto tr179;
	} else if ( (*p) > 41u ) {
		if ( 58u <= (*p) && (*p) <= 62u )
			goto tr179;
	} else
		goto tr179;
	goto st119;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 13u: goto st120;
		case 32u: goto st120;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st120;
	goto tr180;
tr176:
#line 1 "NONE"
	{te = p+1;}
#line 527 "grammar/mime_received.rl"
	{act = 4;}
	goto st121;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
#line 2661 "gen/mime_received.c"
	switch( (*p) ) {
		case 13u: goto tr179;
		case 32u: goto tr179;
		case 34u: goto tr179;
		case 44u: goto tr179;
		case 47u: goto tr179;
		case 58u: goto st0;
		case 91u: goto tr179;
		case 93u: goto tr179;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 40u <= (*p) && (*p) <= 41u )
				goto tr179;
		} else if ( (*p) >= 9u )
			goto tr179;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 65u ) {
			if ( 59u <= (*p) && (*p) <= 62u )
				goto tr179;
		} else if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr181;
		} else
			goto tr181;
	} else
		goto tr181;
	goto st119;
tr181:
#line 1 "NONE"
	{te = p+1;}
#line 527 "grammar/mime_received.rl"
	{act = 4;}
	goto st122;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
#line 2697 "gen/mime_received.c"
	switch( (*p) ) {
		case 13u: goto tr179;
		case 32u: goto tr179;
		case 34u: goto tr179;
		case 44u: goto tr179;
		case 47u: goto tr179;
		case 58u: goto st0;
		case 91u: goto tr179;
		case 93u: goto tr179;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 40u <= (*p) && (*p) <= 41u )
				goto tr179;
		} else if ( (*p) >= 9u )
			goto tr179;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 65u ) {
			if ( 59u <= (*p) && (*p) <= 62u )
				goto tr179;
		} else if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr183;
		} else
			goto tr183;
	} else
		goto tr183;
	goto st119;
tr183:
#line 1 "NONE"
	{te = p+1;}
#line 527 "grammar/mime_received.rl"
	{act = 4;}
	goto st123;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
#line 2733 "gen/mime_received.c"
	switch( (*p) ) {
		case 13u: goto tr179;
		case 32u: goto tr179;
		case 34u: goto tr179;
		case 44u: goto tr179;
		case 47u: goto tr179;
		case 58u: goto st0;
		case 91u: goto tr179;
		case 93u: goto tr179;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 40u <= (*p) && (*p) <= 41u )
				goto tr179;
		} else if ( (*p) >= 9u )
			goto tr179;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 65u ) {
			if ( 59u <= (*p) && (*p) <= 62u )
				goto tr179;
		} else if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr184;
		} else
			goto tr184;
	} else
		goto tr184;
	goto st119;
tr184:
#line 1 "NONE"
	{te = p+1;}
#line 527 "grammar/mime_received.rl"
	{act = 4;}
	goto st124;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
#line 2769 "gen/mime_received.c"
	switch( (*p) ) {
		case 13u: goto tr179;
		case 32u: goto tr179;
		case 34u: goto tr179;
		case 44u: goto tr179;
		case 47u: goto tr179;
		case 58u: goto st0;
		case 91u: goto tr179;
		case 93u: goto tr179;
	}
	if ( (*p) < 40u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto tr179;
	} else if ( (*p) > 41u ) {
		if ( 59u <= (*p) && (*p) <= 62u )
			goto tr179;
	} else
		goto tr179;
	goto st119;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
	if ( (*p) == 58u )
		goto st172;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st1;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st1;
	} else
		goto st1;
	goto tr0;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 58u )
		goto st5;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st2;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st2;
	} else
		goto st2;
	goto tr0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 58u )
		goto st5;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st3;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st3;
	} else
		goto st3;
	goto tr0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) == 58u )
		goto st5;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st4;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st4;
	} else
		goto st4;
	goto tr0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 58u )
		goto st5;
	goto tr0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( (*p) == 58u )
		goto st159;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st6;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st6;
	} else
		goto st6;
	goto tr0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( (*p) == 58u )
		goto st10;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st7;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st7;
	} else
		goto st7;
	goto tr0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 58u )
		goto st10;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st8;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st8;
	} else
		goto st8;
	goto tr0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	if ( (*p) == 58u )
		goto st10;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st9;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st9;
	} else
		goto st9;
	goto tr0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( (*p) == 58u )
		goto st10;
	goto tr0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	if ( (*p) == 58u )
		goto st146;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st11;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st11;
	} else
		goto st11;
	goto tr0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( (*p) == 58u )
		goto st15;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st12;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st12;
	} else
		goto st12;
	goto tr0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	if ( (*p) == 58u )
		goto st15;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st13;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st13;
	} else
		goto st13;
	goto tr0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	if ( (*p) == 58u )
		goto st15;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st14;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st14;
	} else
		goto st14;
	goto tr0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	if ( (*p) == 58u )
		goto st15;
	goto tr0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	if ( (*p) == 58u )
		goto st133;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st16;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st16;
	} else
		goto st16;
	goto tr0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	if ( (*p) == 58u )
		goto st20;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st17;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st17;
	} else
		goto st17;
	goto tr0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) == 58u )
		goto st20;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st18;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st18;
	} else
		goto st18;
	goto tr0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	if ( (*p) == 58u )
		goto st20;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st19;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st19;
	} else
		goto st19;
	goto tr0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	if ( (*p) == 58u )
		goto st20;
	goto tr0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	if ( (*p) == 58u )
		goto st132;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st21;
	} else
		goto st21;
	goto tr0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	if ( (*p) == 58u )
		goto st25;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st22;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st22;
	} else
		goto st22;
	goto tr0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( (*p) == 58u )
		goto st25;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st23;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st23;
	} else
		goto st23;
	goto tr0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	if ( (*p) == 58u )
		goto st25;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st24;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st24;
	} else
		goto st24;
	goto tr0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	if ( (*p) == 58u )
		goto st25;
	goto tr0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 48u: goto st26;
		case 49u: goto st44;
		case 50u: goto st47;
		case 58u: goto tr35;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st50;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st51;
	} else
		goto st51;
	goto tr0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st40;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st40;
	} else
		goto st40;
	goto tr0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 48u: goto st28;
		case 49u: goto st36;
		case 50u: goto st38;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st37;
	goto tr40;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	if ( (*p) == 46u )
		goto st29;
	goto tr40;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 48u: goto st30;
		case 49u: goto st32;
		case 50u: goto st34;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st33;
	goto tr40;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	if ( (*p) == 46u )
		goto st31;
	goto tr40;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 48u: goto tr35;
		case 49u: goto st125;
		case 50u: goto st127;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st126;
	goto tr40;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st126;
	goto tr185;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr35;
	goto tr185;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	if ( (*p) == 53u )
		goto st128;
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr35;
	} else if ( (*p) >= 48u )
		goto st126;
	goto tr185;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr35;
	goto tr185;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 46u )
		goto st31;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st33;
	goto tr40;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	if ( (*p) == 46u )
		goto st31;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st30;
	goto tr40;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 46u: goto st31;
		case 53u: goto st35;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st30;
	} else if ( (*p) >= 48u )
		goto st33;
	goto tr40;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	if ( (*p) == 46u )
		goto st31;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st30;
	goto tr40;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	if ( (*p) == 46u )
		goto st29;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st37;
	goto tr40;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	if ( (*p) == 46u )
		goto st29;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st28;
	goto tr40;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 46u: goto st29;
		case 53u: goto st39;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st28;
	} else if ( (*p) >= 48u )
		goto st37;
	goto tr40;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	if ( (*p) == 46u )
		goto st29;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st28;
	goto tr40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	if ( (*p) == 58u )
		goto st43;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st41;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st41;
	} else
		goto st41;
	goto tr0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	if ( (*p) == 58u )
		goto st43;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st42;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st42;
	} else
		goto st42;
	goto tr0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	if ( (*p) == 58u )
		goto st43;
	goto tr0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st129;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st129;
	} else
		goto st129;
	goto tr40;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st130;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st130;
	} else
		goto st130;
	goto tr185;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st131;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st131;
	} else
		goto st131;
	goto tr185;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr35;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr35;
	} else
		goto tr35;
	goto tr185;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st45;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st40;
	} else
		goto st40;
	goto tr0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st46;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st41;
	} else
		goto st41;
	goto tr0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st42;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st42;
	} else
		goto st42;
	goto tr0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto st48;
		case 58u: goto st43;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st45;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st40;
		} else if ( (*p) >= 65u )
			goto st40;
	} else
		goto st49;
	goto tr0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st46;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st41;
		} else if ( (*p) >= 65u )
			goto st41;
	} else
		goto st41;
	goto tr0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st41;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st41;
	} else
		goto st41;
	goto tr0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st49;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st40;
	} else
		goto st40;
	goto tr0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	if ( (*p) == 58u )
		goto st43;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st40;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st40;
	} else
		goto st40;
	goto tr0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st129;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st129;
	} else
		goto st129;
	goto tr185;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 48u: goto tr64;
		case 49u: goto tr65;
		case 50u: goto tr66;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr67;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr68;
	} else
		goto tr68;
	goto tr185;
tr64:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st134;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
#line 3593 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr189;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr189;
	} else
		goto tr189;
	goto tr185;
tr189:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st135;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
#line 3614 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st43;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr190;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr190;
	} else
		goto tr190;
	goto tr185;
tr190:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st136;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
#line 3633 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st43;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr191;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr191;
	} else
		goto tr191;
	goto tr185;
tr191:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st137;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
#line 3652 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st43;
	goto tr185;
tr65:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st138;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
#line 3663 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr192;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr189;
	} else
		goto tr189;
	goto tr185;
tr192:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st139;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
#line 3684 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr193;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr190;
	} else
		goto tr190;
	goto tr185;
tr193:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st140;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
#line 3705 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr191;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr191;
	} else
		goto tr191;
	goto tr185;
tr66:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st141;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
#line 3726 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto tr194;
		case 58u: goto st43;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr192;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr189;
		} else if ( (*p) >= 65u )
			goto tr189;
	} else
		goto tr195;
	goto tr185;
tr194:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st142;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
#line 3751 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr193;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr190;
		} else if ( (*p) >= 65u )
			goto tr190;
	} else
		goto tr190;
	goto tr185;
tr195:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st143;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
#line 3775 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr190;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr190;
	} else
		goto tr190;
	goto tr185;
tr67:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st144;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
#line 3796 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr195;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr189;
	} else
		goto tr189;
	goto tr185;
tr68:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st145;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
#line 3817 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st43;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr189;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr189;
	} else
		goto tr189;
	goto tr185;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 48u: goto tr69;
		case 49u: goto tr70;
		case 50u: goto tr71;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr72;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr73;
	} else
		goto tr73;
	goto tr185;
tr69:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st147;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
#line 3854 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st52;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr196;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr196;
	} else
		goto tr196;
	goto tr185;
tr196:
#line 1 "NONE"
	{te = p+1;}
	goto st148;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
#line 3874 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st52;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr198;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr198;
	} else
		goto tr198;
	goto tr185;
tr198:
#line 1 "NONE"
	{te = p+1;}
	goto st149;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
#line 3892 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st52;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr199;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr199;
	} else
		goto tr199;
	goto tr185;
tr199:
#line 1 "NONE"
	{te = p+1;}
	goto st150;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
#line 3910 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st52;
	goto tr185;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 48u: goto tr64;
		case 49u: goto tr65;
		case 50u: goto tr66;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr67;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr68;
	} else
		goto tr68;
	goto tr63;
tr70:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st151;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
#line 3939 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st52;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr200;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr196;
	} else
		goto tr196;
	goto tr185;
tr200:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st152;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
#line 3960 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st52;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr201;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr198;
	} else
		goto tr198;
	goto tr185;
tr201:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st153;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
#line 3981 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st52;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr199;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr199;
	} else
		goto tr199;
	goto tr185;
tr71:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st154;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
#line 4002 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto tr202;
		case 58u: goto st52;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr200;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr196;
		} else if ( (*p) >= 65u )
			goto tr196;
	} else
		goto tr203;
	goto tr185;
tr202:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st155;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
#line 4027 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st52;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr201;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr198;
		} else if ( (*p) >= 65u )
			goto tr198;
	} else
		goto tr198;
	goto tr185;
tr203:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st156;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
#line 4051 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st52;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr198;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr198;
	} else
		goto tr198;
	goto tr185;
tr72:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st157;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
#line 4072 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st52;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr203;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr196;
	} else
		goto tr196;
	goto tr185;
tr73:
#line 1 "NONE"
	{te = p+1;}
	goto st158;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
#line 4092 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st52;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr196;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr196;
	} else
		goto tr196;
	goto tr185;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 48u: goto tr74;
		case 49u: goto tr75;
		case 50u: goto tr76;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr77;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr78;
	} else
		goto tr78;
	goto tr185;
tr74:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st160;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
#line 4129 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st53;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr204;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr204;
	} else
		goto tr204;
	goto tr185;
tr204:
#line 1 "NONE"
	{te = p+1;}
	goto st161;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
#line 4149 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st53;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr206;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr206;
	} else
		goto tr206;
	goto tr185;
tr206:
#line 1 "NONE"
	{te = p+1;}
	goto st162;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
#line 4167 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st53;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr207;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr207;
	} else
		goto tr207;
	goto tr185;
tr207:
#line 1 "NONE"
	{te = p+1;}
	goto st163;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
#line 4185 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st53;
	goto tr185;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	switch( (*p) ) {
		case 48u: goto tr69;
		case 49u: goto tr70;
		case 50u: goto tr71;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr72;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr73;
	} else
		goto tr73;
	goto tr63;
tr75:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st164;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
#line 4214 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st53;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr208;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr204;
	} else
		goto tr204;
	goto tr185;
tr208:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st165;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
#line 4235 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st53;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr209;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr206;
	} else
		goto tr206;
	goto tr185;
tr209:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st166;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
#line 4256 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st53;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr207;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr207;
	} else
		goto tr207;
	goto tr185;
tr76:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st167;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
#line 4277 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto tr210;
		case 58u: goto st53;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr208;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr204;
		} else if ( (*p) >= 65u )
			goto tr204;
	} else
		goto tr211;
	goto tr185;
tr210:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st168;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
#line 4302 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st53;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr209;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr206;
		} else if ( (*p) >= 65u )
			goto tr206;
	} else
		goto tr206;
	goto tr185;
tr211:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st169;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
#line 4326 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st53;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr206;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr206;
	} else
		goto tr206;
	goto tr185;
tr77:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
#line 4347 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st53;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr211;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr204;
	} else
		goto tr204;
	goto tr185;
tr78:
#line 1 "NONE"
	{te = p+1;}
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
#line 4367 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st53;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr204;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr204;
	} else
		goto tr204;
	goto tr185;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	switch( (*p) ) {
		case 48u: goto tr79;
		case 49u: goto tr80;
		case 50u: goto tr81;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr82;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr83;
	} else
		goto tr83;
	goto tr185;
tr79:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st173;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
#line 4404 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st54;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr212;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr212;
	} else
		goto tr212;
	goto tr185;
tr212:
#line 1 "NONE"
	{te = p+1;}
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 4424 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st54;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr214;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr214;
	} else
		goto tr214;
	goto tr185;
tr214:
#line 1 "NONE"
	{te = p+1;}
	goto st175;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
#line 4442 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st54;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr215;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr215;
	} else
		goto tr215;
	goto tr185;
tr215:
#line 1 "NONE"
	{te = p+1;}
	goto st176;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
#line 4460 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st54;
	goto tr185;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 48u: goto tr74;
		case 49u: goto tr75;
		case 50u: goto tr76;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr77;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr78;
	} else
		goto tr78;
	goto tr63;
tr80:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 4489 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st54;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr216;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr212;
	} else
		goto tr212;
	goto tr185;
tr216:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st178;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
#line 4510 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st54;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr217;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr214;
	} else
		goto tr214;
	goto tr185;
tr217:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st179;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
#line 4531 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st54;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr215;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr215;
	} else
		goto tr215;
	goto tr185;
tr81:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st180;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
#line 4552 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto tr218;
		case 58u: goto st54;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr216;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr212;
		} else if ( (*p) >= 65u )
			goto tr212;
	} else
		goto tr219;
	goto tr185;
tr218:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st181;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
#line 4577 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st54;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr217;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr214;
		} else if ( (*p) >= 65u )
			goto tr214;
	} else
		goto tr214;
	goto tr185;
tr219:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st182;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
#line 4601 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st54;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr214;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr214;
	} else
		goto tr214;
	goto tr185;
tr82:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st183;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
#line 4622 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st54;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr219;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr212;
	} else
		goto tr212;
	goto tr185;
tr83:
#line 1 "NONE"
	{te = p+1;}
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
#line 4642 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st54;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr212;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr212;
	} else
		goto tr212;
	goto tr185;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	if ( (*p) == 58u )
		goto st186;
	goto tr220;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 48u: goto tr222;
		case 49u: goto tr223;
		case 50u: goto tr224;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr225;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr226;
	} else
		goto tr226;
	goto tr185;
tr222:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st187;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
#line 4686 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st55;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr227;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr227;
	} else
		goto tr227;
	goto tr185;
tr227:
#line 1 "NONE"
	{te = p+1;}
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
#line 4706 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st55;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr229;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr229;
	} else
		goto tr229;
	goto tr185;
tr229:
#line 1 "NONE"
	{te = p+1;}
	goto st189;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
#line 4724 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st55;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr230;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr230;
	} else
		goto tr230;
	goto tr185;
tr230:
#line 1 "NONE"
	{te = p+1;}
	goto st190;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
#line 4742 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st55;
	goto tr185;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 48u: goto tr79;
		case 49u: goto tr80;
		case 50u: goto tr81;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr82;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr83;
	} else
		goto tr83;
	goto tr63;
tr223:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st191;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
#line 4771 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st55;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr231;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr227;
	} else
		goto tr227;
	goto tr185;
tr231:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st192;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
#line 4792 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st55;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr232;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr229;
	} else
		goto tr229;
	goto tr185;
tr232:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st193;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
#line 4813 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st55;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr230;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr230;
	} else
		goto tr230;
	goto tr185;
tr224:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st194;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
#line 4834 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto tr233;
		case 58u: goto st55;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr231;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr227;
		} else if ( (*p) >= 65u )
			goto tr227;
	} else
		goto tr234;
	goto tr185;
tr233:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st195;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
#line 4859 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st55;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr232;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr229;
		} else if ( (*p) >= 65u )
			goto tr229;
	} else
		goto tr229;
	goto tr185;
tr234:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st196;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
#line 4883 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st55;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr229;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr229;
	} else
		goto tr229;
	goto tr185;
tr225:
#line 1 "NONE"
	{te = p+1;}
#line 526 "grammar/mime_received.rl"
	{act = 3;}
	goto st197;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
#line 4904 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st55;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr234;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr227;
	} else
		goto tr227;
	goto tr185;
tr226:
#line 1 "NONE"
	{te = p+1;}
	goto st198;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
#line 4924 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st55;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr227;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr227;
	} else
		goto tr227;
	goto tr185;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	switch( (*p) ) {
		case 13u: goto tr179;
		case 32u: goto tr179;
		case 34u: goto tr179;
		case 44u: goto tr179;
		case 47u: goto tr179;
		case 80u: goto st200;
		case 91u: goto tr179;
		case 93u: goto tr179;
		case 112u: goto st200;
	}
	if ( (*p) < 40u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto tr179;
	} else if ( (*p) > 41u ) {
		if ( 58u <= (*p) && (*p) <= 62u )
			goto tr179;
	} else
		goto tr179;
	goto st119;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	switch( (*p) ) {
		case 13u: goto tr179;
		case 32u: goto tr179;
		case 34u: goto tr179;
		case 44u: goto tr179;
		case 47u: goto tr179;
		case 86u: goto st201;
		case 91u: goto tr179;
		case 93u: goto tr179;
		case 118u: goto st201;
	}
	if ( (*p) < 40u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto tr179;
	} else if ( (*p) > 41u ) {
		if ( 58u <= (*p) && (*p) <= 62u )
			goto tr179;
	} else
		goto tr179;
	goto st119;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	switch( (*p) ) {
		case 13u: goto tr179;
		case 32u: goto tr179;
		case 34u: goto tr179;
		case 44u: goto tr179;
		case 47u: goto tr179;
		case 54u: goto tr237;
		case 91u: goto tr179;
		case 93u: goto tr179;
	}
	if ( (*p) < 40u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto tr179;
	} else if ( (*p) > 41u ) {
		if ( 58u <= (*p) && (*p) <= 62u )
			goto tr179;
	} else
		goto tr179;
	goto st119;
tr237:
#line 1 "NONE"
	{te = p+1;}
#line 527 "grammar/mime_received.rl"
	{act = 4;}
	goto st202;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
#line 5014 "gen/mime_received.c"
	switch( (*p) ) {
		case 13u: goto tr179;
		case 32u: goto tr179;
		case 34u: goto tr179;
		case 44u: goto tr179;
		case 47u: goto tr179;
		case 58u: goto st56;
		case 91u: goto tr179;
		case 93u: goto tr179;
	}
	if ( (*p) < 40u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto tr179;
	} else if ( (*p) > 41u ) {
		if ( 59u <= (*p) && (*p) <= 62u )
			goto tr179;
	} else
		goto tr179;
	goto st119;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	if ( (*p) == 58u )
		goto st116;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st57;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st57;
	} else
		goto st57;
	goto tr0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	if ( (*p) == 58u )
		goto st61;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st58;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st58;
	} else
		goto st58;
	goto tr0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	if ( (*p) == 58u )
		goto st61;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st59;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st59;
	} else
		goto st59;
	goto tr0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	if ( (*p) == 58u )
		goto st61;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st60;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st60;
	} else
		goto st60;
	goto tr0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 58u )
		goto st61;
	goto tr0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	if ( (*p) == 58u )
		goto st250;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st62;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st62;
	} else
		goto st62;
	goto tr0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	if ( (*p) == 58u )
		goto st66;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st63;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st63;
	} else
		goto st63;
	goto tr0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	if ( (*p) == 58u )
		goto st66;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st64;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st64;
	} else
		goto st64;
	goto tr0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	if ( (*p) == 58u )
		goto st66;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st65;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st65;
	} else
		goto st65;
	goto tr0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	if ( (*p) == 58u )
		goto st66;
	goto tr0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 58u )
		goto st237;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st67;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st67;
	} else
		goto st67;
	goto tr0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	if ( (*p) == 58u )
		goto st71;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st68;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st68;
	} else
		goto st68;
	goto tr0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	if ( (*p) == 58u )
		goto st71;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st69;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st69;
	} else
		goto st69;
	goto tr0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	if ( (*p) == 58u )
		goto st71;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st70;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st70;
	} else
		goto st70;
	goto tr0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	if ( (*p) == 58u )
		goto st71;
	goto tr0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	if ( (*p) == 58u )
		goto st224;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st72;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st72;
	} else
		goto st72;
	goto tr0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	if ( (*p) == 58u )
		goto st76;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st73;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st73;
	} else
		goto st73;
	goto tr0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	if ( (*p) == 58u )
		goto st76;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st74;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st74;
	} else
		goto st74;
	goto tr0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	if ( (*p) == 58u )
		goto st76;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st75;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st75;
	} else
		goto st75;
	goto tr0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	if ( (*p) == 58u )
		goto st76;
	goto tr0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	if ( (*p) == 58u )
		goto st211;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st77;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st77;
	} else
		goto st77;
	goto tr0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	if ( (*p) == 58u )
		goto st81;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st78;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st78;
	} else
		goto st78;
	goto tr0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	if ( (*p) == 58u )
		goto st81;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st79;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st79;
	} else
		goto st79;
	goto tr0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	if ( (*p) == 58u )
		goto st81;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st80;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st80;
	} else
		goto st80;
	goto tr0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	if ( (*p) == 58u )
		goto st81;
	goto tr0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	if ( (*p) == 58u )
		goto st210;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st82;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st82;
	} else
		goto st82;
	goto tr0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	if ( (*p) == 58u )
		goto st86;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st83;
	} else
		goto st83;
	goto tr0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	if ( (*p) == 58u )
		goto st86;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st84;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st84;
	} else
		goto st84;
	goto tr0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	if ( (*p) == 58u )
		goto st86;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st85;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st85;
	} else
		goto st85;
	goto tr0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	if ( (*p) == 58u )
		goto st86;
	goto tr0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 48u: goto st87;
		case 49u: goto st105;
		case 50u: goto st108;
		case 58u: goto tr124;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st111;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st112;
	} else
		goto st112;
	goto tr0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st101;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st101;
	} else
		goto st101;
	goto tr0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 48u: goto st89;
		case 49u: goto st97;
		case 50u: goto st99;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st98;
	goto tr40;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	if ( (*p) == 46u )
		goto st90;
	goto tr40;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 48u: goto st91;
		case 49u: goto st93;
		case 50u: goto st95;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st94;
	goto tr40;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	if ( (*p) == 46u )
		goto st92;
	goto tr40;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 48u: goto tr124;
		case 49u: goto st203;
		case 50u: goto st205;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st204;
	goto tr40;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st204;
	goto tr239;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr124;
	goto tr239;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	if ( (*p) == 53u )
		goto st206;
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr124;
	} else if ( (*p) >= 48u )
		goto st204;
	goto tr239;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr124;
	goto tr239;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	if ( (*p) == 46u )
		goto st92;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st94;
	goto tr40;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	if ( (*p) == 46u )
		goto st92;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st91;
	goto tr40;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 46u: goto st92;
		case 53u: goto st96;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) >= 48u )
		goto st94;
	goto tr40;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	if ( (*p) == 46u )
		goto st92;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st91;
	goto tr40;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	if ( (*p) == 46u )
		goto st90;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st98;
	goto tr40;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	if ( (*p) == 46u )
		goto st90;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st89;
	goto tr40;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 46u: goto st90;
		case 53u: goto st100;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st89;
	} else if ( (*p) >= 48u )
		goto st98;
	goto tr40;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	if ( (*p) == 46u )
		goto st90;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st89;
	goto tr40;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	if ( (*p) == 58u )
		goto st104;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st102;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st102;
	} else
		goto st102;
	goto tr0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	if ( (*p) == 58u )
		goto st104;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st103;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st103;
	} else
		goto st103;
	goto tr0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	if ( (*p) == 58u )
		goto st104;
	goto tr0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st207;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st207;
	} else
		goto st207;
	goto tr40;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st208;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st208;
	} else
		goto st208;
	goto tr239;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st209;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st209;
	} else
		goto st209;
	goto tr239;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr124;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr124;
	} else
		goto tr124;
	goto tr239;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st106;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st101;
	} else
		goto st101;
	goto tr0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st107;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st102;
	} else
		goto st102;
	goto tr0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st103;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st103;
	} else
		goto st103;
	goto tr0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 46u: goto st88;
		case 53u: goto st109;
		case 58u: goto st104;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st106;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st101;
		} else if ( (*p) >= 65u )
			goto st101;
	} else
		goto st110;
	goto tr0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st107;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st102;
		} else if ( (*p) >= 65u )
			goto st102;
	} else
		goto st102;
	goto tr0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st102;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st102;
	} else
		goto st102;
	goto tr0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st110;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st101;
	} else
		goto st101;
	goto tr0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	if ( (*p) == 58u )
		goto st104;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st101;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st101;
	} else
		goto st101;
	goto tr0;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st207;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st207;
	} else
		goto st207;
	goto tr239;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 48u: goto tr152;
		case 49u: goto tr153;
		case 50u: goto tr154;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr155;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr156;
	} else
		goto tr156;
	goto tr239;
tr152:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st212;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
#line 5905 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr243;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr243;
	} else
		goto tr243;
	goto tr239;
tr243:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st213;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
#line 5926 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st104;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr244;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr244;
	} else
		goto tr244;
	goto tr239;
tr244:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st214;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
#line 5945 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st104;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr245;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr245;
	} else
		goto tr245;
	goto tr239;
tr245:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st215;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
#line 5964 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st104;
	goto tr239;
tr153:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st216;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
#line 5975 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr246;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr243;
	} else
		goto tr243;
	goto tr239;
tr246:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st217;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
#line 5996 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr247;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr244;
	} else
		goto tr244;
	goto tr239;
tr247:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st218;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
#line 6017 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr245;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr245;
	} else
		goto tr245;
	goto tr239;
tr154:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st219;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
#line 6038 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 53u: goto tr248;
		case 58u: goto st104;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr246;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr243;
		} else if ( (*p) >= 65u )
			goto tr243;
	} else
		goto tr249;
	goto tr239;
tr248:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st220;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
#line 6063 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr247;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr244;
		} else if ( (*p) >= 65u )
			goto tr244;
	} else
		goto tr244;
	goto tr239;
tr249:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
#line 6087 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr244;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr244;
	} else
		goto tr244;
	goto tr239;
tr155:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
#line 6108 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr249;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr243;
	} else
		goto tr243;
	goto tr239;
tr156:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st223;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
#line 6129 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st104;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr243;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr243;
	} else
		goto tr243;
	goto tr239;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
	switch( (*p) ) {
		case 48u: goto tr157;
		case 49u: goto tr158;
		case 50u: goto tr159;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr160;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr161;
	} else
		goto tr161;
	goto tr239;
tr157:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st225;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
#line 6166 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr250;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr250;
	} else
		goto tr250;
	goto tr239;
tr250:
#line 1 "NONE"
	{te = p+1;}
	goto st226;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
#line 6186 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st113;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr252;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr252;
	} else
		goto tr252;
	goto tr239;
tr252:
#line 1 "NONE"
	{te = p+1;}
	goto st227;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
#line 6204 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st113;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr253;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr253;
	} else
		goto tr253;
	goto tr239;
tr253:
#line 1 "NONE"
	{te = p+1;}
	goto st228;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
#line 6222 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st113;
	goto tr239;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 48u: goto tr152;
		case 49u: goto tr153;
		case 50u: goto tr154;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr155;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr156;
	} else
		goto tr156;
	goto tr151;
tr158:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
#line 6251 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr254;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr250;
	} else
		goto tr250;
	goto tr239;
tr254:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
#line 6272 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr255;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr252;
	} else
		goto tr252;
	goto tr239;
tr255:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st231;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
#line 6293 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr253;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr253;
	} else
		goto tr253;
	goto tr239;
tr159:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st232;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
#line 6314 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 53u: goto tr256;
		case 58u: goto st113;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr254;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr250;
		} else if ( (*p) >= 65u )
			goto tr250;
	} else
		goto tr257;
	goto tr239;
tr256:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st233;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
#line 6339 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st113;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr255;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr252;
		} else if ( (*p) >= 65u )
			goto tr252;
	} else
		goto tr252;
	goto tr239;
tr257:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st234;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
#line 6363 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr252;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr252;
	} else
		goto tr252;
	goto tr239;
tr160:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st235;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
#line 6384 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr257;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr250;
	} else
		goto tr250;
	goto tr239;
tr161:
#line 1 "NONE"
	{te = p+1;}
	goto st236;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
#line 6404 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st113;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr250;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr250;
	} else
		goto tr250;
	goto tr239;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 48u: goto tr162;
		case 49u: goto tr163;
		case 50u: goto tr164;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr165;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr166;
	} else
		goto tr166;
	goto tr239;
tr162:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st238;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
#line 6441 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st114;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr258;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr258;
	} else
		goto tr258;
	goto tr239;
tr258:
#line 1 "NONE"
	{te = p+1;}
	goto st239;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
#line 6461 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st114;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr260;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr260;
	} else
		goto tr260;
	goto tr239;
tr260:
#line 1 "NONE"
	{te = p+1;}
	goto st240;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
#line 6479 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st114;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr261;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr261;
	} else
		goto tr261;
	goto tr239;
tr261:
#line 1 "NONE"
	{te = p+1;}
	goto st241;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
#line 6497 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st114;
	goto tr239;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 48u: goto tr157;
		case 49u: goto tr158;
		case 50u: goto tr159;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr160;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr161;
	} else
		goto tr161;
	goto tr151;
tr163:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st242;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
#line 6526 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st114;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr262;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr258;
	} else
		goto tr258;
	goto tr239;
tr262:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st243;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
#line 6547 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st114;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr263;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr260;
	} else
		goto tr260;
	goto tr239;
tr263:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st244;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
#line 6568 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st114;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr261;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr261;
	} else
		goto tr261;
	goto tr239;
tr164:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st245;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
#line 6589 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 53u: goto tr264;
		case 58u: goto st114;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr262;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr258;
		} else if ( (*p) >= 65u )
			goto tr258;
	} else
		goto tr265;
	goto tr239;
tr264:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st246;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
#line 6614 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st114;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr263;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr260;
		} else if ( (*p) >= 65u )
			goto tr260;
	} else
		goto tr260;
	goto tr239;
tr265:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st247;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
#line 6638 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st114;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr260;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr260;
	} else
		goto tr260;
	goto tr239;
tr165:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st248;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
#line 6659 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st114;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr265;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr258;
	} else
		goto tr258;
	goto tr239;
tr166:
#line 1 "NONE"
	{te = p+1;}
	goto st249;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
#line 6679 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st114;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr258;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr258;
	} else
		goto tr258;
	goto tr239;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	switch( (*p) ) {
		case 48u: goto tr168;
		case 49u: goto tr169;
		case 50u: goto tr170;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr171;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr172;
	} else
		goto tr172;
	goto tr239;
tr168:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st251;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
#line 6716 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st115;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr266;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr266;
	} else
		goto tr266;
	goto tr239;
tr266:
#line 1 "NONE"
	{te = p+1;}
	goto st252;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
#line 6736 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st115;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr268;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr268;
	} else
		goto tr268;
	goto tr239;
tr268:
#line 1 "NONE"
	{te = p+1;}
	goto st253;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
#line 6754 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st115;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr269;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr269;
	} else
		goto tr269;
	goto tr239;
tr269:
#line 1 "NONE"
	{te = p+1;}
	goto st254;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
#line 6772 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st115;
	goto tr239;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 48u: goto tr162;
		case 49u: goto tr163;
		case 50u: goto tr164;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr165;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr166;
	} else
		goto tr166;
	goto tr151;
tr169:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st255;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
#line 6801 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st115;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr270;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr266;
	} else
		goto tr266;
	goto tr239;
tr270:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st256;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
#line 6822 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st115;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr271;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr268;
	} else
		goto tr268;
	goto tr239;
tr271:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st257;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
#line 6843 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st115;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr269;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr269;
	} else
		goto tr269;
	goto tr239;
tr170:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st258;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
#line 6864 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 53u: goto tr272;
		case 58u: goto st115;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr270;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr266;
		} else if ( (*p) >= 65u )
			goto tr266;
	} else
		goto tr273;
	goto tr239;
tr272:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st259;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
#line 6889 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st115;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr271;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr268;
		} else if ( (*p) >= 65u )
			goto tr268;
	} else
		goto tr268;
	goto tr239;
tr273:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st260;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
#line 6913 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st115;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr268;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr268;
	} else
		goto tr268;
	goto tr239;
tr171:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st261;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
#line 6934 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st115;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr273;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr266;
	} else
		goto tr266;
	goto tr239;
tr172:
#line 1 "NONE"
	{te = p+1;}
	goto st262;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
#line 6954 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st115;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr266;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr266;
	} else
		goto tr266;
	goto tr239;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	if ( (*p) == 58u )
		goto st263;
	goto tr0;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
	switch( (*p) ) {
		case 48u: goto tr274;
		case 49u: goto tr275;
		case 50u: goto tr276;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr277;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr278;
	} else
		goto tr278;
	goto tr239;
tr274:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st264;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
#line 6998 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st117;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr279;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr279;
	} else
		goto tr279;
	goto tr239;
tr279:
#line 1 "NONE"
	{te = p+1;}
	goto st265;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
#line 7018 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st117;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr281;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr281;
	} else
		goto tr281;
	goto tr239;
tr281:
#line 1 "NONE"
	{te = p+1;}
	goto st266;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
#line 7036 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st117;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr282;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr282;
	} else
		goto tr282;
	goto tr239;
tr282:
#line 1 "NONE"
	{te = p+1;}
	goto st267;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
#line 7054 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st117;
	goto tr239;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 48u: goto tr168;
		case 49u: goto tr169;
		case 50u: goto tr170;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr171;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr172;
	} else
		goto tr172;
	goto tr151;
tr275:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st268;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
#line 7083 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st117;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr283;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr279;
	} else
		goto tr279;
	goto tr239;
tr283:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st269;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
#line 7104 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st117;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr284;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr281;
	} else
		goto tr281;
	goto tr239;
tr284:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st270;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
#line 7125 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st117;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr282;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr282;
	} else
		goto tr282;
	goto tr239;
tr276:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st271;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
#line 7146 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 53u: goto tr285;
		case 58u: goto st117;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr283;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr279;
		} else if ( (*p) >= 65u )
			goto tr279;
	} else
		goto tr286;
	goto tr239;
tr285:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st272;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
#line 7171 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st117;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr284;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr281;
		} else if ( (*p) >= 65u )
			goto tr281;
	} else
		goto tr281;
	goto tr239;
tr286:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st273;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
#line 7195 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st117;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr281;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr281;
	} else
		goto tr281;
	goto tr239;
tr277:
#line 1 "NONE"
	{te = p+1;}
#line 525 "grammar/mime_received.rl"
	{act = 2;}
	goto st274;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
#line 7216 "gen/mime_received.c"
	switch( (*p) ) {
		case 46u: goto st88;
		case 58u: goto st117;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr286;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr279;
	} else
		goto tr279;
	goto tr239;
tr278:
#line 1 "NONE"
	{te = p+1;}
	goto st275;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
#line 7236 "gen/mime_received.c"
	if ( (*p) == 58u )
		goto st117;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr279;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr279;
	} else
		goto tr279;
	goto tr239;
	}
	_test_eof118: cs = 118; goto _test_eof; 
	_test_eof119: cs = 119; goto _test_eof; 
	_test_eof120: cs = 120; goto _test_eof; 
	_test_eof121: cs = 121; goto _test_eof; 
	_test_eof122: cs = 122; goto _test_eof; 
	_test_eof123: cs = 123; goto _test_eof; 
	_test_eof124: cs = 124; goto _test_eof; 
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof125: cs = 125; goto _test_eof; 
	_test_eof126: cs = 126; goto _test_eof; 
	_test_eof127: cs = 127; goto _test_eof; 
	_test_eof128: cs = 128; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof39: cs = 39; goto _test_eof; 
	_test_eof40: cs = 40; goto _test_eof; 
	_test_eof41: cs = 41; goto _test_eof; 
	_test_eof42: cs = 42; goto _test_eof; 
	_test_eof43: cs = 43; goto _test_eof; 
	_test_eof129: cs = 129; goto _test_eof; 
	_test_eof130: cs = 130; goto _test_eof; 
	_test_eof131: cs = 131; goto _test_eof; 
	_test_eof44: cs = 44; goto _test_eof; 
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof47: cs = 47; goto _test_eof; 
	_test_eof48: cs = 48; goto _test_eof; 
	_test_eof49: cs = 49; goto _test_eof; 
	_test_eof50: cs = 50; goto _test_eof; 
	_test_eof51: cs = 51; goto _test_eof; 
	_test_eof132: cs = 132; goto _test_eof; 
	_test_eof133: cs = 133; goto _test_eof; 
	_test_eof134: cs = 134; goto _test_eof; 
	_test_eof135: cs = 135; goto _test_eof; 
	_test_eof136: cs = 136; goto _test_eof; 
	_test_eof137: cs = 137; goto _test_eof; 
	_test_eof138: cs = 138; goto _test_eof; 
	_test_eof139: cs = 139; goto _test_eof; 
	_test_eof140: cs = 140; goto _test_eof; 
	_test_eof141: cs = 141; goto _test_eof; 
	_test_eof142: cs = 142; goto _test_eof; 
	_test_eof143: cs = 143; goto _test_eof; 
	_test_eof144: cs = 144; goto _test_eof; 
	_test_eof145: cs = 145; goto _test_eof; 
	_test_eof146: cs = 146; goto _test_eof; 
	_test_eof147: cs = 147; goto _test_eof; 
	_test_eof148: cs = 148; goto _test_eof; 
	_test_eof149: cs = 149; goto _test_eof; 
	_test_eof150: cs = 150; goto _test_eof; 
	_test_eof52: cs = 52; goto _test_eof; 
	_test_eof151: cs = 151; goto _test_eof; 
	_test_eof152: cs = 152; goto _test_eof; 
	_test_eof153: cs = 153; goto _test_eof; 
	_test_eof154: cs = 154; goto _test_eof; 
	_test_eof155: cs = 155; goto _test_eof; 
	_test_eof156: cs = 156; goto _test_eof; 
	_test_eof157: cs = 157; goto _test_eof; 
	_test_eof158: cs = 158; goto _test_eof; 
	_test_eof159: cs = 159; goto _test_eof; 
	_test_eof160: cs = 160; goto _test_eof; 
	_test_eof161: cs = 161; goto _test_eof; 
	_test_eof162: cs = 162; goto _test_eof; 
	_test_eof163: cs = 163; goto _test_eof; 
	_test_eof53: cs = 53; goto _test_eof; 
	_test_eof164: cs = 164; goto _test_eof; 
	_test_eof165: cs = 165; goto _test_eof; 
	_test_eof166: cs = 166; goto _test_eof; 
	_test_eof167: cs = 167; goto _test_eof; 
	_test_eof168: cs = 168; goto _test_eof; 
	_test_eof169: cs = 169; goto _test_eof; 
	_test_eof170: cs = 170; goto _test_eof; 
	_test_eof171: cs = 171; goto _test_eof; 
	_test_eof172: cs = 172; goto _test_eof; 
	_test_eof173: cs = 173; goto _test_eof; 
	_test_eof174: cs = 174; goto _test_eof; 
	_test_eof175: cs = 175; goto _test_eof; 
	_test_eof176: cs = 176; goto _test_eof; 
	_test_eof54: cs = 54; goto _test_eof; 
	_test_eof177: cs = 177; goto _test_eof; 
	_test_eof178: cs = 178; goto _test_eof; 
	_test_eof179: cs = 179; goto _test_eof; 
	_test_eof180: cs = 180; goto _test_eof; 
	_test_eof181: cs = 181; goto _test_eof; 
	_test_eof182: cs = 182; goto _test_eof; 
	_test_eof183: cs = 183; goto _test_eof; 
	_test_eof184: cs = 184; goto _test_eof; 
	_test_eof185: cs = 185; goto _test_eof; 
	_test_eof186: cs = 186; goto _test_eof; 
	_test_eof187: cs = 187; goto _test_eof; 
	_test_eof188: cs = 188; goto _test_eof; 
	_test_eof189: cs = 189; goto _test_eof; 
	_test_eof190: cs = 190; goto _test_eof; 
	_test_eof55: cs = 55; goto _test_eof; 
	_test_eof191: cs = 191; goto _test_eof; 
	_test_eof192: cs = 192; goto _test_eof; 
	_test_eof193: cs = 193; goto _test_eof; 
	_test_eof194: cs = 194; goto _test_eof; 
	_test_eof195: cs = 195; goto _test_eof; 
	_test_eof196: cs = 196; goto _test_eof; 
	_test_eof197: cs = 197; goto _test_eof; 
	_test_eof198: cs = 198; goto _test_eof; 
	_test_eof199: cs = 199; goto _test_eof; 
	_test_eof200: cs = 200; goto _test_eof; 
	_test_eof201: cs = 201; goto _test_eof; 
	_test_eof202: cs = 202; goto _test_eof; 
	_test_eof56: cs = 56; goto _test_eof; 
	_test_eof57: cs = 57; goto _test_eof; 
	_test_eof58: cs = 58; goto _test_eof; 
	_test_eof59: cs = 59; goto _test_eof; 
	_test_eof60: cs = 60; goto _test_eof; 
	_test_eof61: cs = 61; goto _test_eof; 
	_test_eof62: cs = 62; goto _test_eof; 
	_test_eof63: cs = 63; goto _test_eof; 
	_test_eof64: cs = 64; goto _test_eof; 
	_test_eof65: cs = 65; goto _test_eof; 
	_test_eof66: cs = 66; goto _test_eof; 
	_test_eof67: cs = 67; goto _test_eof; 
	_test_eof68: cs = 68; goto _test_eof; 
	_test_eof69: cs = 69; goto _test_eof; 
	_test_eof70: cs = 70; goto _test_eof; 
	_test_eof71: cs = 71; goto _test_eof; 
	_test_eof72: cs = 72; goto _test_eof; 
	_test_eof73: cs = 73; goto _test_eof; 
	_test_eof74: cs = 74; goto _test_eof; 
	_test_eof75: cs = 75; goto _test_eof; 
	_test_eof76: cs = 76; goto _test_eof; 
	_test_eof77: cs = 77; goto _test_eof; 
	_test_eof78: cs = 78; goto _test_eof; 
	_test_eof79: cs = 79; goto _test_eof; 
	_test_eof80: cs = 80; goto _test_eof; 
	_test_eof81: cs = 81; goto _test_eof; 
	_test_eof82: cs = 82; goto _test_eof; 
	_test_eof83: cs = 83; goto _test_eof; 
	_test_eof84: cs = 84; goto _test_eof; 
	_test_eof85: cs = 85; goto _test_eof; 
	_test_eof86: cs = 86; goto _test_eof; 
	_test_eof87: cs = 87; goto _test_eof; 
	_test_eof88: cs = 88; goto _test_eof; 
	_test_eof89: cs = 89; goto _test_eof; 
	_test_eof90: cs = 90; goto _test_eof; 
	_test_eof91: cs = 91; goto _test_eof; 
	_test_eof92: cs = 92; goto _test_eof; 
	_test_eof203: cs = 203; goto _test_eof; 
	_test_eof204: cs = 204; goto _test_eof; 
	_test_eof205: cs = 205; goto _test_eof; 
	_test_eof206: cs = 206; goto _test_eof; 
	_test_eof93: cs = 93; goto _test_eof; 
	_test_eof94: cs = 94; goto _test_eof; 
	_test_eof95: cs = 95; goto _test_eof; 
	_test_eof96: cs = 96; goto _test_eof; 
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof100: cs = 100; goto _test_eof; 
	_test_eof101: cs = 101; goto _test_eof; 
	_test_eof102: cs = 102; goto _test_eof; 
	_test_eof103: cs = 103; goto _test_eof; 
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof207: cs = 207; goto _test_eof; 
	_test_eof208: cs = 208; goto _test_eof; 
	_test_eof209: cs = 209; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
	_test_eof107: cs = 107; goto _test_eof; 
	_test_eof108: cs = 108; goto _test_eof; 
	_test_eof109: cs = 109; goto _test_eof; 
	_test_eof110: cs = 110; goto _test_eof; 
	_test_eof111: cs = 111; goto _test_eof; 
	_test_eof112: cs = 112; goto _test_eof; 
	_test_eof210: cs = 210; goto _test_eof; 
	_test_eof211: cs = 211; goto _test_eof; 
	_test_eof212: cs = 212; goto _test_eof; 
	_test_eof213: cs = 213; goto _test_eof; 
	_test_eof214: cs = 214; goto _test_eof; 
	_test_eof215: cs = 215; goto _test_eof; 
	_test_eof216: cs = 216; goto _test_eof; 
	_test_eof217: cs = 217; goto _test_eof; 
	_test_eof218: cs = 218; goto _test_eof; 
	_test_eof219: cs = 219; goto _test_eof; 
	_test_eof220: cs = 220; goto _test_eof; 
	_test_eof221: cs = 221; goto _test_eof; 
	_test_eof222: cs = 222; goto _test_eof; 
	_test_eof223: cs = 223; goto _test_eof; 
	_test_eof224: cs = 224; goto _test_eof; 
	_test_eof225: cs = 225; goto _test_eof; 
	_test_eof226: cs = 226; goto _test_eof; 
	_test_eof227: cs = 227; goto _test_eof; 
	_test_eof228: cs = 228; goto _test_eof; 
	_test_eof113: cs = 113; goto _test_eof; 
	_test_eof229: cs = 229; goto _test_eof; 
	_test_eof230: cs = 230; goto _test_eof; 
	_test_eof231: cs = 231; goto _test_eof; 
	_test_eof232: cs = 232; goto _test_eof; 
	_test_eof233: cs = 233; goto _test_eof; 
	_test_eof234: cs = 234; goto _test_eof; 
	_test_eof235: cs = 235; goto _test_eof; 
	_test_eof236: cs = 236; goto _test_eof; 
	_test_eof237: cs = 237; goto _test_eof; 
	_test_eof238: cs = 238; goto _test_eof; 
	_test_eof239: cs = 239; goto _test_eof; 
	_test_eof240: cs = 240; goto _test_eof; 
	_test_eof241: cs = 241; goto _test_eof; 
	_test_eof114: cs = 114; goto _test_eof; 
	_test_eof242: cs = 242; goto _test_eof; 
	_test_eof243: cs = 243; goto _test_eof; 
	_test_eof244: cs = 244; goto _test_eof; 
	_test_eof245: cs = 245; goto _test_eof; 
	_test_eof246: cs = 246; goto _test_eof; 
	_test_eof247: cs = 247; goto _test_eof; 
	_test_eof248: cs = 248; goto _test_eof; 
	_test_eof249: cs = 249; goto _test_eof; 
	_test_eof250: cs = 250; goto _test_eof; 
	_test_eof251: cs = 251; goto _test_eof; 
	_test_eof252: cs = 252; goto _test_eof; 
	_test_eof253: cs = 253; goto _test_eof; 
	_test_eof254: cs = 254; goto _test_eof; 
	_test_eof115: cs = 115; goto _test_eof; 
	_test_eof255: cs = 255; goto _test_eof; 
	_test_eof256: cs = 256; goto _test_eof; 
	_test_eof257: cs = 257; goto _test_eof; 
	_test_eof258: cs = 258; goto _test_eof; 
	_test_eof259: cs = 259; goto _test_eof; 
	_test_eof260: cs = 260; goto _test_eof; 
	_test_eof261: cs = 261; goto _test_eof; 
	_test_eof262: cs = 262; goto _test_eof; 
	_test_eof116: cs = 116; goto _test_eof; 
	_test_eof263: cs = 263; goto _test_eof; 
	_test_eof264: cs = 264; goto _test_eof; 
	_test_eof265: cs = 265; goto _test_eof; 
	_test_eof266: cs = 266; goto _test_eof; 
	_test_eof267: cs = 267; goto _test_eof; 
	_test_eof117: cs = 117; goto _test_eof; 
	_test_eof268: cs = 268; goto _test_eof; 
	_test_eof269: cs = 269; goto _test_eof; 
	_test_eof270: cs = 270; goto _test_eof; 
	_test_eof271: cs = 271; goto _test_eof; 
	_test_eof272: cs = 272; goto _test_eof; 
	_test_eof273: cs = 273; goto _test_eof; 
	_test_eof274: cs = 274; goto _test_eof; 
	_test_eof275: cs = 275; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 119: goto tr179;
	case 120: goto tr180;
	case 121: goto tr179;
	case 122: goto tr179;
	case 123: goto tr179;
	case 124: goto tr179;
	case 0: goto tr0;
	case 1: goto tr0;
	case 2: goto tr0;
	case 3: goto tr0;
	case 4: goto tr0;
	case 5: goto tr0;
	case 6: goto tr0;
	case 7: goto tr0;
	case 8: goto tr0;
	case 9: goto tr0;
	case 10: goto tr0;
	case 11: goto tr0;
	case 12: goto tr0;
	case 13: goto tr0;
	case 14: goto tr0;
	case 15: goto tr0;
	case 16: goto tr0;
	case 17: goto tr0;
	case 18: goto tr0;
	case 19: goto tr0;
	case 20: goto tr0;
	case 21: goto tr0;
	case 22: goto tr0;
	case 23: goto tr0;
	case 24: goto tr0;
	case 25: goto tr0;
	case 26: goto tr0;
	case 27: goto tr40;
	case 28: goto tr40;
	case 29: goto tr40;
	case 30: goto tr40;
	case 31: goto tr40;
	case 125: goto tr185;
	case 126: goto tr185;
	case 127: goto tr185;
	case 128: goto tr185;
	case 32: goto tr40;
	case 33: goto tr40;
	case 34: goto tr40;
	case 35: goto tr40;
	case 36: goto tr40;
	case 37: goto tr40;
	case 38: goto tr40;
	case 39: goto tr40;
	case 40: goto tr0;
	case 41: goto tr0;
	case 42: goto tr0;
	case 43: goto tr40;
	case 129: goto tr185;
	case 130: goto tr185;
	case 131: goto tr185;
	case 44: goto tr0;
	case 45: goto tr0;
	case 46: goto tr0;
	case 47: goto tr0;
	case 48: goto tr0;
	case 49: goto tr0;
	case 50: goto tr0;
	case 51: goto tr0;
	case 132: goto tr185;
	case 133: goto tr185;
	case 134: goto tr185;
	case 135: goto tr185;
	case 136: goto tr185;
	case 137: goto tr185;
	case 138: goto tr185;
	case 139: goto tr185;
	case 140: goto tr185;
	case 141: goto tr185;
	case 142: goto tr185;
	case 143: goto tr185;
	case 144: goto tr185;
	case 145: goto tr185;
	case 146: goto tr185;
	case 147: goto tr185;
	case 148: goto tr185;
	case 149: goto tr185;
	case 150: goto tr185;
	case 52: goto tr63;
	case 151: goto tr185;
	case 152: goto tr185;
	case 153: goto tr185;
	case 154: goto tr185;
	case 155: goto tr185;
	case 156: goto tr185;
	case 157: goto tr185;
	case 158: goto tr185;
	case 159: goto tr185;
	case 160: goto tr185;
	case 161: goto tr185;
	case 162: goto tr185;
	case 163: goto tr185;
	case 53: goto tr63;
	case 164: goto tr185;
	case 165: goto tr185;
	case 166: goto tr185;
	case 167: goto tr185;
	case 168: goto tr185;
	case 169: goto tr185;
	case 170: goto tr185;
	case 171: goto tr185;
	case 172: goto tr185;
	case 173: goto tr185;
	case 174: goto tr185;
	case 175: goto tr185;
	case 176: goto tr185;
	case 54: goto tr63;
	case 177: goto tr185;
	case 178: goto tr185;
	case 179: goto tr185;
	case 180: goto tr185;
	case 181: goto tr185;
	case 182: goto tr185;
	case 183: goto tr185;
	case 184: goto tr185;
	case 185: goto tr220;
	case 186: goto tr185;
	case 187: goto tr185;
	case 188: goto tr185;
	case 189: goto tr185;
	case 190: goto tr185;
	case 55: goto tr63;
	case 191: goto tr185;
	case 192: goto tr185;
	case 193: goto tr185;
	case 194: goto tr185;
	case 195: goto tr185;
	case 196: goto tr185;
	case 197: goto tr185;
	case 198: goto tr185;
	case 199: goto tr179;
	case 200: goto tr179;
	case 201: goto tr179;
	case 202: goto tr179;
	case 56: goto tr0;
	case 57: goto tr0;
	case 58: goto tr0;
	case 59: goto tr0;
	case 60: goto tr0;
	case 61: goto tr0;
	case 62: goto tr0;
	case 63: goto tr0;
	case 64: goto tr0;
	case 65: goto tr0;
	case 66: goto tr0;
	case 67: goto tr0;
	case 68: goto tr0;
	case 69: goto tr0;
	case 70: goto tr0;
	case 71: goto tr0;
	case 72: goto tr0;
	case 73: goto tr0;
	case 74: goto tr0;
	case 75: goto tr0;
	case 76: goto tr0;
	case 77: goto tr0;
	case 78: goto tr0;
	case 79: goto tr0;
	case 80: goto tr0;
	case 81: goto tr0;
	case 82: goto tr0;
	case 83: goto tr0;
	case 84: goto tr0;
	case 85: goto tr0;
	case 86: goto tr0;
	case 87: goto tr0;
	case 88: goto tr40;
	case 89: goto tr40;
	case 90: goto tr40;
	case 91: goto tr40;
	case 92: goto tr40;
	case 203: goto tr239;
	case 204: goto tr239;
	case 205: goto tr239;
	case 206: goto tr239;
	case 93: goto tr40;
	case 94: goto tr40;
	case 95: goto tr40;
	case 96: goto tr40;
	case 97: goto tr40;
	case 98: goto tr40;
	case 99: goto tr40;
	case 100: goto tr40;
	case 101: goto tr0;
	case 102: goto tr0;
	case 103: goto tr0;
	case 104: goto tr40;
	case 207: goto tr239;
	case 208: goto tr239;
	case 209: goto tr239;
	case 105: goto tr0;
	case 106: goto tr0;
	case 107: goto tr0;
	case 108: goto tr0;
	case 109: goto tr0;
	case 110: goto tr0;
	case 111: goto tr0;
	case 112: goto tr0;
	case 210: goto tr239;
	case 211: goto tr239;
	case 212: goto tr239;
	case 213: goto tr239;
	case 214: goto tr239;
	case 215: goto tr239;
	case 216: goto tr239;
	case 217: goto tr239;
	case 218: goto tr239;
	case 219: goto tr239;
	case 220: goto tr239;
	case 221: goto tr239;
	case 222: goto tr239;
	case 223: goto tr239;
	case 224: goto tr239;
	case 225: goto tr239;
	case 226: goto tr239;
	case 227: goto tr239;
	case 228: goto tr239;
	case 113: goto tr151;
	case 229: goto tr239;
	case 230: goto tr239;
	case 231: goto tr239;
	case 232: goto tr239;
	case 233: goto tr239;
	case 234: goto tr239;
	case 235: goto tr239;
	case 236: goto tr239;
	case 237: goto tr239;
	case 238: goto tr239;
	case 239: goto tr239;
	case 240: goto tr239;
	case 241: goto tr239;
	case 114: goto tr151;
	case 242: goto tr239;
	case 243: goto tr239;
	case 244: goto tr239;
	case 245: goto tr239;
	case 246: goto tr239;
	case 247: goto tr239;
	case 248: goto tr239;
	case 249: goto tr239;
	case 250: goto tr239;
	case 251: goto tr239;
	case 252: goto tr239;
	case 253: goto tr239;
	case 254: goto tr239;
	case 115: goto tr151;
	case 255: goto tr239;
	case 256: goto tr239;
	case 257: goto tr239;
	case 258: goto tr239;
	case 259: goto tr239;
	case 260: goto tr239;
	case 261: goto tr239;
	case 262: goto tr239;
	case 116: goto tr0;
	case 263: goto tr239;
	case 264: goto tr239;
	case 265: goto tr239;
	case 266: goto tr239;
	case 267: goto tr239;
	case 117: goto tr151;
	case 268: goto tr239;
	case 269: goto tr239;
	case 270: goto tr239;
	case 271: goto tr239;
	case 272: goto tr239;
	case 273: goto tr239;
	case 274: goto tr239;
	case 275: goto tr239;
	}
	}

	}

#line 553 "grammar/mime_received.rl"
    (void)mxq_received_words_en_main;
    (void)act;
    out->has_date = mxq_date_parse(data, n, &out->date);
    return found_any(out);
}

const char *mxq_received_protocol_name(enum mxq_received_protocol proto)
{
    static const char *const names[] = {
        [MXQ_RECEIVED_PROTO_NONE] = "",
        [MXQ_RECEIVED_PROTO_SMTP] = "SMTP",
        [MXQ_RECEIVED_PROTO_ESMTP] = "ESMTP",
        [MXQ_RECEIVED_PROTO_ESMTPA] = "ESMTPA",
        [MXQ_RECEIVED_PROTO_ESMTPS] = "ESMTPS",
        [MXQ_RECEIVED_PROTO_ESMTPSA] = "ESMTPSA",
        [MXQ_RECEIVED_PROTO_LMTP] = "LMTP",
        [MXQ_RECEIVED_PROTO_LMTPA] = "LMTPA",
        [MXQ_RECEIVED_PROTO_LMTPS] = "LMTPS",
        [MXQ_RECEIVED_PROTO_LMTPSA] = "LMTPSA",
        [MXQ_RECEIVED_PROTO_UTF8SMTP] = "UTF8SMTP",
        [MXQ_RECEIVED_PROTO_UTF8SMTPA] = "UTF8SMTPA",
        [MXQ_RECEIVED_PROTO_UTF8SMTPS] = "UTF8SMTPS",
        [MXQ_RECEIVED_PROTO_UTF8SMTPSA] = "UTF8SMTPSA",
        [MXQ_RECEIVED_PROTO_UTF8LMTP] = "UTF8LMTP",
        [MXQ_RECEIVED_PROTO_UTF8LMTPA] = "UTF8LMTPA",
        [MXQ_RECEIVED_PROTO_UTF8LMTPS] = "UTF8LMTPS",
        [MXQ_RECEIVED_PROTO_UTF8LMTPSA] = "UTF8LMTPSA",
        [MXQ_RECEIVED_PROTO_HTTP] = "HTTP",
        [MXQ_RECEIVED_PROTO_HTTPS] = "HTTPS",
        [MXQ_RECEIVED_PROTO_IMAP] = "IMAP",
        [MXQ_RECEIVED_PROTO_POP3] = "POP3",
        [MXQ_RECEIVED_PROTO_MMS] = "MMS",
        [MXQ_RECEIVED_PROTO_LOCAL] = "Local",
    };
    if ((unsigned)proto >= sizeof names / sizeof names[0])
        return "";
    return names[proto];
}

const char *mxq_received_tls_name(enum mxq_received_tls tls)
{
    static const char *const names[] = {
        [MXQ_RECEIVED_TLS_NONE] = "",
        [MXQ_RECEIVED_SSLV2] = "SSLv2",
        [MXQ_RECEIVED_SSLV3] = "SSLv3",
        [MXQ_RECEIVED_TLSV1_0] = "TLSv1_0",
        [MXQ_RECEIVED_TLSV1_1] = "TLSv1_1",
        [MXQ_RECEIVED_TLSV1_2] = "TLSv1_2",
        [MXQ_RECEIVED_TLSV1_3] = "TLSv1_3",
    };
    if ((unsigned)tls >= sizeof names / sizeof names[0])
        return "";
    return names[tls];
}
