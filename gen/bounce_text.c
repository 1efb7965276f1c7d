
#line 1 "grammar/bounce_text.rl"
/*
 * Heuristic bounces: see bounce_text.h for the contract.
 *
 * Two anchored machines say whether a Subject or a sender's local part is
 * a bounce's. The text is read twice, each time once through:
 *   - the codes pass cuts it into maximal runs of digits and dots; a run
 *     is a status code or a reply code by its shape and by the octets on
 *     its two sides (so "192.0.2.1", "5.1.12.3" and "15.1.1" are none);
 *   - the recipient pass goes line by line: a machine over the line says
 *     whether it announces failed recipients, and the address machine is
 *     started only where a recipient may begin (a line's first non-blank,
 *     a '<' after a blank), reading at most an address's longest length.
 * No scanner (|* *|) here: one that tries an address at every word would
 * read the same octets again from each start.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "bounce_text.h"

/* RFC 5321 §4.5.3.1: local part 64 octets, domain 255, label 63. */
#define BT_LOCAL_MAX 64
#define BT_DOMAIN_MAX 255
#define BT_LABEL_MAX 63
#define BT_ADDR_MAX (BT_LOCAL_MAX + 1 + BT_DOMAIN_MAX)
/* Non-blank lines after an announcing line that may hold the recipient. */
#define BT_ARMED_LINES 3

/* ------------------------------------------------------------ subject */

#line 38 "gen/bounce_text.c"
static const int mxq_bounce_subject_start = 1;


#line 65 "grammar/bounce_text.rl"


bool mxq_bounce_subject(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    bool matched = false;
    int cs;

    
#line 48 "gen/bounce_text.c"
	{
	cs = mxq_bounce_subject_start;
	}

#line 74 "grammar/bounce_text.rl"
    
#line 51 "gen/bounce_text.c"
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
		case 9u: goto st1;
		case 32u: goto st1;
		case 67u: goto st2;
		case 68u: goto st23;
		case 70u: goto st105;
		case 77u: goto st117;
		case 78u: goto st183;
		case 82u: goto st202;
		case 85u: goto st207;
		case 87u: goto st216;
		case 99u: goto st2;
		case 100u: goto st23;
		case 102u: goto st105;
		case 109u: goto st117;
		case 110u: goto st183;
		case 114u: goto st202;
		case 117u: goto st207;
		case 119u: goto st216;
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
		case 79u: goto st3;
		case 111u: goto st3;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 85u: goto st4;
		case 117u: goto st4;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 76u: goto st5;
		case 108u: goto st5;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 68u: goto st6;
		case 100u: goto st6;
	}
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( (*p) == 32u )
		goto st7;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 78u: goto st8;
		case 110u: goto st8;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 79u: goto st9;
		case 111u: goto st9;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 84u: goto st10;
		case 116u: goto st10;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	if ( (*p) == 32u )
		goto st11;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 83u: goto st12;
		case 115u: goto st12;
	}
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 69u: goto st13;
		case 101u: goto st13;
	}
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 78u: goto st14;
		case 110u: goto st14;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 68u: goto st15;
		case 100u: goto st15;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	if ( (*p) == 32u )
		goto st16;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 77u: goto st17;
		case 109u: goto st17;
	}
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 69u: goto st18;
		case 101u: goto st18;
	}
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 83u: goto st19;
		case 115u: goto st19;
	}
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 83u: goto st20;
		case 115u: goto st20;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 65u: goto st21;
		case 97u: goto st21;
	}
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 71u: goto st22;
		case 103u: goto st22;
	}
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 69u: goto tr30;
		case 101u: goto tr30;
	}
	goto st0;
tr30:
#line 61 "grammar/bounce_text.rl"
	{ matched = true; {p++; cs = 225; goto _out;} }
	goto st225;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
