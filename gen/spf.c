
#line 1 "grammar/spf.rl"
/*
 * SPF records and macro strings: RFC 7208 §12's ABNF, with the rules of
 * §4.6.1 (a term that is neither a known mechanism nor name "=" is a
 * syntax error; unknown modifiers are accepted) and of §7 (the letters
 * c, r and t only in explanations; a DIGIT transformer is nonzero). See
 * spf_record.h for the contract.
 *
 * Terms are separated by spaces only, and no term holds a space, so a
 * record is cut at its spaces and each piece is run through the term
 * machine, which says which term it is. Where a term's parts lie (its
 * domain-spec, CIDR lengths, address) is read back from the piece once the
 * machine accepted it: the grammar is ambiguous only in where a
 * domain-spec ends, and a CIDR suffix can never be part of one (a
 * domain-spec ends in "." toplabel ["."] or in a macro-expand, neither
 * of which ends in "/" digits).
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "spf_record.h"

/* A DIGIT transformer larger than any split can have parts. */
#define MACRO_KEEP_MAX 255


#line 86 "grammar/spf.rl"


/* ------------------------------------------------------------ records */

bool mxq_spf_is_record(const char *p, size_t n)
{
    static const char version[] = "v=spf1";
    size_t len = sizeof version - 1;

    if (n < len || (n > len && p[len] != ' '))
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != version[i])
            return false;
    }
    return true;
}

/* The term machine only names the term. Each mechanism name's last
 * octet sets the kind, and a modifier's '=' (always later in the term)
 * overrides that: "all=x" is an unknown modifier, "a" then "all" is the
 * all mechanism. */

#line 60 "gen/spf.c"
static const int mxq_spf_term_start = 1;
static const int mxq_spf_term_first_final = 165;


#line 146 "grammar/spf.rl"


static bool scan_term(const unsigned char *p, size_t n,
                      enum mxq_spf_term_kind *out)
{
    const unsigned char *pe = p + n;
    enum mxq_spf_term_kind kind = 0;
    int cs;

    
#line 72 "gen/spf.c"
	{
	cs = mxq_spf_term_start;
	}

#line 156 "grammar/spf.rl"
    
#line 75 "gen/spf.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 43u: goto st2;
		case 45u: goto st2;
		case 63u: goto st2;
		case 65u: goto tr2;
		case 69u: goto st138;
		case 73u: goto st145;
		case 77u: goto st154;
		case 80u: goto st155;
		case 82u: goto st157;
		case 97u: goto tr2;
		case 101u: goto st138;
		case 105u: goto st145;
		case 109u: goto st154;
		case 112u: goto st155;
		case 114u: goto st157;
		case 126u: goto st2;
	}
	if ( (*p) > 90u ) {
		if ( 98u <= (*p) && (*p) <= 122u )
			goto st130;
	} else if ( (*p) >= 66u )
		goto st130;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 65u: goto tr9;
		case 69u: goto st20;
		case 73u: goto st36;
		case 77u: goto st127;
		case 80u: goto st128;
		case 97u: goto tr9;
		case 101u: goto st20;
		case 105u: goto st36;
		case 109u: goto st127;
		case 112u: goto st128;
	}
	goto st0;
tr9:
#line 117 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_A; }
	goto st165;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
#line 132 "gen/spf.c"
	switch( (*p) ) {
		case 47u: goto st3;
		case 58u: goto st6;
		case 76u: goto st19;
		case 108u: goto st19;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 47u: goto st4;
		case 48u: goto st170;
		case 51u: goto st172;
	}
	if ( (*p) > 50u ) {
		if ( 52u <= (*p) && (*p) <= 57u )
			goto st170;
	} else if ( (*p) >= 49u )
		goto st171;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 48u: goto st166;
		case 49u: goto st167;
	}
	if ( 50u <= (*p) && (*p) <= 57u )
		goto st168;
	goto st0;
tr40:
#line 115 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_ALL; }
	goto st166;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
#line 172 "gen/spf.c"
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	if ( (*p) == 50u )
		goto st169;
	if ( (*p) > 49u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st166;
	} else if ( (*p) >= 48u )
		goto st168;
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st166;
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	if ( 48u <= (*p) && (*p) <= 56u )
		goto st166;
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	if ( (*p) == 47u )
		goto st5;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( (*p) == 47u )
		goto st4;
	goto st0;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	if ( (*p) == 47u )
		goto st5;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st170;
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	if ( (*p) == 47u )
		goto st5;
	if ( 48u <= (*p) && (*p) <= 50u )
		goto st170;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st6;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 37u: goto st173;
		case 45u: goto st173;
		case 95u: goto st173;
		case 123u: goto st14;
	}
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
		case 47u: goto st11;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st6;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st6;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st6;
		} else
			goto st9;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st6;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st6;
		} else
			goto st174;
	} else
		goto st174;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 37u: goto st7;
		case 45u: goto st10;
		case 46u: goto st8;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st6;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st6;
		} else
			goto st9;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st6;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st6;
		} else
			goto st174;
	} else
		goto st174;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 37u: goto st7;
		case 45u: goto st10;
		case 46u: goto st8;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st6;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st6;
		} else
			goto st174;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st6;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st6;
		} else
			goto st174;
	} else
		goto st174;
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	switch( (*p) ) {
		case 37u: goto st7;
		case 45u: goto st10;
		case 46u: goto st175;
		case 47u: goto st11;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 44u )
				goto st6;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st6;
		} else
			goto st174;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st6;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st6;
		} else
			goto st174;
	} else
		goto st174;
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
		case 47u: goto st11;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 45u )
				goto st6;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st6;
		} else
			goto st9;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st6;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st6;
		} else
			goto st174;
	} else
		goto st174;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
		case 47u: goto st12;
		case 48u: goto st180;
		case 51u: goto st182;
	}
	if ( (*p) < 49u ) {
		if ( 33u <= (*p) && (*p) <= 45u )
			goto st6;
	} else if ( (*p) > 50u ) {
		if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 52u )
			goto st180;
	} else
		goto st181;
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
		case 48u: goto st176;
		case 49u: goto st177;
	}
	if ( (*p) < 50u ) {
		if ( 33u <= (*p) && (*p) <= 47u )
			goto st6;
	} else if ( (*p) > 57u ) {
		if ( 58u <= (*p) && (*p) <= 126u )
			goto st6;
	} else
		goto st178;
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st6;
	goto st0;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
		case 50u: goto st179;
	}
	if ( (*p) < 48u ) {
		if ( 33u <= (*p) && (*p) <= 47u )
			goto st6;
	} else if ( (*p) > 49u ) {
		if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 51u )
			goto st176;
	} else
		goto st178;
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
	}
	if ( (*p) < 48u ) {
		if ( 33u <= (*p) && (*p) <= 47u )
			goto st6;
	} else if ( (*p) > 57u ) {
		if ( 58u <= (*p) && (*p) <= 126u )
			goto st6;
	} else
		goto st176;
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
	}
	if ( (*p) < 48u ) {
		if ( 33u <= (*p) && (*p) <= 47u )
			goto st6;
	} else if ( (*p) > 56u ) {
		if ( 57u <= (*p) && (*p) <= 126u )
			goto st6;
	} else
		goto st176;
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
		case 47u: goto st13;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st6;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
		case 47u: goto st12;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st6;
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
		case 47u: goto st13;
	}
	if ( (*p) < 48u ) {
		if ( 33u <= (*p) && (*p) <= 45u )
			goto st6;
	} else if ( (*p) > 57u ) {
		if ( 58u <= (*p) && (*p) <= 126u )
			goto st6;
	} else
		goto st180;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 37u: goto st7;
		case 46u: goto st8;
		case 47u: goto st13;
	}
	if ( (*p) < 48u ) {
		if ( 33u <= (*p) && (*p) <= 45u )
			goto st6;
	} else if ( (*p) > 50u ) {
		if ( 51u <= (*p) && (*p) <= 126u )
			goto st6;
	} else
		goto st180;
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 68u: goto st15;
		case 76u: goto st15;
		case 83u: goto st15;
		case 86u: goto st15;
		case 100u: goto st15;
		case 108u: goto st15;
		case 115u: goto st15;
		case 118u: goto st15;
	}
	if ( (*p) < 79u ) {
		if ( 72u <= (*p) && (*p) <= 73u )
			goto st15;
	} else if ( (*p) > 80u ) {
		if ( (*p) > 105u ) {
			if ( 111u <= (*p) && (*p) <= 112u )
				goto st15;
		} else if ( (*p) >= 104u )
			goto st15;
	} else
		goto st15;
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 48u: goto st17;
		case 61u: goto st16;
		case 82u: goto st16;
		case 95u: goto st16;
		case 114u: goto st16;
		case 125u: goto st173;
	}
	if ( (*p) > 47u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto st18;
	} else if ( (*p) >= 43u )
		goto st16;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 61u: goto st16;
		case 95u: goto st16;
		case 125u: goto st173;
	}
	if ( 43u <= (*p) && (*p) <= 47u )
		goto st16;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) == 48u )
		goto st17;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st18;
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 61u: goto st16;
		case 82u: goto st16;
		case 95u: goto st16;
		case 114u: goto st16;
		case 125u: goto st173;
	}
	if ( (*p) > 47u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st18;
	} else if ( (*p) >= 43u )
		goto st16;
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 76u: goto tr40;
		case 108u: goto tr40;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 88u: goto st21;
		case 120u: goto st21;
	}
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 73u: goto st22;
		case 105u: goto st22;
	}
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 83u: goto st23;
		case 115u: goto st23;
	}
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 84u: goto st24;
		case 116u: goto st24;
	}
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 83u: goto tr45;
		case 115u: goto tr45;
	}
	goto st0;
tr45:
#line 122 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_EXISTS; }
	goto st25;
tr64:
#line 116 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_INCLUDE; }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 729 "gen/spf.c"
	if ( (*p) == 58u )
		goto st26;
	goto st0;
tr197:
#line 124 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_EXP; }
	goto st26;
tr217:
#line 123 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_REDIRECT; }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 742 "gen/spf.c"
	switch( (*p) ) {
		case 37u: goto st27;
		case 46u: goto st28;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st26;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 37u: goto st183;
		case 45u: goto st183;
		case 95u: goto st183;
		case 123u: goto st31;
	}
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 37u: goto st27;
		case 46u: goto st28;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st26;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 37u: goto st27;
		case 46u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st26;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st26;
		} else
			goto st29;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st26;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st26;
		} else
			goto st184;
	} else
		goto st184;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 37u: goto st27;
		case 45u: goto st30;
		case 46u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st26;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st26;
		} else
			goto st29;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st26;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st26;
		} else
			goto st184;
	} else
		goto st184;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 37u: goto st27;
		case 45u: goto st30;
		case 46u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st26;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st26;
		} else
			goto st184;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st26;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st26;
		} else
			goto st184;
	} else
		goto st184;
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 37u: goto st27;
		case 45u: goto st30;
		case 46u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st26;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st26;
		} else
			goto st184;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st26;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st26;
		} else
			goto st184;
	} else
		goto st184;
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 37u: goto st27;
		case 46u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st26;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 64u )
				goto st26;
		} else
			goto st29;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 91u <= (*p) && (*p) <= 96u )
				goto st26;
		} else if ( (*p) > 122u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st26;
		} else
			goto st184;
	} else
		goto st184;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 68u: goto st32;
		case 76u: goto st32;
		case 83u: goto st32;
		case 86u: goto st32;
		case 100u: goto st32;
		case 108u: goto st32;
		case 115u: goto st32;
		case 118u: goto st32;
	}
	if ( (*p) < 79u ) {
		if ( 72u <= (*p) && (*p) <= 73u )
			goto st32;
	} else if ( (*p) > 80u ) {
		if ( (*p) > 105u ) {
			if ( 111u <= (*p) && (*p) <= 112u )
				goto st32;
		} else if ( (*p) >= 104u )
			goto st32;
	} else
		goto st32;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 48u: goto st34;
		case 61u: goto st33;
		case 82u: goto st33;
		case 95u: goto st33;
		case 114u: goto st33;
		case 125u: goto st183;
	}
	if ( (*p) > 47u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto st35;
	} else if ( (*p) >= 43u )
		goto st33;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 61u: goto st33;
		case 95u: goto st33;
		case 125u: goto st183;
	}
	if ( 43u <= (*p) && (*p) <= 47u )
		goto st33;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	if ( (*p) == 48u )
		goto st34;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st35;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 61u: goto st33;
		case 82u: goto st33;
		case 95u: goto st33;
		case 114u: goto st33;
		case 125u: goto st183;
	}
	if ( (*p) > 47u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st35;
	} else if ( (*p) >= 43u )
		goto st33;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 78u: goto st37;
		case 80u: goto st42;
		case 110u: goto st37;
		case 112u: goto st42;
	}
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 67u: goto st38;
		case 99u: goto st38;
	}
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 76u: goto st39;
		case 108u: goto st39;
	}
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 85u: goto st40;
		case 117u: goto st40;
	}
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 68u: goto st41;
		case 100u: goto st41;
	}
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 69u: goto tr64;
		case 101u: goto tr64;
	}
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 52u: goto tr65;
		case 54u: goto tr66;
	}
	goto st0;
tr65:
#line 120 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_IP4; }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 1073 "gen/spf.c"
	if ( (*p) == 58u )
		goto st44;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 48u: goto st45;
		case 49u: goto st60;
		case 50u: goto st62;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st61;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	if ( (*p) == 46u )
		goto st46;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 48u: goto st47;
		case 49u: goto st56;
		case 50u: goto st58;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st57;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	if ( (*p) == 46u )
		goto st48;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 48u: goto st49;
		case 49u: goto st52;
		case 50u: goto st54;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st53;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	if ( (*p) == 46u )
		goto st50;
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 48u: goto st186;
		case 49u: goto st188;
		case 50u: goto st190;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st189;
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	if ( (*p) == 47u )
		goto st51;
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 48u: goto st166;
		case 51u: goto st187;
	}
	if ( (*p) > 50u ) {
		if ( 52u <= (*p) && (*p) <= 57u )
			goto st166;
	} else if ( (*p) >= 49u )
		goto st168;
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	if ( 48u <= (*p) && (*p) <= 50u )
		goto st166;
	goto st0;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	if ( (*p) == 47u )
		goto st51;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st189;
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	if ( (*p) == 47u )
		goto st51;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st186;
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	switch( (*p) ) {
		case 47u: goto st51;
		case 53u: goto st191;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st186;
	} else if ( (*p) >= 48u )
		goto st189;
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	if ( (*p) == 47u )
		goto st51;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st186;
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	if ( (*p) == 46u )
		goto st50;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st53;
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) == 46u )
		goto st50;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st49;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 46u: goto st50;
		case 53u: goto st55;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st49;
	} else if ( (*p) >= 48u )
		goto st53;
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	if ( (*p) == 46u )
		goto st50;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st49;
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	if ( (*p) == 46u )
		goto st48;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st57;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	if ( (*p) == 46u )
		goto st48;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st47;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 46u: goto st48;
		case 53u: goto st59;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st47;
	} else if ( (*p) >= 48u )
		goto st57;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	if ( (*p) == 46u )
		goto st48;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st47;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 46u )
		goto st46;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	if ( (*p) == 46u )
		goto st46;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st45;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 46u: goto st46;
		case 53u: goto st63;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st45;
	} else if ( (*p) >= 48u )
		goto st61;
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	if ( (*p) == 46u )
		goto st46;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st45;
	goto st0;