#line 274 "gen/bounce_text.c"
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 69u: goto st24;
		case 101u: goto st24;
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
		case 65u: goto st26;
		case 73u: goto st34;
		case 97u: goto st26;
		case 105u: goto st34;
	}
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 89u: goto st27;
		case 121u: goto st27;
	}
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 69u: goto st28;
		case 101u: goto st28;
	}
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 68u: goto st29;
		case 100u: goto st29;
	}
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	if ( (*p) == 32u )
		goto st30;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 77u: goto st31;
		case 109u: goto st31;
	}
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 65u: goto st32;
		case 97u: goto st32;
	}
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 73u: goto st33;
		case 105u: goto st33;
	}
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 76u: goto tr30;
		case 108u: goto tr30;
	}
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 86u: goto st35;
		case 118u: goto st35;
	}
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 69u: goto st36;
		case 101u: goto st36;
	}
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 82u: goto st37;
		case 114u: goto st37;
	}
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 89u: goto st38;
		case 121u: goto st38;
	}
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	if ( (*p) == 32u )
		goto st39;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 70u: goto st40;
		case 72u: goto st46;
		case 78u: goto st54;
		case 83u: goto st77;
		case 102u: goto st40;
		case 104u: goto st46;
		case 110u: goto st54;
		case 115u: goto st77;
	}
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 65u: goto st41;
		case 97u: goto st41;
	}
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 73u: goto st42;
		case 105u: goto st42;
	}
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 76u: goto st43;
		case 108u: goto st43;
	}
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 69u: goto st44;
		case 85u: goto st45;
		case 101u: goto st44;
		case 117u: goto st45;
	}
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 68u: goto tr30;
		case 100u: goto tr30;
	}
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 82u: goto st22;
		case 114u: goto st22;
	}
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 65u: goto st47;
		case 97u: goto st47;
	}
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 83u: goto st48;
		case 115u: goto st48;
	}
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	if ( (*p) == 32u )
		goto st49;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 70u: goto st50;
		case 102u: goto st50;
	}
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 65u: goto st51;
		case 97u: goto st51;
	}
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 73u: goto st52;
		case 105u: goto st52;
	}
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 76u: goto st53;
		case 108u: goto st53;
	}
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	switch( (*p) ) {
		case 69u: goto st44;
		case 101u: goto st44;
	}
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 79u: goto st55;
		case 111u: goto st55;
	}
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 84u: goto st56;
		case 116u: goto st56;
	}
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 73u: goto st57;
		case 105u: goto st57;
	}
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 70u: goto st58;
		case 102u: goto st58;
	}
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 73u: goto st59;
		case 105u: goto st59;
	}
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 67u: goto st60;
		case 99u: goto st60;
	}
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	switch( (*p) ) {
		case 65u: goto st61;
		case 97u: goto st61;
	}
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 84u: goto st62;
		case 116u: goto st62;
	}
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 73u: goto st63;
		case 105u: goto st63;
	}
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 79u: goto st64;
		case 111u: goto st64;
	}
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	switch( (*p) ) {
		case 78u: goto st65;
		case 110u: goto st65;
	}
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	if ( (*p) == 58u )
		goto st66;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 32u )
		goto st67;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 68u: goto st68;
		case 100u: goto st68;
	}
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 69u: goto st69;
		case 101u: goto st69;
	}
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 76u: goto st70;
		case 108u: goto st70;
	}
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 73u: goto st71;
		case 105u: goto st71;
	}
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 86u: goto st72;
		case 118u: goto st72;
	}
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 69u: goto st73;
		case 101u: goto st73;
	}
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 82u: goto st74;
		case 114u: goto st74;
	}
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 89u: goto st75;
		case 121u: goto st75;
	}
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	if ( (*p) == 32u )
		goto st76;
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 72u: goto st46;
		case 104u: goto st46;
	}
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 84u: goto st78;
		case 116u: goto st78;
	}
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 65u: goto st79;
		case 97u: goto st79;
	}
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
		case 85u: goto st81;
		case 117u: goto st81;
	}
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 83u: goto st82;
		case 115u: goto st82;
	}
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	if ( (*p) == 32u )
		goto st83;
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 78u: goto st84;
		case 110u: goto st84;
	}
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 79u: goto st85;
		case 111u: goto st85;
	}
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 84u: goto st86;
		case 116u: goto st86;
	}
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 73u: goto st87;
		case 105u: goto st87;
	}
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 70u: goto st88;
		case 102u: goto st88;
	}
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 73u: goto st89;
		case 105u: goto st89;
	}
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 67u: goto st90;
		case 99u: goto st90;
	}
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 65u: goto st91;
		case 97u: goto st91;
	}
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 84u: goto st92;
		case 116u: goto st92;
	}
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 73u: goto st93;
		case 105u: goto st93;
	}
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 79u: goto st94;
		case 111u: goto st94;
	}
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 78u: goto st95;
		case 110u: goto st95;
	}
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 9u: goto st95;
		case 32u: goto st95;
		case 40u: goto st96;
	}
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 68u: goto st97;
		case 70u: goto st101;
		case 100u: goto st97;
		case 102u: goto st101;
	}
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 69u: goto st98;
		case 101u: goto st98;
	}
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 76u: goto st99;
		case 108u: goto st99;
	}
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 65u: goto st100;
		case 97u: goto st100;
	}
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 89u: goto tr30;
		case 121u: goto tr30;
	}
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 65u: goto st102;
		case 97u: goto st102;
	}
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 73u: goto st103;
		case 105u: goto st103;
	}
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 76u: goto st104;
		case 108u: goto st104;
	}
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 85u: goto st45;
		case 117u: goto st45;
	}
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 65u: goto st106;
		case 97u: goto st106;
	}
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 73u: goto st107;
		case 105u: goto st107;
	}
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 76u: goto st108;
		case 108u: goto st108;
	}
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 85u: goto st109;
		case 117u: goto st109;
	}
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 82u: goto st110;
		case 114u: goto st110;
	}
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 69u: goto st111;
		case 101u: goto st111;
	}
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	if ( (*p) == 32u )
		goto st112;
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 78u: goto st113;
		case 110u: goto st113;
	}
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 79u: goto st114;
		case 111u: goto st114;
	}
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 84u: goto st115;
		case 116u: goto st115;
	}
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 73u: goto st116;
		case 105u: goto st116;
	}
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 67u: goto st22;
		case 99u: goto st22;
	}
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 65u: goto st118;
		case 69u: goto st167;
		case 97u: goto st118;
		case 101u: goto st167;
	}
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 73u: goto st119;
		case 105u: goto st119;
	}
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 76u: goto st120;
		case 108u: goto st120;
	}
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	if ( (*p) == 32u )
		goto st121;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 67u: goto st122;
		case 68u: goto st141;
		case 70u: goto st50;
		case 83u: goto st156;
		case 99u: goto st122;
		case 100u: goto st141;
		case 102u: goto st50;
		case 115u: goto st156;
	}
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 79u: goto st123;
		case 111u: goto st123;
	}
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 85u: goto st124;
		case 117u: goto st124;
	}
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 76u: goto st125;
		case 108u: goto st125;
	}
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 68u: goto st126;
		case 100u: goto st126;
	}
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	if ( (*p) == 32u )
		goto st127;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 78u: goto st128;
		case 110u: goto st128;
	}
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 79u: goto st129;
		case 111u: goto st129;
	}
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 84u: goto st130;
		case 116u: goto st130;
	}
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	if ( (*p) == 32u )
		goto st131;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 66u: goto st132;
		case 98u: goto st132;
	}
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 69u: goto st133;
		case 101u: goto st133;
	}
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	if ( (*p) == 32u )
		goto st134;
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 68u: goto st135;
		case 100u: goto st135;
	}
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 69u: goto st136;
		case 101u: goto st136;
	}
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 76u: goto st137;
		case 108u: goto st137;
	}
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 73u: goto st138;
		case 105u: goto st138;
	}
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 86u: goto st139;
		case 118u: goto st139;
	}
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 69u: goto st140;
		case 101u: goto st140;
	}
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 82u: goto st53;
		case 114u: goto st53;
	}
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 69u: goto st142;
		case 101u: goto st142;
	}
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 76u: goto st143;
		case 108u: goto st143;
	}
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 73u: goto st144;
		case 105u: goto st144;
	}
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 86u: goto st145;
		case 118u: goto st145;
	}
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 69u: goto st146;
		case 101u: goto st146;
	}
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 82u: goto st147;
		case 114u: goto st147;
	}
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 89u: goto st148;
		case 121u: goto st148;
	}
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	if ( (*p) == 32u )
		goto st149;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 70u: goto st40;
		case 80u: goto st150;
		case 102u: goto st40;
		case 112u: goto st150;
	}
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 82u: goto st151;
		case 114u: goto st151;
	}
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 79u: goto st152;
		case 111u: goto st152;
	}
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 66u: goto st153;
		case 98u: goto st153;
	}
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 76u: goto st154;
		case 108u: goto st154;
	}
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 69u: goto st155;
		case 101u: goto st155;
	}
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 77u: goto tr30;
		case 109u: goto tr30;
	}
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 89u: goto st157;
		case 121u: goto st157;
	}
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 83u: goto st158;
		case 115u: goto st158;
	}
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 84u: goto st159;
		case 116u: goto st159;
	}
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 69u: goto st160;
		case 101u: goto st160;
	}
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 77u: goto st161;
		case 109u: goto st161;
	}
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	if ( (*p) == 32u )
		goto st162;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 69u: goto st163;
		case 101u: goto st163;
	}
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 82u: goto st164;
		case 114u: goto st164;
	}
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 82u: goto st165;
		case 114u: goto st165;
	}
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 79u: goto st166;
		case 111u: goto st166;
	}
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	switch( (*p) ) {
		case 82u: goto tr30;
		case 114u: goto tr30;
	}
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	switch( (*p) ) {
		case 83u: goto st168;
		case 115u: goto st168;
	}
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	switch( (*p) ) {
		case 83u: goto st169;
		case 115u: goto st169;
	}
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	switch( (*p) ) {
		case 65u: goto st170;
		case 97u: goto st170;
	}
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	switch( (*p) ) {
		case 71u: goto st171;
		case 103u: goto st171;
	}
	goto st0;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	switch( (*p) ) {
		case 69u: goto st172;
		case 101u: goto st172;
	}
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	if ( (*p) == 32u )
		goto st173;
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 67u: goto st122;
		case 68u: goto st174;
		case 99u: goto st122;
		case 100u: goto st174;
	}
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	switch( (*p) ) {
		case 69u: goto st175;
		case 101u: goto st175;
	}
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 76u: goto st176;
		case 108u: goto st176;
	}
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 73u: goto st177;
		case 105u: goto st177;
	}
	goto st0;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 86u: goto st178;
		case 118u: goto st178;
	}
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 69u: goto st179;
		case 101u: goto st179;
	}
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 82u: goto st180;
		case 114u: goto st180;
	}
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 89u: goto st181;
		case 121u: goto st181;
	}
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	if ( (*p) == 32u )
		goto st182;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 70u: goto st101;
		case 102u: goto st101;
	}
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 79u: goto st184;
		case 111u: goto st184;
	}
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 78u: goto st185;
		case 110u: goto st185;
	}
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 32u: goto st186;
		case 45u: goto st186;
		case 68u: goto st193;
		case 100u: goto st193;
	}
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 68u: goto st187;
		case 100u: goto st187;
	}
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 69u: goto st188;
		case 101u: goto st188;
	}
	goto st0;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	switch( (*p) ) {
		case 76u: goto st189;
		case 108u: goto st189;
	}
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 73u: goto st190;
		case 105u: goto st190;
	}
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	switch( (*p) ) {
		case 86u: goto st191;
		case 118u: goto st191;
	}
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	switch( (*p) ) {
		case 69u: goto st192;
		case 101u: goto st192;
	}
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	switch( (*p) ) {
		case 82u: goto st100;
		case 114u: goto st100;
	}
	goto st0;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	switch( (*p) ) {
		case 69u: goto st194;
		case 101u: goto st194;
	}
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	switch( (*p) ) {
		case 76u: goto st195;
		case 108u: goto st195;
	}
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 73u: goto st196;
		case 105u: goto st196;
	}
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 86u: goto st197;
		case 118u: goto st197;
	}
	goto st0;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	switch( (*p) ) {
		case 69u: goto st198;
		case 101u: goto st198;
	}
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	switch( (*p) ) {
		case 82u: goto st199;
		case 114u: goto st199;
	}
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	switch( (*p) ) {
		case 65u: goto st200;
		case 89u: goto tr30;
		case 97u: goto st200;
		case 121u: goto tr30;
	}
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	switch( (*p) ) {
		case 66u: goto st201;
		case 98u: goto st201;
	}
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	switch( (*p) ) {
		case 76u: goto st22;
		case 108u: goto st22;
	}
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	switch( (*p) ) {
		case 69u: goto st203;
		case 101u: goto st203;
	}
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 84u: goto st204;
		case 116u: goto st204;
	}
	goto st0;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 85u: goto st205;
		case 117u: goto st205;
	}
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 82u: goto st206;
		case 114u: goto st206;
	}
	goto st0;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 78u: goto st27;
		case 110u: goto st27;
	}
	goto st0;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 78u: goto st208;
		case 110u: goto st208;
	}
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 68u: goto st209;
		case 100u: goto st209;
	}
	goto st0;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	switch( (*p) ) {
		case 69u: goto st210;
		case 101u: goto st210;
	}
	goto st0;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 76u: goto st211;
		case 108u: goto st211;
	}
	goto st0;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 73u: goto st212;
		case 105u: goto st212;
	}
	goto st0;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	switch( (*p) ) {
		case 86u: goto st213;
		case 118u: goto st213;
	}
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	switch( (*p) ) {
		case 69u: goto st214;
		case 101u: goto st214;
	}
	goto st0;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	switch( (*p) ) {
		case 82u: goto st215;
		case 114u: goto st215;
	}
	goto st0;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	switch( (*p) ) {
		case 65u: goto st200;
		case 69u: goto st44;
		case 97u: goto st200;
		case 101u: goto st44;
	}
	goto st0;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	switch( (*p) ) {
		case 65u: goto st217;
		case 97u: goto st217;
	}
	goto st0;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 82u: goto st218;
		case 114u: goto st218;
	}
	goto st0;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	switch( (*p) ) {
		case 78u: goto st219;
		case 110u: goto st219;
	}
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 73u: goto st220;
		case 105u: goto st220;
	}
	goto st0;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	switch( (*p) ) {
		case 78u: goto st221;
		case 110u: goto st221;
	}
	goto st0;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	switch( (*p) ) {
		case 71u: goto st222;
		case 103u: goto st222;
	}
	goto st0;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
	if ( (*p) == 58u )
		goto st223;
	goto st0;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	if ( (*p) == 32u )
		goto st224;
	goto st0;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
	switch( (*p) ) {
		case 67u: goto st2;
		case 99u: goto st2;
	}
	goto st0;
	}
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
	_test_eof225: cs = 225; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
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
	_test_eof114: cs = 114; goto _test_eof; 
	_test_eof115: cs = 115; goto _test_eof; 
	_test_eof116: cs = 116; goto _test_eof; 
	_test_eof117: cs = 117; goto _test_eof; 
	_test_eof118: cs = 118; goto _test_eof; 
	_test_eof119: cs = 119; goto _test_eof; 
	_test_eof120: cs = 120; goto _test_eof; 
	_test_eof121: cs = 121; goto _test_eof; 
	_test_eof122: cs = 122; goto _test_eof; 
	_test_eof123: cs = 123; goto _test_eof; 
	_test_eof124: cs = 124; goto _test_eof; 
	_test_eof125: cs = 125; goto _test_eof; 
	_test_eof126: cs = 126; goto _test_eof; 
	_test_eof127: cs = 127; goto _test_eof; 
	_test_eof128: cs = 128; goto _test_eof; 
	_test_eof129: cs = 129; goto _test_eof; 
	_test_eof130: cs = 130; goto _test_eof; 
	_test_eof131: cs = 131; goto _test_eof; 
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
	_test_eof219: cs = 219; goto _test_eof; 
	_test_eof220: cs = 220; goto _test_eof; 
	_test_eof221: cs = 221; goto _test_eof; 
	_test_eof222: cs = 222; goto _test_eof; 
	_test_eof223: cs = 223; goto _test_eof; 
	_test_eof224: cs = 224; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 75 "grammar/bounce_text.rl"
    (void)cs;
    return matched;
}

/* ------------------------------------------------------------- sender */

#line 2323 "gen/bounce_text.c"
static const int mxq_bounce_sender_start = 1;
static const int mxq_bounce_sender_first_final = 23;


#line 87 "grammar/bounce_text.rl"


bool mxq_bounce_sender(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    int cs;

    
#line 2333 "gen/bounce_text.c"
	{
	cs = mxq_bounce_sender_start;
	}

#line 95 "grammar/bounce_text.rl"
    
#line 2336 "gen/bounce_text.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 77u: goto st2;
		case 80u: goto st14;
		case 109u: goto st2;
		case 112u: goto st14;
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
		case 65u: goto st3;
		case 97u: goto st3;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 73u: goto st4;
		case 105u: goto st4;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 76u: goto st5;
		case 108u: goto st5;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 45u: goto st6;
		case 68u: goto st7;
		case 69u: goto st12;
		case 95u: goto st6;
		case 100u: goto st7;
		case 101u: goto st12;
	}
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 68u: goto st7;
		case 100u: goto st7;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 65u: goto st8;
		case 97u: goto st8;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 69u: goto st9;
		case 101u: goto st9;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 77u: goto st10;
		case 109u: goto st10;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 79u: goto st11;
		case 111u: goto st11;
	}
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 78u: goto st23;
		case 110u: goto st23;
	}
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 82u: goto st13;
		case 114u: goto st13;
	}
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 45u: goto st6;
		case 68u: goto st7;
		case 95u: goto st6;
		case 100u: goto st7;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 79u: goto st15;
		case 111u: goto st15;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 83u: goto st16;
		case 115u: goto st16;
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
		case 77u: goto st18;
		case 109u: goto st18;
	}
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 65u: goto st19;
		case 97u: goto st19;
	}
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 83u: goto st20;
		case 115u: goto st20;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 84u: goto st21;
		case 116u: goto st21;
	}
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 69u: goto st22;
		case 101u: goto st22;
	}
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 82u: goto st23;
		case 114u: goto st23;
	}
	goto st0;
	}
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
	_test_eof23: cs = 23; goto _test_eof; 
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

	_test_eof: {}
	_out: {}
	}