tr66:
#line 121 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_IP6; }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 1344 "gen/spf.c"
	if ( (*p) == 58u )
		goto st65;
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	if ( (*p) == 58u )
		goto st125;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st66;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st66;
	} else
		goto st66;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 58u )
		goto st70;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st67;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st67;
	} else
		goto st67;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	if ( (*p) == 58u )
		goto st70;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st68;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st68;
	} else
		goto st68;
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	if ( (*p) == 58u )
		goto st70;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st69;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st69;
	} else
		goto st69;
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	if ( (*p) == 58u )
		goto st70;
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	if ( (*p) == 58u )
		goto st240;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st71;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st71;
	} else
		goto st71;
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	if ( (*p) == 58u )
		goto st75;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st72;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st72;
	} else
		goto st72;
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	if ( (*p) == 58u )
		goto st75;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st73;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st73;
	} else
		goto st73;
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	if ( (*p) == 58u )
		goto st75;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st74;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st74;
	} else
		goto st74;
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	if ( (*p) == 58u )
		goto st75;
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	if ( (*p) == 58u )
		goto st227;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st76;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st76;
	} else
		goto st76;
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	if ( (*p) == 58u )
		goto st80;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st77;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st77;
	} else
		goto st77;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	if ( (*p) == 58u )
		goto st80;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st78;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st78;
	} else
		goto st78;
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	if ( (*p) == 58u )
		goto st80;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st79;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st79;
	} else
		goto st79;
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	if ( (*p) == 58u )
		goto st80;
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	if ( (*p) == 58u )
		goto st214;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st81;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st81;
	} else
		goto st81;
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	if ( (*p) == 58u )
		goto st85;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st82;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st82;
	} else
		goto st82;
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	if ( (*p) == 58u )
		goto st85;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st83;
	} else
		goto st83;
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	if ( (*p) == 58u )
		goto st85;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st84;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st84;
	} else
		goto st84;
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	if ( (*p) == 58u )
		goto st85;
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	if ( (*p) == 58u )
		goto st201;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st86;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st86;
	} else
		goto st86;
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	if ( (*p) == 58u )
		goto st90;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st87;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st87;
	} else
		goto st87;
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	if ( (*p) == 58u )
		goto st90;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st88;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st88;
	} else
		goto st88;
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	if ( (*p) == 58u )
		goto st90;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st89;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st89;
	} else
		goto st89;
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	if ( (*p) == 58u )
		goto st90;
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	if ( (*p) == 58u )
		goto st200;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st91;
	} else
		goto st91;
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	if ( (*p) == 58u )
		goto st95;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st92;
	} else
		goto st92;
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	if ( (*p) == 58u )
		goto st95;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st93;
	} else
		goto st93;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	if ( (*p) == 58u )
		goto st95;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st94;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st94;
	} else
		goto st94;
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	if ( (*p) == 58u )
		goto st95;
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 48u: goto st96;
		case 49u: goto st114;
		case 50u: goto st117;
		case 58u: goto st192;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st120;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st121;
	} else
		goto st121;
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 46u: goto st97;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st110;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st110;
	} else
		goto st110;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 48u: goto st98;
		case 49u: goto st106;
		case 50u: goto st108;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st107;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	if ( (*p) == 46u )
		goto st99;
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 48u: goto st100;
		case 49u: goto st102;
		case 50u: goto st104;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st103;
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	if ( (*p) == 46u )
		goto st101;
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 48u: goto st192;
		case 49u: goto st193;
		case 50u: goto st195;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto st194;
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	if ( (*p) == 47u )
		goto st4;
	goto st0;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	if ( (*p) == 47u )
		goto st4;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st194;
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	if ( (*p) == 47u )
		goto st4;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st192;
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 47u: goto st4;
		case 53u: goto st196;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st192;
	} else if ( (*p) >= 48u )
		goto st194;
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	if ( (*p) == 47u )
		goto st4;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st192;
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	if ( (*p) == 46u )
		goto st101;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st103;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	if ( (*p) == 46u )
		goto st101;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st100;
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 46u: goto st101;
		case 53u: goto st105;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st100;
	} else if ( (*p) >= 48u )
		goto st103;
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	if ( (*p) == 46u )
		goto st101;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st100;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	if ( (*p) == 46u )
		goto st99;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st107;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	if ( (*p) == 46u )
		goto st99;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st98;
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 46u: goto st99;
		case 53u: goto st109;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st98;
	} else if ( (*p) >= 48u )
		goto st107;
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	if ( (*p) == 46u )
		goto st99;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st98;
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	if ( (*p) == 58u )
		goto st113;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st111;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st111;
	} else
		goto st111;
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	if ( (*p) == 58u )
		goto st113;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st112;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st112;
	} else
		goto st112;
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	if ( (*p) == 58u )
		goto st113;
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st197;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st197;
	} else
		goto st197;
	goto st0;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	if ( (*p) == 47u )
		goto st4;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st198;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st198;
	} else
		goto st198;
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	if ( (*p) == 47u )
		goto st4;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st199;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st199;
	} else
		goto st199;
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	if ( (*p) == 47u )
		goto st4;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st192;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st192;
	} else
		goto st192;
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 46u: goto st97;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st115;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st110;
	} else
		goto st110;
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 46u: goto st97;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st116;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st111;
	} else
		goto st111;
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 46u: goto st97;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st112;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st112;
	} else
		goto st112;
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 46u: goto st97;
		case 53u: goto st118;
		case 58u: goto st113;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st115;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st110;
		} else if ( (*p) >= 65u )
			goto st110;
	} else
		goto st119;
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 46u: goto st97;
		case 58u: goto st113;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st116;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st111;
		} else if ( (*p) >= 65u )
			goto st111;
	} else
		goto st111;
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 46u: goto st97;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st111;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st111;
	} else
		goto st111;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 46u: goto st97;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st119;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st110;
	} else
		goto st110;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	if ( (*p) == 58u )
		goto st113;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st110;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st110;
	} else
		goto st110;
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	if ( (*p) == 47u )
		goto st4;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st197;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st197;
	} else
		goto st197;
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	switch( (*p) ) {
		case 47u: goto st4;
		case 48u: goto st202;
		case 49u: goto st206;
		case 50u: goto st209;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st212;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st213;
	} else
		goto st213;
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st203;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st203;
	} else
		goto st203;
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st204;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st204;
	} else
		goto st204;
	goto st0;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st205;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st205;
	} else
		goto st205;
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st113;
	}
	goto st0;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st207;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st203;
	} else
		goto st203;
	goto st0;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st208;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st204;
	} else
		goto st204;
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st205;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st205;
	} else
		goto st205;
	goto st0;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 53u: goto st210;
		case 58u: goto st113;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st207;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st203;
		} else if ( (*p) >= 65u )
			goto st203;
	} else
		goto st211;
	goto st0;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st208;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st204;
		} else if ( (*p) >= 65u )
			goto st204;
	} else
		goto st204;
	goto st0;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st204;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st204;
	} else
		goto st204;
	goto st0;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st211;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st203;
	} else
		goto st203;
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st203;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st203;
	} else
		goto st203;
	goto st0;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	switch( (*p) ) {
		case 47u: goto st4;
		case 48u: goto st215;
		case 49u: goto st219;
		case 50u: goto st222;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st225;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st226;
	} else
		goto st226;
	goto st0;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st216;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st216;
	} else
		goto st216;
	goto st0;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st217;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st217;
	} else
		goto st217;
	goto st0;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st218;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st218;
	} else
		goto st218;
	goto st0;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st122;
	}
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 48u: goto st202;
		case 49u: goto st206;
		case 50u: goto st209;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st212;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st213;
	} else
		goto st213;
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st220;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st216;
	} else
		goto st216;
	goto st0;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st221;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st217;
	} else
		goto st217;
	goto st0;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st218;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st218;
	} else
		goto st218;
	goto st0;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 53u: goto st223;
		case 58u: goto st122;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st220;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st216;
		} else if ( (*p) >= 65u )
			goto st216;
	} else
		goto st224;
	goto st0;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st221;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st217;
		} else if ( (*p) >= 65u )
			goto st217;
	} else
		goto st217;
	goto st0;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st217;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st217;
	} else
		goto st217;
	goto st0;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st224;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st216;
	} else
		goto st216;
	goto st0;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st216;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st216;
	} else
		goto st216;
	goto st0;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
	switch( (*p) ) {
		case 47u: goto st4;
		case 48u: goto st228;
		case 49u: goto st232;
		case 50u: goto st235;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st238;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st239;
	} else
		goto st239;
	goto st0;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st229;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st229;
	} else
		goto st229;
	goto st0;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st230;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st230;
	} else
		goto st230;
	goto st0;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st231;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st231;
	} else
		goto st231;
	goto st0;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st123;
	}
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 48u: goto st215;
		case 49u: goto st219;
		case 50u: goto st222;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st225;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st226;
	} else
		goto st226;
	goto st0;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st233;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st229;
	} else
		goto st229;
	goto st0;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st234;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st230;
	} else
		goto st230;
	goto st0;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st231;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st231;
	} else
		goto st231;
	goto st0;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 53u: goto st236;
		case 58u: goto st123;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st233;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st229;
		} else if ( (*p) >= 65u )
			goto st229;
	} else
		goto st237;
	goto st0;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st234;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st230;
		} else if ( (*p) >= 65u )
			goto st230;
	} else
		goto st230;
	goto st0;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st230;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st230;
	} else
		goto st230;
	goto st0;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st237;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st229;
	} else
		goto st229;
	goto st0;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st229;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st229;
	} else
		goto st229;
	goto st0;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
	switch( (*p) ) {
		case 47u: goto st4;
		case 48u: goto st241;
		case 49u: goto st245;
		case 50u: goto st248;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st251;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st252;
	} else
		goto st252;
	goto st0;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st242;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st242;
	} else
		goto st242;
	goto st0;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st243;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st243;
	} else
		goto st243;
	goto st0;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st244;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st244;
	} else
		goto st244;
	goto st0;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st124;
	}
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 48u: goto st228;
		case 49u: goto st232;
		case 50u: goto st235;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st238;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st239;
	} else
		goto st239;
	goto st0;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st246;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st242;
	} else
		goto st242;
	goto st0;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st247;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st243;
	} else
		goto st243;
	goto st0;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st244;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st244;
	} else
		goto st244;
	goto st0;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 53u: goto st249;
		case 58u: goto st124;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st246;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st242;
		} else if ( (*p) >= 65u )
			goto st242;
	} else
		goto st250;
	goto st0;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st247;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st243;
		} else if ( (*p) >= 65u )
			goto st243;
	} else
		goto st243;
	goto st0;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st243;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st243;
	} else
		goto st243;
	goto st0;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st250;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st242;
	} else
		goto st242;
	goto st0;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st242;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st242;
	} else
		goto st242;
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	if ( (*p) == 58u )
		goto st253;
	goto st0;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
	switch( (*p) ) {
		case 47u: goto st4;
		case 48u: goto st254;
		case 49u: goto st258;
		case 50u: goto st261;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st264;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st265;
	} else
		goto st265;
	goto st0;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st255;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st255;
	} else
		goto st255;
	goto st0;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st256;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st256;
	} else
		goto st256;
	goto st0;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st257;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st257;
	} else
		goto st257;
	goto st0;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st126;
	}
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 48u: goto st241;
		case 49u: goto st245;
		case 50u: goto st248;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st251;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st252;
	} else
		goto st252;
	goto st0;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st259;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st255;
	} else
		goto st255;
	goto st0;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st260;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st256;
	} else
		goto st256;
	goto st0;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st257;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st257;
	} else
		goto st257;
	goto st0;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 53u: goto st262;
		case 58u: goto st126;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st259;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st255;
		} else if ( (*p) >= 65u )
			goto st255;
	} else
		goto st263;
	goto st0;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st260;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st256;
		} else if ( (*p) >= 65u )
			goto st256;
	} else
		goto st256;
	goto st0;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st256;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st256;
	} else
		goto st256;
	goto st0;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
	switch( (*p) ) {
		case 46u: goto st97;
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st263;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st255;
	} else
		goto st255;
	goto st0;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
	switch( (*p) ) {
		case 47u: goto st4;
		case 58u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st255;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st255;
	} else
		goto st255;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 88u: goto tr180;
		case 120u: goto tr180;
	}
	goto st0;
tr180:
#line 118 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_MX; }
	goto st266;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
#line 3461 "gen/spf.c"
	switch( (*p) ) {
		case 47u: goto st3;
		case 58u: goto st6;
	}
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 84u: goto st129;
		case 116u: goto st129;
	}
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 82u: goto tr182;
		case 114u: goto tr182;
	}
	goto st0;
tr182:
#line 119 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_PTR; }
	goto st267;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
#line 3491 "gen/spf.c"
	if ( (*p) == 58u )
		goto st26;
	goto st0;
tr2:
#line 117 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_A; }
	goto st268;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
#line 3501 "gen/spf.c"
	switch( (*p) ) {
		case 47u: goto st3;
		case 58u: goto st6;
		case 61u: goto tr183;
		case 76u: goto st137;
		case 95u: goto st130;
		case 108u: goto st137;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 57u )
			goto st130;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st130;
	} else
		goto st130;
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 95u: goto st130;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
tr183:
#line 125 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_UNKNOWN_MODIFIER; }
	goto st269;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
#line 3545 "gen/spf.c"
	if ( (*p) == 37u )
		goto st131;
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st269;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 37u: goto st269;
		case 45u: goto st269;
		case 95u: goto st269;
		case 123u: goto st132;
	}
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 76u: goto st133;
		case 86u: goto st133;
		case 108u: goto st133;
		case 118u: goto st133;
	}
	if ( (*p) < 82u ) {
		if ( (*p) < 72u ) {
			if ( 67u <= (*p) && (*p) <= 68u )
				goto st133;
		} else if ( (*p) > 73u ) {
			if ( 79u <= (*p) && (*p) <= 80u )
				goto st133;
		} else
			goto st133;
	} else if ( (*p) > 84u ) {
		if ( (*p) < 104u ) {
			if ( 99u <= (*p) && (*p) <= 100u )
				goto st133;
		} else if ( (*p) > 105u ) {
			if ( (*p) > 112u ) {
				if ( 114u <= (*p) && (*p) <= 116u )
					goto st133;
			} else if ( (*p) >= 111u )
				goto st133;
		} else
			goto st133;
	} else
		goto st133;
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 48u: goto st135;
		case 61u: goto st134;
		case 82u: goto st134;
		case 95u: goto st134;
		case 114u: goto st134;
		case 125u: goto st269;
	}
	if ( (*p) > 47u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto st136;
	} else if ( (*p) >= 43u )
		goto st134;
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 61u: goto st134;
		case 95u: goto st134;
		case 125u: goto st269;
	}
	if ( 43u <= (*p) && (*p) <= 47u )
		goto st134;
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	if ( (*p) == 48u )
		goto st135;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st136;
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 61u: goto st134;
		case 82u: goto st134;
		case 95u: goto st134;
		case 114u: goto st134;
		case 125u: goto st269;
	}
	if ( (*p) > 47u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st136;
	} else if ( (*p) >= 43u )
		goto st134;
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 76u: goto tr190;
		case 95u: goto st130;
		case 108u: goto tr190;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