#line 96 "grammar/bounce_text.rl"
    return p == pe && cs >= mxq_bounce_sender_first_final;
}

/* -------------------------------------------------------------- codes */
static bool bt_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

static bool bt_blank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

static bool bt_reply_before(unsigned char c)
{
    switch (c) {
    case ' ': case '\t': case '\r': case '\n': case ':': case ';': case '(':
    case '[': case '#': case '<': case '"': case '\'':
        return true;
    default:
        return false;
    }
}

struct bt_codes {
    const unsigned char *base, *end;
    struct mxq_slice status2;       /* the first class 2 status */
    struct mxq_bounce_facts *out;
};


#line 2611 "gen/bounce_text.c"
static const int mxq_bounce_status_start = 1;
static const int mxq_bounce_status_first_final = 8;


#line 136 "grammar/bounce_text.rl"


static bool bt_status_shape(const unsigned char *s, size_t n)
{
    const unsigned char *p = s, *pe = s + n;
    int cs;

    
#line 2621 "gen/bounce_text.c"
	{
	cs = mxq_bounce_status_start;
	}

#line 144 "grammar/bounce_text.rl"
    
#line 2624 "gen/bounce_text.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) == 50u )
		goto st2;
	if ( 52u <= (*p) && (*p) <= 53u )
		goto st2;
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
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 46u )
		goto st5;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st6;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st8;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st9;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st10;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( (*p) == 46u )
		goto st5;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st7;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 46u )
		goto st5;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 145 "grammar/bounce_text.rl"
    return p == pe && cs >= mxq_bounce_status_first_final;
}

/* A maximal run [a, b) of digits and dots. */
static void bt_run(struct bt_codes *c, const unsigned char *a,
                   const unsigned char *b)
{
    const unsigned char *e = b;
    while (e > a && e[-1] == '.')
        e--;
    if (e == a || (a > c->base && bt_alnum(a[-1])) ||
        (b < c->end && bt_alnum(*b)))
        return;
    struct mxq_bounce_facts *out = c->out;
    size_t len = (size_t)(e - a);
    if (bt_status_shape(a, len)) {
        if (*a == '2') {
            if (c->status2.n == 0)
                c->status2 = (struct mxq_slice){(const char *)a, len};
        } else if (out->status.n == 0) {
            out->status = (struct mxq_slice){(const char *)a, len};
        }
        return;
    }
    /* a reply code: three digits after the start, a blank or a line end,
     * or one of : ; ( [ # < " ' (so not "SIZE=550" or "1/550"), and
     * nothing but a blank, '-' or a line end after them */
    if (out->reply.n == 0 && e == b && len == 3 && (*a == '4' || *a == '5') &&
        (a == c->base || bt_reply_before(a[-1])) &&
        a[1] >= '0' && a[1] <= '5' && a[2] >= '0' && a[2] <= '9' &&
        b < c->end &&
        (bt_blank(*b) || *b == '-' || *b == '\r' || *b == '\n'))
        out->reply = (struct mxq_slice){(const char *)a, 3};
}