tr190:
#line 115 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_ALL; }
	goto st270;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
#line 3680 "gen/spf.c"
	switch( (*p) ) {
		case 61u: goto tr183;
		case 95u: goto st130;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 88u: goto st139;
		case 95u: goto st130;
		case 120u: goto st139;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 73u: goto st140;
		case 80u: goto st144;
		case 95u: goto st130;
		case 105u: goto st140;
		case 112u: goto st144;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 83u: goto st141;
		case 95u: goto st130;
		case 115u: goto st141;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 84u: goto st142;
		case 95u: goto st130;
		case 116u: goto st142;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 83u: goto tr196;
		case 95u: goto st130;
		case 115u: goto tr196;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
tr196:
#line 122 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_EXISTS; }
	goto st143;
tr204:
#line 116 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_INCLUDE; }
	goto st143;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
#line 3818 "gen/spf.c"
	switch( (*p) ) {
		case 58u: goto st26;
		case 61u: goto tr183;
		case 95u: goto st130;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 61u: goto tr197;
		case 95u: goto st130;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 78u: goto st146;
		case 80u: goto st151;
		case 95u: goto st130;
		case 110u: goto st146;
		case 112u: goto st151;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 67u: goto st147;
		case 95u: goto st130;
		case 99u: goto st147;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 76u: goto st148;
		case 95u: goto st130;
		case 108u: goto st148;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 85u: goto st149;
		case 95u: goto st130;
		case 117u: goto st149;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 68u: goto st150;
		case 95u: goto st130;
		case 100u: goto st150;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 69u: goto tr204;
		case 95u: goto st130;
		case 101u: goto tr204;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 52u: goto tr205;
		case 54u: goto tr206;
		case 61u: goto tr183;
		case 95u: goto st130;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
tr205:
#line 120 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_IP4; }
	goto st152;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
#line 4018 "gen/spf.c"
	switch( (*p) ) {
		case 58u: goto st44;
		case 61u: goto tr183;
		case 95u: goto st130;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
tr206:
#line 121 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_IP6; }
	goto st153;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
#line 4042 "gen/spf.c"
	switch( (*p) ) {
		case 58u: goto st65;
		case 61u: goto tr183;
		case 95u: goto st130;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 88u: goto tr207;
		case 95u: goto st130;
		case 120u: goto tr207;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
tr207:
#line 118 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_MX; }
	goto st271;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
#line 4088 "gen/spf.c"
	switch( (*p) ) {
		case 47u: goto st3;
		case 58u: goto st6;
		case 61u: goto tr183;
		case 95u: goto st130;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 57u )
			goto st130;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st130;
	} else
		goto st130;
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 84u: goto st156;
		case 95u: goto st130;
		case 116u: goto st156;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 82u: goto tr209;
		case 95u: goto st130;
		case 114u: goto tr209;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
tr209:
#line 119 "grammar/spf.rl"
	{ kind = MXQ_SPF_TERM_PTR; }
	goto st272;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
#line 4154 "gen/spf.c"
	switch( (*p) ) {
		case 58u: goto st26;
		case 61u: goto tr183;
		case 95u: goto st130;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 69u: goto st158;
		case 95u: goto st130;
		case 101u: goto st158;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 68u: goto st159;
		case 95u: goto st130;
		case 100u: goto st159;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 73u: goto st160;
		case 95u: goto st130;
		case 105u: goto st160;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 82u: goto st161;
		case 95u: goto st130;
		case 114u: goto st161;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 69u: goto st162;
		case 95u: goto st130;
		case 101u: goto st162;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 67u: goto st163;
		case 95u: goto st130;
		case 99u: goto st163;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 61u: goto tr183;
		case 84u: goto st164;
		case 95u: goto st130;
		case 116u: goto st164;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 61u: goto tr217;
		case 95u: goto st130;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st130;
		} else if ( (*p) >= 65u )
			goto st130;
	} else
		goto st130;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof165: cs = 165; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof166: cs = 166; goto _test_eof; 
	_test_eof167: cs = 167; goto _test_eof; 
	_test_eof168: cs = 168; goto _test_eof; 
	_test_eof169: cs = 169; goto _test_eof; 
	_test_eof170: cs = 170; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof171: cs = 171; goto _test_eof; 
	_test_eof172: cs = 172; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof173: cs = 173; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof174: cs = 174; goto _test_eof; 
	_test_eof175: cs = 175; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof176: cs = 176; goto _test_eof; 
	_test_eof177: cs = 177; goto _test_eof; 
	_test_eof178: cs = 178; goto _test_eof; 
	_test_eof179: cs = 179; goto _test_eof; 
	_test_eof180: cs = 180; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof181: cs = 181; goto _test_eof; 
	_test_eof182: cs = 182; goto _test_eof; 
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
	_test_eof183: cs = 183; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof184: cs = 184; goto _test_eof; 
	_test_eof185: cs = 185; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
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
	_test_eof44: cs = 44; goto _test_eof; 
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof47: cs = 47; goto _test_eof; 
	_test_eof48: cs = 48; goto _test_eof; 
	_test_eof49: cs = 49; goto _test_eof; 
	_test_eof50: cs = 50; goto _test_eof; 
	_test_eof186: cs = 186; goto _test_eof; 
	_test_eof51: cs = 51; goto _test_eof; 
	_test_eof187: cs = 187; goto _test_eof; 
	_test_eof188: cs = 188; goto _test_eof; 
	_test_eof189: cs = 189; goto _test_eof; 
	_test_eof190: cs = 190; goto _test_eof; 
	_test_eof191: cs = 191; goto _test_eof; 
	_test_eof52: cs = 52; goto _test_eof; 
	_test_eof53: cs = 53; goto _test_eof; 
	_test_eof54: cs = 54; goto _test_eof; 
	_test_eof55: cs = 55; goto _test_eof; 
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
	_test_eof93: cs = 93; goto _test_eof; 
	_test_eof94: cs = 94; goto _test_eof; 
	_test_eof95: cs = 95; goto _test_eof; 
	_test_eof96: cs = 96; goto _test_eof; 
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof100: cs = 100; goto _test_eof; 
	_test_eof101: cs = 101; goto _test_eof; 
	_test_eof192: cs = 192; goto _test_eof; 
	_test_eof193: cs = 193; goto _test_eof; 
	_test_eof194: cs = 194; goto _test_eof; 
	_test_eof195: cs = 195; goto _test_eof; 
	_test_eof196: cs = 196; goto _test_eof; 
	_test_eof102: cs = 102; goto _test_eof; 
	_test_eof103: cs = 103; goto _test_eof; 
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
	_test_eof107: cs = 107; goto _test_eof; 
	_test_eof108: cs = 108; goto _test_eof; 
	_test_eof109: cs = 109; goto _test_eof; 
	_test_eof110: cs = 110; goto _test_eof; 
	_test_eof111: cs = 111; goto _test_eof; 
	_test_eof112: cs = 112; goto _test_eof; 
	_test_eof113: cs = 113; goto _test_eof; 
	_test_eof197: cs = 197; goto _test_eof; 
	_test_eof198: cs = 198; goto _test_eof; 
	_test_eof199: cs = 199; goto _test_eof; 
	_test_eof114: cs = 114; goto _test_eof; 
	_test_eof115: cs = 115; goto _test_eof; 
	_test_eof116: cs = 116; goto _test_eof; 
	_test_eof117: cs = 117; goto _test_eof; 
	_test_eof118: cs = 118; goto _test_eof; 
	_test_eof119: cs = 119; goto _test_eof; 
	_test_eof120: cs = 120; goto _test_eof; 
	_test_eof121: cs = 121; goto _test_eof; 
	_test_eof200: cs = 200; goto _test_eof; 
	_test_eof201: cs = 201; goto _test_eof; 
	_test_eof202: cs = 202; goto _test_eof; 
	_test_eof203: cs = 203; goto _test_eof; 
	_test_eof204: cs = 204; goto _test_eof; 
	_test_eof205: cs = 205; goto _test_eof; 
	_test_eof206: cs = 206; goto _test_eof; 
	_test_eof207: cs = 207; goto _test_eof; 
	_test_eof208: cs = 208; goto _test_eof; 
	_test_eof209: cs = 209; goto _test_eof; 
	_test_eof210: cs = 210; goto _test_eof; 
	_test_eof211: cs = 211; goto _test_eof; 
	_test_eof212: cs = 212; goto _test_eof; 
	_test_eof213: cs = 213; goto _test_eof; 
	_test_eof214: cs = 214; goto _test_eof; 
	_test_eof215: cs = 215; goto _test_eof; 
	_test_eof216: cs = 216; goto _test_eof; 
	_test_eof217: cs = 217; goto _test_eof; 
	_test_eof218: cs = 218; goto _test_eof; 
	_test_eof122: cs = 122; goto _test_eof; 
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
	_test_eof229: cs = 229; goto _test_eof; 
	_test_eof230: cs = 230; goto _test_eof; 
	_test_eof231: cs = 231; goto _test_eof; 
	_test_eof123: cs = 123; goto _test_eof; 
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
	_test_eof242: cs = 242; goto _test_eof; 
	_test_eof243: cs = 243; goto _test_eof; 
	_test_eof244: cs = 244; goto _test_eof; 
	_test_eof124: cs = 124; goto _test_eof; 
	_test_eof245: cs = 245; goto _test_eof; 
	_test_eof246: cs = 246; goto _test_eof; 
	_test_eof247: cs = 247; goto _test_eof; 
	_test_eof248: cs = 248; goto _test_eof; 
	_test_eof249: cs = 249; goto _test_eof; 
	_test_eof250: cs = 250; goto _test_eof; 
	_test_eof251: cs = 251; goto _test_eof; 
	_test_eof252: cs = 252; goto _test_eof; 
	_test_eof125: cs = 125; goto _test_eof; 
	_test_eof253: cs = 253; goto _test_eof; 
	_test_eof254: cs = 254; goto _test_eof; 
	_test_eof255: cs = 255; goto _test_eof; 
	_test_eof256: cs = 256; goto _test_eof; 
	_test_eof257: cs = 257; goto _test_eof; 
	_test_eof126: cs = 126; goto _test_eof; 
	_test_eof258: cs = 258; goto _test_eof; 
	_test_eof259: cs = 259; goto _test_eof; 
	_test_eof260: cs = 260; goto _test_eof; 
	_test_eof261: cs = 261; goto _test_eof; 
	_test_eof262: cs = 262; goto _test_eof; 
	_test_eof263: cs = 263; goto _test_eof; 
	_test_eof264: cs = 264; goto _test_eof; 
	_test_eof265: cs = 265; goto _test_eof; 
	_test_eof127: cs = 127; goto _test_eof; 
	_test_eof266: cs = 266; goto _test_eof; 
	_test_eof128: cs = 128; goto _test_eof; 
	_test_eof129: cs = 129; goto _test_eof; 
	_test_eof267: cs = 267; goto _test_eof; 
	_test_eof268: cs = 268; goto _test_eof; 
	_test_eof130: cs = 130; goto _test_eof; 
	_test_eof269: cs = 269; goto _test_eof; 
	_test_eof131: cs = 131; goto _test_eof; 
	_test_eof132: cs = 132; goto _test_eof; 
	_test_eof133: cs = 133; goto _test_eof; 
	_test_eof134: cs = 134; goto _test_eof; 
	_test_eof135: cs = 135; goto _test_eof; 
	_test_eof136: cs = 136; goto _test_eof; 
	_test_eof137: cs = 137; goto _test_eof; 
	_test_eof270: cs = 270; goto _test_eof; 
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
	_test_eof151: cs = 151; goto _test_eof; 
	_test_eof152: cs = 152; goto _test_eof; 
	_test_eof153: cs = 153; goto _test_eof; 
	_test_eof154: cs = 154; goto _test_eof; 
	_test_eof271: cs = 271; goto _test_eof; 
	_test_eof155: cs = 155; goto _test_eof; 
	_test_eof156: cs = 156; goto _test_eof; 
	_test_eof272: cs = 272; goto _test_eof; 
	_test_eof157: cs = 157; goto _test_eof; 
	_test_eof158: cs = 158; goto _test_eof; 
	_test_eof159: cs = 159; goto _test_eof; 
	_test_eof160: cs = 160; goto _test_eof; 
	_test_eof161: cs = 161; goto _test_eof; 
	_test_eof162: cs = 162; goto _test_eof; 
	_test_eof163: cs = 163; goto _test_eof; 
	_test_eof164: cs = 164; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 157 "grammar/spf.rl"
    if (cs < mxq_spf_term_first_final || kind == 0)
        return false;
    *out = kind;
    return true;
}

/* Reads "/" digits at the end of s[start..*end); on success *end is at
 * the '/'. */
static bool tail_number(const char *s, size_t start, size_t *end,
                        unsigned *value)
{
    size_t i = *end;
    unsigned v = 0;

    while (i > start && s[i - 1] >= '0' && s[i - 1] <= '9')
        i--;
    if (i == *end || i == start || s[i - 1] != '/')
        return false;
    for (size_t k = i; k < *end; k++)
        v = v * 10 + (unsigned)(s[k] - '0');  /* at most 3 digits */
    *value = v;
    *end = i - 1;
    return true;
}

/* The dual-cidr-length at the end of an a or mx term. */
static size_t strip_dual_cidr(const char *s, size_t start, size_t end,
                              struct mxq_spf_term *t)
{
    unsigned v;

    if (tail_number(s, start, &end, &v)) {
        if (end > start && s[end - 1] == '/') {
            t->cidr6 = v;
            end--;
            if (tail_number(s, start, &end, &v))
                t->cidr4 = v;
        } else {
            t->cidr4 = v;
        }
    }
    return end;
}

static unsigned parse_decimal(const char *s, size_t n)
{
    unsigned v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (unsigned)(s[i] - '0');
    return v;
}

/* Dotted quad, already checked by the grammar. */
static void parse_ip4(const char *s, size_t n, uint8_t out[4])
{
    size_t part = 0, from = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            out[part++] = (uint8_t)parse_decimal(s + from, i - from);
            from = i + 1;
        }
    }
}

static unsigned hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (unsigned)(c - 'a' + 10);
    return (unsigned)(c - 'A' + 10);
}

/* An RFC 4291 address, already checked by the grammar. */
static void parse_ip6(const char *s, size_t n, uint8_t out[16])
{
    uint16_t head[8], tail[8];
    size_t nhead = 0, ntail = 0, i = 0;
    bool gap = false;

    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        gap = true;
        i = 2;
    }
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ':' && s[j] != '.')
            j++;
        uint16_t *groups = gap ? tail : head;
        size_t *count = gap ? &ntail : &nhead;
        if (j < n && s[j] == '.') {
            /* the trailing IPv4 part is the last two groups */
            uint8_t v4[4];
            parse_ip4(s + i, n - i, v4);
            groups[(*count)++] = (uint16_t)(v4[0] << 8 | v4[1]);
            groups[(*count)++] = (uint16_t)(v4[2] << 8 | v4[3]);
            break;
        }
        unsigned g = 0;
        for (size_t k = i; k < j; k++)
            g = g << 4 | hex_value(s[k]);
        groups[(*count)++] = (uint16_t)g;
        i = j;
        if (i < n) {
            if (i + 1 < n && s[i + 1] == ':') {
                gap = true;
                i += 2;
            } else {
                i++;
            }
        }
    }
    uint16_t all[8] = {0};
    memcpy(all, head, nhead * sizeof head[0]);
    memcpy(all + 8 - ntail, tail, ntail * sizeof tail[0]);
    for (size_t g = 0; g < 8; g++) {
        out[2 * g] = (uint8_t)(all[g] >> 8);
        out[2 * g + 1] = (uint8_t)all[g];
    }
}