#line 2752 "gen/bounce_text.c"
static const int mxq_bounce_codes_start = 0;


#line 197 "grammar/bounce_text.rl"


static void bt_scan_codes(const unsigned char *text, size_t n,
                          struct mxq_bounce_facts *out)
{
    const unsigned char *p = text, *pe = text + n, *eof = pe;
    const unsigned char *run = p;
    struct bt_codes codes = {text, pe, {NULL, 0}, out};
    int cs;

    
#line 2764 "gen/bounce_text.c"
	{
	cs = mxq_bounce_codes_start;
	}

#line 208 "grammar/bounce_text.rl"
    
#line 2767 "gen/bounce_text.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr2:
#line 185 "grammar/bounce_text.rl"
	{
        bt_run(&codes, run, p);
        if (out->status.n != 0 && out->reply.n != 0)
            {p++; cs = 0; goto _out;}
    }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
#line 2783 "gen/bounce_text.c"
	if ( (*p) == 46u )
		goto tr1;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1;
	goto st0;
tr1:
#line 184 "grammar/bounce_text.rl"
	{ run = p; }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 2795 "gen/bounce_text.c"
	if ( (*p) == 46u )
		goto st1;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1;
	goto tr2;
	}
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 1: 
#line 185 "grammar/bounce_text.rl"
	{
        bt_run(&codes, run, p);
        if (out->status.n != 0 && out->reply.n != 0)
            {p++; cs = 0; goto _out;}
    }
	break;
#line 2815 "gen/bounce_text.c"
	}
	}

	_out: {}
	}

#line 209 "grammar/bounce_text.rl"
    (void)cs;
    if (out->status.n == 0)
        out->status = codes.status2;
}

/* ---------------------------------------------------------- addresses */

#line 2826 "gen/bounce_text.c"
static const int mxq_bounce_addr_start = 1;


#line 229 "grammar/bounce_text.rl"


/* The longest address that begins at s (reading at most BT_ADDR_MAX + 1
 * octets, and not past pe): its end, or NULL when there is none or it
 * breaks a length bound. */
static const unsigned char *bt_addr(const unsigned char *s,
                                    const unsigned char *limit)
{
    const unsigned char *p = s, *pe = limit, *at = NULL, *end = NULL;
    int cs;

    if ((size_t)(pe - p) > BT_ADDR_MAX + 1)
        pe = p + BT_ADDR_MAX + 1;
    
#line 2841 "gen/bounce_text.c"
	{
	cs = mxq_bounce_addr_start;
	}

#line 243 "grammar/bounce_text.rl"
    
#line 2844 "gen/bounce_text.c"
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
		case 33u: goto st2;
		case 45u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st2;
		} else if ( (*p) >= 35u )
			goto st2;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st1;
		case 61u: goto st2;
		case 64u: goto tr3;
	}
	if ( (*p) < 45u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st2;
		} else if ( (*p) >= 35u )
			goto st2;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 63u )
			goto st2;
	} else
		goto st2;
	goto st0;
tr3:
#line 224 "grammar/bounce_text.rl"
	{ at = p; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 2909 "gen/bounce_text.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr4;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr4;
	} else
		goto tr4;
	goto st0;
tr4:
#line 225 "grammar/bounce_text.rl"
	{ end = p + 1; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 2925 "gen/bounce_text.c"
	switch( (*p) ) {
		case 45u: goto st4;
		case 46u: goto st3;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr4;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr4;
	} else
		goto tr4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 45u )
		goto st4;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr4;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr4;
	} else
		goto tr4;
	goto st0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 244 "grammar/bounce_text.rl"
    (void)cs;
    if (end == NULL || at == NULL || end > at + 1 + BT_DOMAIN_MAX ||
        at - s > BT_LOCAL_MAX)
        return NULL;
    size_t label = 0;
    for (const unsigned char *q = at + 1; q < end; q++) {
        label = *q == '.' ? 0 : label + 1;
        if (label > BT_LABEL_MAX)
            return NULL;
    }
    return end;
}

/* ---------------------------------------- lines that announce failures */

#line 2977 "gen/bounce_text.c"
static const int mxq_bounce_announce_start = 0;


#line 277 "grammar/bounce_text.rl"


static bool bt_announces(const unsigned char *line, const unsigned char *le)
{
    const unsigned char *p = line, *pe = le;
    bool found = false;
    int cs;

    
#line 2987 "gen/bounce_text.c"
	{
	cs = mxq_bounce_announce_start;
	}

#line 286 "grammar/bounce_text.rl"
    
#line 2990 "gen/bounce_text.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 65u: goto st2;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st118;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st2;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st118;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st232;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st232;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st227;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st227;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 65u: goto st6;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st144;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st6;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st144;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st7;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st7;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st8;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st8;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st9;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st9;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st10;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st10;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 32u: goto st11;
		case 58u: goto tr22;
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 65u: goto st12;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st83;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st12;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st83;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st13;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st13;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st14;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st14;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st223;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st223;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st16;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st16;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 32u: goto st17;
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st215;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st215;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 65u: goto st19;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st19;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st20;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st20;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st21;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st21;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 66u: goto st22;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 98u: goto st22;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st23;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st23;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 88u: goto st207;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
		case 120u: goto st207;
	}
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st25;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st25;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st26;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st26;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st189;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st189;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 67u: goto st28;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st28;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 65u: goto st2;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st29;
		case 77u: goto st18;
		case 79u: goto st118;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st2;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st29;
		case 109u: goto st18;
		case 111u: goto st118;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st30;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st30;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st25;
		case 70u: goto st5;
		case 73u: goto st31;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st25;
		case 102u: goto st5;
		case 105u: goto st31;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st32;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st32;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st33;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st33;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st188;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st188;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st36;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st36;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 65u: goto st37;
		case 67u: goto st1;
		case 68u: goto st177;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st37;
		case 99u: goto st1;
		case 100u: goto st177;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 66u: goto st38;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 98u: goto st38;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st39;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st39;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st40;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st40;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 32u: goto st41;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st42;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st42;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st43;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st43;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 32u: goto st44;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st45;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st45;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st46;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st46;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st47;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st47;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st48;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st48;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 86u: goto st49;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 118u: goto st49;
		case 119u: goto st51;
	}
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st50;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st50;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto tr64;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto tr64;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
tr64:
#line 273 "grammar/bounce_text.rl"
	{ found = true; {p++; cs = 240; goto _out;} }
	goto st240;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