/* Where the parts of an accepted term lie. */
static void split_term(const char *s, size_t n, struct mxq_spf_term *t)
{
    size_t i = 0;

    t->qualifier = '+';
    if (t->kind <= MXQ_SPF_TERM_EXISTS && strchr("+-?~", s[0]) != NULL) {
        t->qualifier = s[0];
        i = 1;
    }
    if (t->kind >= MXQ_SPF_TERM_REDIRECT) {
        const char *eq = memchr(s, '=', n);  /* the grammar put one there */
        size_t at = (size_t)(eq - s);
        t->name = (struct mxq_slice){s, at};
        t->value = (struct mxq_slice){s + at + 1, n - at - 1};
        if (t->kind != MXQ_SPF_TERM_UNKNOWN_MODIFIER)
            t->domain_spec = t->value;
        return;
    }
    while (i < n && s[i] != ':' && s[i] != '/')
        i++;                                 /* past the mechanism name */
    size_t end = n;
    switch (t->kind) {
    case MXQ_SPF_TERM_A:
    case MXQ_SPF_TERM_MX:
        end = strip_dual_cidr(s, i, n, t);
        break;
    case MXQ_SPF_TERM_IP4:
    case MXQ_SPF_TERM_IP6: {
        unsigned v;
        if (tail_number(s, i, &end, &v)) {
            if (t->kind == MXQ_SPF_TERM_IP4)
                t->cidr4 = v;
            else
                t->cidr6 = v;
        }
        if (t->kind == MXQ_SPF_TERM_IP4)
            parse_ip4(s + i + 1, end - i - 1, t->ip);
        else
            parse_ip6(s + i + 1, end - i - 1, t->ip);
        return;
    }
    default:
        break;
    }
    if (i < end && s[i] == ':')
        t->domain_spec = (struct mxq_slice){s + i + 1, end - i - 1};
}

enum mxq_spf_parse mxq_spf_next_term(const char *rec, size_t n, size_t *pos,
                                     struct mxq_spf_term *term)
{
    size_t i = *pos;

    if (i == 0)
        i = 6;                               /* "v=spf1" */
    while (i < n && rec[i] == ' ')
        i++;
    *pos = i;
    if (i >= n)
        return MXQ_SPF_PARSE_END;
    size_t start = i;
    while (i < n && rec[i] != ' ')
        i++;

    memset(term, 0, sizeof *term);
    term->cidr4 = 32;
    term->cidr6 = 128;
    if (!scan_term((const unsigned char *)rec + start, i - start,
                   &term->kind))
        return MXQ_SPF_PARSE_SYNTAX;
    term->text = (struct mxq_slice){rec + start, i - start};
    split_term(rec + start, i - start, term);
    *pos = i;
    return MXQ_SPF_PARSE_TERM;
}

/* ------------------------------------------------------------- macros */

struct macro_scan {
    mxq_spf_macro_fn *fn;
    void *ctx;
    const unsigned char *literal;            /* pending literal run, or NULL */
    struct mxq_spf_macro m;                  /* the expansion being read */
    bool stopped;
};

static bool emit_literal(struct macro_scan *s, const char *p, size_t n)
{
    struct mxq_spf_macro lit = {.literal = {p, n}};
    if (!s->fn(s->ctx, &lit)) {
        s->stopped = true;
        return false;
    }
    return true;
}

/* Reports the literal run that ends at p, if any. */
static bool flush_literal(struct macro_scan *s, const unsigned char *p)
{
    const unsigned char *from = s->literal;
    s->literal = NULL;
    if (from == NULL)
        return true;
    return emit_literal(s, (const char *)from, (size_t)(p - from));
}


#line 427 "grammar/spf.rl"



#line 4851 "gen/spf.c"
static const int mxq_spf_macro_domain_start = 7;
static const int mxq_spf_macro_domain_first_final = 7;


#line 434 "grammar/spf.rl"



#line 4856 "gen/spf.c"
static const int mxq_spf_macro_explain_start = 7;
static const int mxq_spf_macro_explain_first_final = 7;


#line 441 "grammar/spf.rl"


/* Each runs its machine over p[0..n) and says whether it accepted all
 * of it (false also when a callback stopped it). */
static bool scan_domain_macro(const unsigned char *p, size_t n,
                              struct macro_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    
#line 4869 "gen/spf.c"
	{
	cs = mxq_spf_macro_domain_start;
	}

#line 4872 "gen/spf.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 413 "grammar/spf.rl"
	{ if (!emit_literal(s, "%", 1)) {p++; cs = 7; goto _out;} }
	goto st7;
tr2:
#line 415 "grammar/spf.rl"
	{ if (!emit_literal(s, "%20", 3)) {p++; cs = 7; goto _out;} }
	goto st7;
tr3:
#line 414 "grammar/spf.rl"
	{ if (!emit_literal(s, " ", 1)) {p++; cs = 7; goto _out;} }
	goto st7;
tr10:
#line 407 "grammar/spf.rl"
	{
        if (!s->fn(s->ctx, &s->m)) {
            s->stopped = true;
            {p++; cs = 7; goto _out;}
        }
    }
	goto st7;
tr11:
#line 389 "grammar/spf.rl"
	{ if (s->literal == NULL) s->literal = p; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 4901 "gen/spf.c"
	if ( (*p) == 37u )
		goto tr12;
	if ( 33u <= (*p) && (*p) <= 126u )
		goto tr11;
	goto st0;
st0:
cs = 0;
	goto _out;
tr12:
#line 390 "grammar/spf.rl"
	{ if (!flush_literal(s, p)) {p++; cs = 1; goto _out;} }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 4916 "gen/spf.c"
	switch( (*p) ) {
		case 37u: goto tr0;
		case 45u: goto tr2;
		case 95u: goto tr3;
		case 123u: goto st2;
	}
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 68u: goto tr5;
		case 76u: goto tr5;
		case 83u: goto tr5;
		case 86u: goto tr5;
		case 100u: goto tr5;
		case 108u: goto tr5;
		case 115u: goto tr5;
		case 118u: goto tr5;
	}
	if ( (*p) < 79u ) {
		if ( 72u <= (*p) && (*p) <= 73u )
			goto tr5;
	} else if ( (*p) > 80u ) {
		if ( (*p) > 105u ) {
			if ( 111u <= (*p) && (*p) <= 112u )
				goto tr5;
		} else if ( (*p) >= 104u )
			goto tr5;
	} else
		goto tr5;
	goto st0;
tr5:
#line 391 "grammar/spf.rl"
	{
        s->m = (struct mxq_spf_macro){.expand = true};
        s->m.url_escape = *p >= 'A' && *p <= 'Z';
        s->m.letter = (char)(s->m.url_escape ? *p - 'A' + 'a' : *p);
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 4960 "gen/spf.c"
	switch( (*p) ) {
		case 48u: goto tr7;
		case 61u: goto tr6;
		case 82u: goto tr9;
		case 95u: goto tr6;
		case 114u: goto tr9;
		case 125u: goto tr10;
	}
	if ( (*p) > 47u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto tr8;
	} else if ( (*p) >= 43u )
		goto tr6;
	goto st0;
tr6:
#line 402 "grammar/spf.rl"
	{
        if (s->m.delimiters.p == NULL)
            s->m.delimiters.p = (const char *)p;
        s->m.delimiters.n++;
    }
	goto st4;
tr9:
#line 401 "grammar/spf.rl"
	{ s->m.reverse = true; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 4988 "gen/spf.c"
	switch( (*p) ) {
		case 61u: goto tr6;
		case 95u: goto tr6;
		case 125u: goto tr10;
	}
	if ( 43u <= (*p) && (*p) <= 47u )
		goto tr6;
	goto st0;
tr7:
#line 396 "grammar/spf.rl"
	{
        s->m.keep = s->m.keep * 10 + (unsigned)(*p - '0');
        if (s->m.keep > MACRO_KEEP_MAX)
            s->m.keep = MACRO_KEEP_MAX;
    }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 5007 "gen/spf.c"
	if ( (*p) == 48u )
		goto tr7;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr8;
	goto st0;
tr8:
#line 396 "grammar/spf.rl"
	{
        s->m.keep = s->m.keep * 10 + (unsigned)(*p - '0');
        if (s->m.keep > MACRO_KEEP_MAX)
            s->m.keep = MACRO_KEEP_MAX;
    }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 5023 "gen/spf.c"
	switch( (*p) ) {
		case 61u: goto tr6;
		case 82u: goto tr9;
		case 95u: goto tr6;
		case 114u: goto tr9;
		case 125u: goto tr10;
	}
	if ( (*p) > 47u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr8;
	} else if ( (*p) >= 43u )
		goto tr6;
	goto st0;
	}
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 455 "grammar/spf.rl"

    return p == pe && cs >= mxq_spf_macro_domain_first_final;
}

static bool scan_explain_macro(const unsigned char *p, size_t n,
                               struct macro_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    
#line 5058 "gen/spf.c"
	{
	cs = mxq_spf_macro_explain_start;
	}

#line 5061 "gen/spf.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 413 "grammar/spf.rl"
	{ if (!emit_literal(s, "%", 1)) {p++; cs = 7; goto _out;} }
	goto st7;
tr2:
#line 415 "grammar/spf.rl"
	{ if (!emit_literal(s, "%20", 3)) {p++; cs = 7; goto _out;} }
	goto st7;
tr3:
#line 414 "grammar/spf.rl"
	{ if (!emit_literal(s, " ", 1)) {p++; cs = 7; goto _out;} }
	goto st7;
tr10:
#line 407 "grammar/spf.rl"
	{
        if (!s->fn(s->ctx, &s->m)) {
            s->stopped = true;
            {p++; cs = 7; goto _out;}
        }
    }
	goto st7;
tr11:
#line 389 "grammar/spf.rl"
	{ if (s->literal == NULL) s->literal = p; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 5090 "gen/spf.c"
	if ( (*p) == 37u )
		goto tr12;
	if ( 32u <= (*p) && (*p) <= 126u )
		goto tr11;
	goto st0;
st0:
cs = 0;
	goto _out;
tr12:
#line 390 "grammar/spf.rl"
	{ if (!flush_literal(s, p)) {p++; cs = 1; goto _out;} }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 5105 "gen/spf.c"
	switch( (*p) ) {
		case 37u: goto tr0;
		case 45u: goto tr2;
		case 95u: goto tr3;
		case 123u: goto st2;
	}
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 76u: goto tr5;
		case 86u: goto tr5;
		case 108u: goto tr5;
		case 118u: goto tr5;
	}
	if ( (*p) < 82u ) {
		if ( (*p) < 72u ) {
			if ( 67u <= (*p) && (*p) <= 68u )
				goto tr5;
		} else if ( (*p) > 73u ) {
			if ( 79u <= (*p) && (*p) <= 80u )
				goto tr5;
		} else
			goto tr5;
	} else if ( (*p) > 84u ) {
		if ( (*p) < 104u ) {
			if ( 99u <= (*p) && (*p) <= 100u )
				goto tr5;
		} else if ( (*p) > 105u ) {
			if ( (*p) > 112u ) {
				if ( 114u <= (*p) && (*p) <= 116u )
					goto tr5;
			} else if ( (*p) >= 111u )
				goto tr5;
		} else
			goto tr5;
	} else
		goto tr5;
	goto st0;
tr5:
#line 391 "grammar/spf.rl"
	{
        s->m = (struct mxq_spf_macro){.expand = true};
        s->m.url_escape = *p >= 'A' && *p <= 'Z';
        s->m.letter = (char)(s->m.url_escape ? *p - 'A' + 'a' : *p);
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 5157 "gen/spf.c"
	switch( (*p) ) {
		case 48u: goto tr7;
		case 61u: goto tr6;
		case 82u: goto tr9;
		case 95u: goto tr6;
		case 114u: goto tr9;
		case 125u: goto tr10;
	}
	if ( (*p) > 47u ) {
		if ( 49u <= (*p) && (*p) <= 57u )
			goto tr8;
	} else if ( (*p) >= 43u )
		goto tr6;
	goto st0;
tr6:
#line 402 "grammar/spf.rl"
	{
        if (s->m.delimiters.p == NULL)
            s->m.delimiters.p = (const char *)p;
        s->m.delimiters.n++;
    }
	goto st4;
tr9:
#line 401 "grammar/spf.rl"
	{ s->m.reverse = true; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 5185 "gen/spf.c"
	switch( (*p) ) {
		case 61u: goto tr6;
		case 95u: goto tr6;
		case 125u: goto tr10;
	}
	if ( 43u <= (*p) && (*p) <= 47u )
		goto tr6;
	goto st0;
tr7:
#line 396 "grammar/spf.rl"
	{
        s->m.keep = s->m.keep * 10 + (unsigned)(*p - '0');
        if (s->m.keep > MACRO_KEEP_MAX)
            s->m.keep = MACRO_KEEP_MAX;
    }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 5204 "gen/spf.c"
	if ( (*p) == 48u )
		goto tr7;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr8;
	goto st0;
tr8:
#line 396 "grammar/spf.rl"
	{
        s->m.keep = s->m.keep * 10 + (unsigned)(*p - '0');
        if (s->m.keep > MACRO_KEEP_MAX)
            s->m.keep = MACRO_KEEP_MAX;
    }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 5220 "gen/spf.c"
	switch( (*p) ) {
		case 61u: goto tr6;
		case 82u: goto tr9;
		case 95u: goto tr6;
		case 114u: goto tr9;
		case 125u: goto tr10;
	}
	if ( (*p) > 47u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr8;
	} else if ( (*p) >= 43u )
		goto tr6;
	goto st0;
	}
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 469 "grammar/spf.rl"

    return p == pe && cs >= mxq_spf_macro_explain_first_final;
}

/* The DIGIT transformer's value was checked nonzero by the grammar
 * (transformers), so keep == 0 means "no DIGIT". */
enum mxq_spf_macro_status mxq_spf_macro_scan(const char *text, size_t n,
                                             bool explain,
                                             mxq_spf_macro_fn *fn, void *ctx)
{
    const unsigned char *p = (const unsigned char *)text;
    struct macro_scan scan = {.fn = fn, .ctx = ctx};

    if (n == 0)
        return MXQ_SPF_MACRO_OK;           /* the empty macro-string */
    bool accepted = explain ? scan_explain_macro(p, n, &scan)
                            : scan_domain_macro(p, n, &scan);

    if (scan.stopped)
        return MXQ_SPF_MACRO_STOPPED;
    if (!accepted)
        return MXQ_SPF_MACRO_SYNTAX;
    if (!flush_literal(&scan, p + n))
        return MXQ_SPF_MACRO_STOPPED;
    return MXQ_SPF_MACRO_OK;
}