#line 4282 "gen/bounce_text.c"
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 89u: goto st70;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
		case 121u: goto st70;
	}
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 65u: goto st52;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st52;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st53;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st53;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	switch( (*p) ) {
		case 32u: goto st54;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st173;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st173;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st55;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st55;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st56;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st56;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st57;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st57;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 32u: goto st58;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st59;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st59;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st60;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st60;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st61;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st61;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st62;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st62;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 86u: goto st63;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 118u: goto st63;
		case 119u: goto st51;
	}
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st64;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st64;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st65;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st65;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st66;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 89u: goto st70;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st66;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
		case 121u: goto st70;
	}
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	switch( (*p) ) {
		case 67u: goto st28;
		case 68u: goto st67;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st28;
		case 100u: goto st67;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 32u: goto st68;
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st69;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st69;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto tr22;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto tr22;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
tr22:
#line 273 "grammar/bounce_text.rl"
	{ found = true; {p++; cs = 241; goto _out;} }
	goto st241;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
#line 4788 "gen/bounce_text.c"
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 32u: goto st71;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 72u: goto st72;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st158;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 104u: goto st72;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st158;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 65u: goto st73;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st73;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st74;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st74;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 32u: goto st75;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st76;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st76;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 65u: goto st77;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st144;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st77;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st144;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st78;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st78;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st79;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st79;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st80;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st80;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st81;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st81;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 32u: goto st82;
		case 58u: goto tr22;
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 65u: goto st12;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st83;
		case 84u: goto st69;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st12;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st83;
		case 116u: goto st69;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st84;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st84;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 67u: goto st85;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st85;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 65u: goto st2;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st86;
		case 77u: goto st18;
		case 79u: goto st118;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st2;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st86;
		case 109u: goto st18;
		case 111u: goto st118;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st87;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st87;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st25;
		case 70u: goto st5;
		case 73u: goto st88;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st25;
		case 102u: goto st5;
		case 105u: goto st88;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st89;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st89;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st90;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st90;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto tr105;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto tr105;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
tr105:
#line 273 "grammar/bounce_text.rl"
	{ found = true; {p++; cs = 242; goto _out;} }
	goto st242;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
#line 5345 "gen/bounce_text.c"
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st91;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st91;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 32u: goto st92;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st93;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st93;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st94;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st94;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 32u: goto st95;
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st96;
		case 70u: goto st5;
		case 71u: goto st113;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st96;
		case 102u: goto st5;
		case 103u: goto st113;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st97;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st97;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st16;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st98;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st16;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st98;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st99;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st99;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st100;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st100;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 73u: goto st101;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 105u: goto st101;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 66u: goto st102;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 98u: goto st102;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st103;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st103;
		case 119u: goto st51;
	}
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st36;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st104;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st36;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st104;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st105;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st105;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st106;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st106;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st107;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st107;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 32u: goto st108;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st109;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st109;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st110;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st110;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st111;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st111;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st112;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st112;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto tr22;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto tr22;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st114;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st114;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st115;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st115;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st116;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st116;
		case 119u: goto st51;
	}
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st36;
		case 80u: goto st117;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st36;
		case 112u: goto st117;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st25;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto tr22;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st25;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto tr22;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st119;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st119;
		case 119u: goto st51;
	}
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st120;
		case 77u: goto st18;
		case 78u: goto st36;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st120;
		case 109u: goto st18;
		case 110u: goto st36;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st121;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st121;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 32u: goto st122;
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st123;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st123;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st124;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st124;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st125;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st125;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 32u: goto st126;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 66u: goto st127;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 98u: goto st127;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st128;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st128;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 32u: goto st129;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st130;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st138;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st130;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st138;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st131;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st131;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st132;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st132;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st133;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st133;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 86u: goto st134;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 118u: goto st134;
		case 119u: goto st51;
	}
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st135;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st135;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st136;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st136;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st137;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 89u: goto st70;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st137;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
		case 121u: goto st70;
	}
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 67u: goto st28;
		case 68u: goto tr152;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st28;
		case 100u: goto tr152;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
tr152:
#line 273 "grammar/bounce_text.rl"
	{ found = true; {p++; cs = 243; goto _out;} }
	goto st243;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
#line 6544 "gen/bounce_text.c"
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st139;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st139;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 65u: goto st140;
		case 67u: goto st28;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st140;
		case 99u: goto st28;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 67u: goto st141;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st141;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 65u: goto st2;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 72u: goto st142;
		case 77u: goto st18;
		case 79u: goto st118;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st2;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 104u: goto st142;
		case 109u: goto st18;
		case 111u: goto st118;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st143;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st143;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto tr152;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto tr152;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st145;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st145;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st146;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st146;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st147;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st147;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st148;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st148;
	}
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 65u: goto st52;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st149;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st52;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st149;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st150;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st150;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 71u: goto st151;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 103u: goto st151;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 32u: goto st152;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 65u: goto st153;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st83;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st153;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st83;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st154;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st154;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st155;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st155;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st4;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st156;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st4;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st156;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st157;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st157;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 67u: goto st28;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st112;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st28;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st112;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st159;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st159;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 32u: goto st160;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st161;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st161;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 72u: goto st162;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 104u: goto st162;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st163;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st163;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 32u: goto st164;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st165;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st165;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 65u: goto st6;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st166;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st6;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st166;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st167;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st167;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st168;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st168;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st169;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st169;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st170;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st170;
	}
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	switch( (*p) ) {
		case 65u: goto st52;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st171;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st52;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st171;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st172;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st172;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 71u: goto tr185;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 103u: goto tr185;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
tr185:
#line 273 "grammar/bounce_text.rl"
	{ found = true; {p++; cs = 244; goto _out;} }
	goto st244;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
#line 7448 "gen/bounce_text.c"
	switch( (*p) ) {
		case 32u: goto st152;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 39u: goto st174;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st175;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st175;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 32u: goto st176;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 65u: goto st37;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st37;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st178;
		case 70u: goto st5;
		case 73u: goto st15;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st178;
		case 102u: goto st5;
		case 105u: goto st15;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st179;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st179;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st180;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st180;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 86u: goto st181;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 118u: goto st181;
		case 119u: goto st51;
	}
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st182;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st182;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st183;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st183;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 65u: goto st184;
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 89u: goto st70;
		case 97u: goto st184;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
		case 121u: goto st70;
	}
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 66u: goto st185;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 98u: goto st185;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st186;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st186;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st187;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st187;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 32u: goto st68;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st91;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st91;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 65u: goto st190;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st190;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st20;
		case 77u: goto st18;
		case 78u: goto st191;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st20;
		case 109u: goto st18;
		case 110u: goto st191;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st192;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st192;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st193;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st193;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st194;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st194;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	switch( (*p) ) {
		case 32u: goto st195;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st196;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st196;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 65u: goto st197;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st144;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st197;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st144;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st7;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st198;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st7;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st198;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	switch( (*p) ) {
		case 65u: goto st199;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st199;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st200;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st200;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	switch( (*p) ) {
		case 32u: goto st201;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st202;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st202;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st203;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st203;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st204;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st204;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st205;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st205;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st206;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st206;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto tr22;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto tr22;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 32u: goto st208;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st209;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st209;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st210;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st210;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 32u: goto st211;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st212;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st212;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	switch( (*p) ) {
		case 65u: goto st6;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st144;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st213;
		case 87u: goto st51;
		case 97u: goto st6;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st144;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st213;
		case 119u: goto st51;
	}
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto st214;
		case 77u: goto st18;
		case 78u: goto st36;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto st214;
		case 109u: goto st18;
		case 110u: goto st36;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 76u: goto tr22;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 108u: goto tr22;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st216;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st216;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st217;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st217;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 32u: goto st218;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st219;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st219;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st220;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st220;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	switch( (*p) ) {
		case 65u: goto st221;
		case 67u: goto st28;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st221;
		case 99u: goto st28;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	switch( (*p) ) {
		case 67u: goto st222;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st222;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
	switch( (*p) ) {
		case 65u: goto st2;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 72u: goto tr22;
		case 77u: goto st18;
		case 79u: goto st118;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 97u: goto st2;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 104u: goto tr22;
		case 109u: goto st18;
		case 111u: goto st118;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st224;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st224;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
	switch( (*p) ) {
		case 67u: goto st28;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st225;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st28;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st225;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 83u: goto st226;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 115u: goto st226;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st112;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st112;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 73u: goto st228;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 105u: goto st228;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 86u: goto st229;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 118u: goto st229;
		case 119u: goto st51;
	}
	goto st0;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st230;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st230;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st231;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st231;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st27;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 89u: goto st70;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st27;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
		case 121u: goto st70;
	}
	goto st0;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 78u: goto st233;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 110u: goto st233;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 79u: goto st234;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 111u: goto st234;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 84u: goto st235;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 116u: goto st235;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
	switch( (*p) ) {
		case 32u: goto st236;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
	switch( (*p) ) {
		case 66u: goto st237;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 98u: goto st237;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 69u: goto st238;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 101u: goto st238;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
	switch( (*p) ) {
		case 32u: goto st239;
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st34;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st34;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	switch( (*p) ) {
		case 67u: goto st1;
		case 68u: goto st3;
		case 70u: goto st5;
		case 77u: goto st18;
		case 80u: goto st24;
		case 82u: goto st138;
		case 85u: goto st35;
		case 87u: goto st51;
		case 99u: goto st1;
		case 100u: goto st3;
		case 102u: goto st5;
		case 109u: goto st18;
		case 112u: goto st24;
		case 114u: goto st138;
		case 117u: goto st35;
		case 119u: goto st51;
	}
	goto st0;
	}
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
	_test_eof240: cs = 240; goto _test_eof; 
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
	_test_eof61: cs = 61; goto _test_eof; 
	_test_eof62: cs = 62; goto _test_eof; 
	_test_eof63: cs = 63; goto _test_eof; 
	_test_eof64: cs = 64; goto _test_eof; 
	_test_eof65: cs = 65; goto _test_eof; 
	_test_eof66: cs = 66; goto _test_eof; 
	_test_eof67: cs = 67; goto _test_eof; 
	_test_eof68: cs = 68; goto _test_eof; 
	_test_eof69: cs = 69; goto _test_eof; 
	_test_eof241: cs = 241; goto _test_eof; 
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
	_test_eof242: cs = 242; goto _test_eof; 
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
	_test_eof114: cs = 114; goto _test_eof; 
	_test_eof115: cs = 115; goto _test_eof; 
	_test_eof116: cs = 116; goto _test_eof; 
	_test_eof117: cs = 117; goto _test_eof; 
	_test_eof118: cs = 118; goto _test_eof; 
	_test_eof119: cs = 119; goto _test_eof; 
	_test_eof120: cs = 120; goto _test_eof; 
	_test_eof121: cs = 121; goto _test_eof; 
	_test_eof122: cs = 122; goto _test_eof; 
	_test_eof123: cs = 123; goto _test_eof; 
	_test_eof124: cs = 124; goto _test_eof; 
	_test_eof125: cs = 125; goto _test_eof; 
	_test_eof126: cs = 126; goto _test_eof; 
	_test_eof127: cs = 127; goto _test_eof; 
	_test_eof128: cs = 128; goto _test_eof; 
	_test_eof129: cs = 129; goto _test_eof; 
	_test_eof130: cs = 130; goto _test_eof; 
	_test_eof131: cs = 131; goto _test_eof; 
	_test_eof132: cs = 132; goto _test_eof; 
	_test_eof133: cs = 133; goto _test_eof; 
	_test_eof134: cs = 134; goto _test_eof; 
	_test_eof135: cs = 135; goto _test_eof; 
	_test_eof136: cs = 136; goto _test_eof; 
	_test_eof137: cs = 137; goto _test_eof; 
	_test_eof243: cs = 243; goto _test_eof; 
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
	_test_eof155: cs = 155; goto _test_eof; 
	_test_eof156: cs = 156; goto _test_eof; 
	_test_eof157: cs = 157; goto _test_eof; 
	_test_eof158: cs = 158; goto _test_eof; 
	_test_eof159: cs = 159; goto _test_eof; 
	_test_eof160: cs = 160; goto _test_eof; 
	_test_eof161: cs = 161; goto _test_eof; 
	_test_eof162: cs = 162; goto _test_eof; 
	_test_eof163: cs = 163; goto _test_eof; 
	_test_eof164: cs = 164; goto _test_eof; 
	_test_eof165: cs = 165; goto _test_eof; 
	_test_eof166: cs = 166; goto _test_eof; 
	_test_eof167: cs = 167; goto _test_eof; 
	_test_eof168: cs = 168; goto _test_eof; 
	_test_eof169: cs = 169; goto _test_eof; 
	_test_eof170: cs = 170; goto _test_eof; 
	_test_eof171: cs = 171; goto _test_eof; 
	_test_eof172: cs = 172; goto _test_eof; 
	_test_eof244: cs = 244; goto _test_eof; 
	_test_eof173: cs = 173; goto _test_eof; 
	_test_eof174: cs = 174; goto _test_eof; 
	_test_eof175: cs = 175; goto _test_eof; 
	_test_eof176: cs = 176; goto _test_eof; 
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
	_test_eof232: cs = 232; goto _test_eof; 
	_test_eof233: cs = 233; goto _test_eof; 
	_test_eof234: cs = 234; goto _test_eof; 
	_test_eof235: cs = 235; goto _test_eof; 
	_test_eof236: cs = 236; goto _test_eof; 
	_test_eof237: cs = 237; goto _test_eof; 
	_test_eof238: cs = 238; goto _test_eof; 
	_test_eof239: cs = 239; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 287 "grammar/bounce_text.rl"
    (void)cs;
    return found;
}

/* Whether [p, le) begins with the ASCII text want (its letters in lower
 * case), letters in any case. */
static bool bt_starts(const unsigned char *p, const unsigned char *le,
                      const char *want)
{
    for (; *want != '\0'; want++, p++) {
        if (p == le)
            return false;
        unsigned char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c != (unsigned char)*want)
            return false;
    }
    return true;
}

static bool bt_rest_blank(const unsigned char *p, const unsigned char *le)
{
    while (p < le && (bt_blank(*p) || *p == '\r'))
        p++;
    return p == le;
}

/* The recipient on the line [ls, le) (no LF; a CR may end it), if any. */
static bool bt_line_recipient(const unsigned char *ls, const unsigned char *le,
                              bool armed, struct mxq_slice *out)
{
    const unsigned char *i = ls, *end;
    while (i < le && bt_blank(*i))
        i++;
    if (i == le)
        return false;
    if (*i == '<') {
        end = bt_addr(i + 1, le);
        if (end != NULL && end < le && *end == '>') {
            const unsigned char *f = end + 1;
            if ((i == ls && f < le && *f == ':') ||
                (i == ls && bt_starts(f, le, " (expanded from")) ||
                bt_starts(f, le, "...") || (armed && bt_rest_blank(f, le))) {
                *out = (struct mxq_slice){(const char *)i + 1,
                                          (size_t)(end - i - 1)};
                return true;
            }
        }
    } else if (armed) {
        end = bt_addr(i, le);
        if (end != NULL && (end == le || bt_blank(*end) || *end == '\r' ||
                            *end == ':' || *end == '<')) {
            *out = (struct mxq_slice){(const char *)i, (size_t)(end - i)};
            return true;
        }
    }
    /* sendmail's "<addr>... User unknown" after a blank, anywhere; the
     * addresses tried lie apart (none holds a '<'), so the line is read
     * once */
    for (const unsigned char *q = i + 1; q < le; q++) {
        if (*q != '<' || !bt_blank(q[-1]))
            continue;
        end = bt_addr(q + 1, le);
        if (end != NULL && end < le && *end == '>' &&
            bt_starts(end + 1, le, "...")) {
            *out = (struct mxq_slice){(const char *)q + 1,
                                      (size_t)(end - q - 1)};
            return true;
        }
        if (end != NULL)
            q = end - 1;
    }
    return false;
}

/* On a line that announces failures, an address after its last ':' that
 * ends the line: "Did not reach the following recipient: addr", "User's
 * mailbox is full: <addr>", Notes' "was not delivered to: addr". */
static bool bt_line_tail_recipient(const unsigned char *ls,
                                   const unsigned char *le,
                                   struct mxq_slice *out)
{
    const unsigned char *colon = le;
    while (colon > ls && colon[-1] != ':')
        colon--;
    if (colon == ls)
        return false;
    const unsigned char *a = colon;
    while (a < le && bt_blank(*a))
        a++;
    bool bracketed = a < le && *a == '<';
    const unsigned char *end = bt_addr(a + bracketed, le);
    if (end == NULL)
        return false;
    const unsigned char *f = end;
    if (bracketed) {
        if (f == le || *f != '>')
            return false;
        f++;
    }
    if (!bt_rest_blank(f, le))
        return false;
    *out = (struct mxq_slice){(const char *)a + bracketed,
                              (size_t)(end - a - bracketed)};
    return true;
}

static void bt_scan_recipient(const unsigned char *text, size_t n,
                              struct mxq_bounce_facts *out)
{
    const unsigned char *ls = text, *pe = text + n;
    unsigned armed = 0;

    while (ls < pe) {
        const unsigned char *le = ls;
        while (le < pe && *le != '\n')
            le++;
        bool announces = bt_announces(ls, le);
        if (bt_line_recipient(ls, le, armed > 0, &out->recipient) ||
            (announces && bt_line_tail_recipient(ls, le, &out->recipient)))
            return;
        if (announces)
            armed = BT_ARMED_LINES;
        else if (armed > 0 && !bt_rest_blank(ls, le))
            armed--;
        ls = le < pe ? le + 1 : le;
    }
}

void mxq_bounce_scan(const char *text, size_t n, struct mxq_bounce_facts *out)
{
    *out = (struct mxq_bounce_facts){{NULL, 0}, {NULL, 0}, {NULL, 0}};
    if (n == 0)
        return;
    bt_scan_codes((const unsigned char *)text, n, out);
    bt_scan_recipient((const unsigned char *)text, n, out);
}
