
#line 1 "grammar/proxy.rl"
/*
 * PROXY protocol headers, v1 and v2. See proxy.h for the contract.
 *
 * One machine reads both versions; the first octet tells them apart ('P'
 * or CR). mxq_proxy_feed() copies what arrives into the parser's buffer
 * and runs the machine over it, never past `limit`: 16 octets at first
 * (the fixed part of v2, longer than the shortest v1 line), then the
 * machine itself moves the limit: to 107 when it sees 'P', to 16 plus the
 * block length once v2 has read it. So the machine never sees an octet
 * after the header. v1 ends at its CRLF; v2 ends when the block is
 * exhausted, and is valid only if the machine stands at the end of a
 * field then (not inside an address, a TLV header or a TLV value).
 *
 * Counted data (TLV values, SSL sub-TLVs) is walked with Ragel conditions
 * on the octets still to come, so a TLV and its sub-TLVs are read by the
 * grammar, not by pointer arithmetic. A length that would run past the
 * end of the block (or of the SSL TLV) is refused where it is read.
 *
 * v1 addresses are converted to binary by the actions while they are
 * read. IPv6: a loose reader (groups, one "::", a dotted-quad tail) that
 * collects the groups, intersected with the exact RFC 4291 2.2 forms
 * (RFC 3986 IPv6address) that carry no actions: what is accepted is
 * exactly the valid text forms, and the actions run once per octet.
 */
#include <string.h>

#include "proxy.h"

static struct mxq_slice
slice(const uint8_t *from, const uint8_t *to)
{
    struct mxq_slice s = { (const char *)from, (size_t)(to - from) };

    return s;
}

/* fc is a hex digit: the grammar says so. */
static unsigned
hex_value(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (unsigned)(c - 'a' + 10);
    return (unsigned)(c - 'A' + 10);
}

/* Places the IPv6 groups read (those before "::" at the front, the rest
 * and a dotted-quad tail at the back). The grammar already allowed only
 * valid forms; false if the counts disagree all the same. */
static bool
ipv6_finish(const struct mxq_proxy_parser *ps, uint8_t ip[16])
{
    unsigned tail = ps->nquad == 4 ? 2 : 0;
    unsigned total = ps->ngroups + tail;
    unsigned before, after, i;
    uint16_t g[8] = { 0 };

    if (total > 8 || (ps->dcolon < 0 && total != 8) ||
        (ps->dcolon >= 0 && (total > 7 || (unsigned)ps->dcolon > ps->ngroups)))
        return false;
    before = ps->dcolon < 0 ? ps->ngroups : (unsigned)ps->dcolon;
    after = ps->ngroups - before;
    for (i = 0; i < before; i++)
        g[i] = ps->groups[i];
    for (i = 0; i < after; i++)
        g[8 - tail - after + i] = ps->groups[before + i];
    for (i = 0; i < 8; i++) {
        ip[2 * i] = (uint8_t)(g[i] >> 8);
        ip[2 * i + 1] = (uint8_t)(g[i] & 0xff);
    }
    if (tail)
        memcpy(ip + 12, ps->quad, 4);
    return true;
}

/* A top-level TLV value is complete: keep it if we use its type and it
 * is the first of its type. */
static void
tlv_value(struct mxq_proxy_parser *ps, const uint8_t *end)
{
    struct mxq_slice *s;

    switch (ps->tlv_type) {
    case MXQ_PP2_TYPE_ALPN:
        s = &ps->hdr.alpn;
        break;
    case MXQ_PP2_TYPE_AUTHORITY:
        s = &ps->hdr.authority;
        break;
    case MXQ_PP2_TYPE_UNIQUE_ID:
        s = &ps->hdr.unique_id;
        break;
    case MXQ_PP2_TYPE_NETNS:
        s = &ps->hdr.netns;
        break;
    default:
        return;
    }
    if (s->p == NULL)
        *s = slice(ps->mark, end);
}

/* The same for a sub-TLV of the first PP2_TYPE_SSL. */
static void
sub_value(struct mxq_proxy_parser *ps, const uint8_t *end)
{
    struct mxq_slice *s;

    if (ps->ssl_skip)
        return;
    switch (ps->sub_type) {
    case MXQ_PP2_SUBTYPE_SSL_VERSION:
        s = &ps->hdr.ssl.version;
        break;
    case MXQ_PP2_SUBTYPE_SSL_CN:
        s = &ps->hdr.ssl.cn;
        break;
    case MXQ_PP2_SUBTYPE_SSL_CIPHER:
        s = &ps->hdr.ssl.cipher;
        break;
    case MXQ_PP2_SUBTYPE_SSL_SIG_ALG:
        s = &ps->hdr.ssl.sig_alg;
        break;
    case MXQ_PP2_SUBTYPE_SSL_KEY_ALG:
        s = &ps->hdr.ssl.key_alg;
        break;
    default:
        return;
    }
    if (s->p == NULL)
        *s = slice(ps->mark, end);
}


#line 136 "gen/proxy.c"
static const int mxq_proxy_start = 1;
static const int mxq_proxy_first_final = 745;
static const int mxq_proxy_error = 0;


#line 384 "grammar/proxy.rl"


void
mxq_proxy_init(struct mxq_proxy_parser *ps)
{
    memset(ps, 0, sizeof *ps);
    ps->status = MXQ_PROXY_NEED_MORE;
    ps->limit = MXQ_PROXY_V2_FIXED;
    ps->dcolon = -1;
    
#line 149 "gen/proxy.c"
	{
	 ps->cs = mxq_proxy_start;
	}

#line 394 "grammar/proxy.rl"
}

enum mxq_proxy_status
mxq_proxy_feed(struct mxq_proxy_parser *ps, const uint8_t *data, size_t n,
               size_t *consumed, struct mxq_proxy_header *out)
{
    *consumed = 0;
    while (ps->status == MXQ_PROXY_NEED_MORE && *consumed < n) {
        size_t room = ps->limit - ps->used;
        size_t take = n - *consumed < room ? n - *consumed : room;
        const uint8_t *start = ps->buf + ps->used;
        const uint8_t *p = start;
        const uint8_t *pe = start + take;

        memcpy(ps->buf + ps->used, data + *consumed, take);
        
#line 167 "gen/proxy.c"
	{
	short _widec;
	if ( p == pe )
		goto _test_eof;
	goto _resume;

_again:
	switch (  ps->cs ) {
		case 1: goto st1;
		case 0: goto st0;
		case 2: goto st2;
		case 3: goto st3;
		case 4: goto st4;
		case 5: goto st5;
		case 6: goto st6;
		case 7: goto st7;
		case 8: goto st8;
		case 9: goto st9;
		case 10: goto st10;
		case 11: goto st11;
		case 12: goto st12;
		case 13: goto st13;
		case 14: goto st14;
		case 15: goto st15;
		case 16: goto st16;
		case 745: goto st745;
		case 17: goto st17;
		case 18: goto st18;
		case 19: goto st19;
		case 20: goto st20;
		case 21: goto st21;
		case 22: goto st22;
		case 23: goto st23;
		case 24: goto st24;
		case 25: goto st25;
		case 26: goto st26;
		case 27: goto st27;
		case 28: goto st28;
		case 29: goto st29;
		case 30: goto st30;
		case 31: goto st31;
		case 746: goto st746;
		case 32: goto st32;
		case 33: goto st33;
		case 747: goto st747;
		case 34: goto st34;
		case 35: goto st35;
		case 36: goto st36;
		case 37: goto st37;
		case 38: goto st38;
		case 39: goto st39;
		case 40: goto st40;
		case 748: goto st748;
		case 41: goto st41;
		case 42: goto st42;
		case 749: goto st749;
		case 43: goto st43;
		case 44: goto st44;
		case 45: goto st45;
		case 46: goto st46;
		case 47: goto st47;
		case 48: goto st48;
		case 49: goto st49;
		case 50: goto st50;
		case 51: goto st51;
		case 52: goto st52;
		case 53: goto st53;
		case 54: goto st54;
		case 55: goto st55;
		case 56: goto st56;
		case 57: goto st57;
		case 58: goto st58;
		case 59: goto st59;
		case 60: goto st60;
		case 61: goto st61;
		case 62: goto st62;
		case 63: goto st63;
		case 64: goto st64;
		case 65: goto st65;
		case 66: goto st66;
		case 67: goto st67;
		case 68: goto st68;
		case 69: goto st69;
		case 70: goto st70;
		case 71: goto st71;
		case 72: goto st72;
		case 73: goto st73;
		case 74: goto st74;
		case 75: goto st75;
		case 76: goto st76;
		case 77: goto st77;
		case 78: goto st78;
		case 79: goto st79;
		case 80: goto st80;
		case 81: goto st81;
		case 82: goto st82;
		case 83: goto st83;
		case 84: goto st84;
		case 85: goto st85;
		case 86: goto st86;
		case 87: goto st87;
		case 88: goto st88;
		case 89: goto st89;
		case 90: goto st90;
		case 91: goto st91;
		case 92: goto st92;
		case 93: goto st93;
		case 94: goto st94;
		case 95: goto st95;
		case 96: goto st96;
		case 97: goto st97;
		case 98: goto st98;
		case 99: goto st99;
		case 100: goto st100;
		case 101: goto st101;
		case 102: goto st102;
		case 103: goto st103;
		case 104: goto st104;
		case 105: goto st105;
		case 106: goto st106;
		case 107: goto st107;
		case 108: goto st108;
		case 109: goto st109;
		case 110: goto st110;
		case 111: goto st111;
		case 112: goto st112;
		case 113: goto st113;
		case 114: goto st114;
		case 115: goto st115;
		case 116: goto st116;
		case 117: goto st117;
		case 118: goto st118;
		case 119: goto st119;
		case 120: goto st120;
		case 121: goto st121;
		case 122: goto st122;
		case 123: goto st123;
		case 124: goto st124;
		case 125: goto st125;
		case 126: goto st126;
		case 127: goto st127;
		case 128: goto st128;
		case 129: goto st129;
		case 130: goto st130;
		case 131: goto st131;
		case 132: goto st132;
		case 133: goto st133;
		case 134: goto st134;
		case 135: goto st135;
		case 136: goto st136;
		case 137: goto st137;
		case 138: goto st138;
		case 139: goto st139;
		case 140: goto st140;
		case 141: goto st141;
		case 142: goto st142;
		case 143: goto st143;
		case 144: goto st144;
		case 145: goto st145;
		case 146: goto st146;
		case 147: goto st147;
		case 148: goto st148;
		case 149: goto st149;
		case 150: goto st150;
		case 151: goto st151;
		case 152: goto st152;
		case 153: goto st153;
		case 154: goto st154;
		case 155: goto st155;
		case 156: goto st156;
		case 157: goto st157;
		case 158: goto st158;
		case 159: goto st159;
		case 160: goto st160;
		case 161: goto st161;
		case 162: goto st162;
		case 163: goto st163;
		case 164: goto st164;
		case 165: goto st165;
		case 166: goto st166;
		case 167: goto st167;
		case 168: goto st168;
		case 169: goto st169;
		case 170: goto st170;
		case 171: goto st171;
		case 172: goto st172;
		case 173: goto st173;
		case 174: goto st174;
		case 175: goto st175;
		case 176: goto st176;
		case 177: goto st177;
		case 178: goto st178;
		case 179: goto st179;
		case 180: goto st180;
		case 181: goto st181;
		case 182: goto st182;
		case 183: goto st183;
		case 184: goto st184;
		case 185: goto st185;
		case 186: goto st186;
		case 187: goto st187;
		case 188: goto st188;
		case 189: goto st189;
		case 190: goto st190;
		case 191: goto st191;
		case 192: goto st192;
		case 193: goto st193;
		case 194: goto st194;
		case 195: goto st195;
		case 196: goto st196;
		case 197: goto st197;
		case 198: goto st198;
		case 199: goto st199;
		case 200: goto st200;
		case 201: goto st201;
		case 202: goto st202;
		case 203: goto st203;
		case 204: goto st204;
		case 205: goto st205;
		case 206: goto st206;
		case 207: goto st207;
		case 208: goto st208;
		case 209: goto st209;
		case 210: goto st210;
		case 211: goto st211;
		case 212: goto st212;
		case 213: goto st213;
		case 214: goto st214;
		case 215: goto st215;
		case 216: goto st216;
		case 217: goto st217;
		case 218: goto st218;
		case 219: goto st219;
		case 220: goto st220;
		case 221: goto st221;
		case 222: goto st222;
		case 223: goto st223;
		case 224: goto st224;
		case 225: goto st225;
		case 226: goto st226;
		case 227: goto st227;
		case 228: goto st228;
		case 229: goto st229;
		case 230: goto st230;
		case 231: goto st231;
		case 232: goto st232;
		case 233: goto st233;
		case 234: goto st234;
		case 235: goto st235;
		case 236: goto st236;
		case 237: goto st237;
		case 238: goto st238;
		case 239: goto st239;
		case 240: goto st240;
		case 241: goto st241;
		case 242: goto st242;
		case 243: goto st243;
		case 244: goto st244;
		case 245: goto st245;
		case 246: goto st246;
		case 247: goto st247;
		case 248: goto st248;
		case 249: goto st249;
		case 250: goto st250;
		case 251: goto st251;
		case 252: goto st252;
		case 253: goto st253;
		case 254: goto st254;
		case 255: goto st255;
		case 256: goto st256;
		case 257: goto st257;
		case 258: goto st258;
		case 259: goto st259;
		case 260: goto st260;
		case 261: goto st261;
		case 262: goto st262;
		case 263: goto st263;
		case 264: goto st264;
		case 265: goto st265;
		case 266: goto st266;
		case 267: goto st267;
		case 268: goto st268;
		case 269: goto st269;
		case 270: goto st270;
		case 271: goto st271;
		case 272: goto st272;
		case 273: goto st273;
		case 274: goto st274;
		case 275: goto st275;
		case 276: goto st276;
		case 277: goto st277;
		case 278: goto st278;
		case 279: goto st279;
		case 280: goto st280;
		case 281: goto st281;
		case 282: goto st282;
		case 283: goto st283;
		case 284: goto st284;
		case 285: goto st285;
		case 286: goto st286;
		case 287: goto st287;
		case 288: goto st288;
		case 289: goto st289;
		case 290: goto st290;
		case 291: goto st291;
		case 292: goto st292;
		case 293: goto st293;
		case 294: goto st294;
		case 295: goto st295;
		case 296: goto st296;
		case 297: goto st297;
		case 298: goto st298;
		case 299: goto st299;
		case 300: goto st300;
		case 301: goto st301;
		case 302: goto st302;
		case 303: goto st303;
		case 304: goto st304;
		case 305: goto st305;
		case 306: goto st306;
		case 307: goto st307;
		case 308: goto st308;
		case 309: goto st309;
		case 310: goto st310;
		case 311: goto st311;
		case 312: goto st312;
		case 313: goto st313;
		case 314: goto st314;
		case 315: goto st315;
		case 316: goto st316;
		case 317: goto st317;
		case 318: goto st318;
		case 319: goto st319;
		case 320: goto st320;
		case 321: goto st321;
		case 322: goto st322;
		case 750: goto st750;
		case 323: goto st323;
		case 324: goto st324;
		case 325: goto st325;
		case 326: goto st326;
		case 327: goto st327;
		case 328: goto st328;
		case 329: goto st329;
		case 330: goto st330;
		case 331: goto st331;
		case 332: goto st332;
		case 333: goto st333;
		case 334: goto st334;
		case 335: goto st335;
		case 336: goto st336;
		case 337: goto st337;
		case 338: goto st338;
		case 339: goto st339;
		case 340: goto st340;
		case 341: goto st341;
		case 342: goto st342;
		case 343: goto st343;
		case 344: goto st344;
		case 345: goto st345;
		case 346: goto st346;
		case 347: goto st347;
		case 348: goto st348;
		case 349: goto st349;
		case 350: goto st350;
		case 351: goto st351;
		case 352: goto st352;
		case 353: goto st353;
		case 354: goto st354;
		case 355: goto st355;
		case 356: goto st356;
		case 357: goto st357;
		case 358: goto st358;
		case 359: goto st359;
		case 360: goto st360;
		case 361: goto st361;
		case 362: goto st362;
		case 363: goto st363;
		case 364: goto st364;
		case 365: goto st365;
		case 366: goto st366;
		case 367: goto st367;
		case 368: goto st368;
		case 369: goto st369;
		case 370: goto st370;
		case 371: goto st371;
		case 372: goto st372;
		case 373: goto st373;
		case 374: goto st374;
		case 375: goto st375;
		case 376: goto st376;
		case 377: goto st377;
		case 378: goto st378;
		case 379: goto st379;
		case 380: goto st380;
		case 381: goto st381;
		case 382: goto st382;
		case 383: goto st383;
		case 384: goto st384;
		case 385: goto st385;
		case 386: goto st386;
		case 387: goto st387;
		case 388: goto st388;
		case 389: goto st389;
		case 390: goto st390;
		case 391: goto st391;
		case 392: goto st392;
		case 393: goto st393;
		case 394: goto st394;
		case 395: goto st395;
		case 396: goto st396;
		case 397: goto st397;
		case 398: goto st398;
		case 399: goto st399;
		case 400: goto st400;
		case 401: goto st401;
		case 402: goto st402;
		case 403: goto st403;
		case 404: goto st404;
		case 405: goto st405;
		case 406: goto st406;
		case 407: goto st407;
		case 408: goto st408;
		case 409: goto st409;
		case 410: goto st410;
		case 411: goto st411;
		case 412: goto st412;
		case 413: goto st413;
		case 414: goto st414;
		case 415: goto st415;
		case 416: goto st416;
		case 417: goto st417;
		case 418: goto st418;
		case 419: goto st419;
		case 420: goto st420;
		case 421: goto st421;
		case 422: goto st422;
		case 423: goto st423;
		case 424: goto st424;
		case 425: goto st425;
		case 426: goto st426;
		case 427: goto st427;
		case 428: goto st428;
		case 429: goto st429;
		case 430: goto st430;
		case 431: goto st431;
		case 432: goto st432;
		case 433: goto st433;
		case 434: goto st434;
		case 435: goto st435;
		case 436: goto st436;
		case 437: goto st437;
		case 438: goto st438;
		case 439: goto st439;
		case 440: goto st440;
		case 441: goto st441;
		case 442: goto st442;
		case 443: goto st443;
		case 444: goto st444;
		case 445: goto st445;
		case 446: goto st446;
		case 447: goto st447;
		case 448: goto st448;
		case 449: goto st449;
		case 450: goto st450;
		case 451: goto st451;
		case 452: goto st452;
		case 453: goto st453;
		case 454: goto st454;
		case 455: goto st455;
		case 456: goto st456;
		case 457: goto st457;
		case 458: goto st458;
		case 459: goto st459;
		case 460: goto st460;
		case 461: goto st461;
		case 462: goto st462;
		case 463: goto st463;
		case 464: goto st464;
		case 465: goto st465;
		case 466: goto st466;
		case 467: goto st467;
		case 468: goto st468;
		case 469: goto st469;
		case 470: goto st470;
		case 471: goto st471;
		case 472: goto st472;
		case 473: goto st473;
		case 474: goto st474;
		case 475: goto st475;
		case 476: goto st476;
		case 477: goto st477;
		case 478: goto st478;
		case 479: goto st479;
		case 480: goto st480;
		case 481: goto st481;
		case 482: goto st482;
		case 483: goto st483;
		case 484: goto st484;
		case 485: goto st485;
		case 486: goto st486;
		case 487: goto st487;
		case 488: goto st488;
		case 489: goto st489;
		case 490: goto st490;
		case 491: goto st491;
		case 492: goto st492;
		case 493: goto st493;
		case 494: goto st494;
		case 495: goto st495;
		case 496: goto st496;
		case 497: goto st497;
		case 498: goto st498;
		case 499: goto st499;
		case 500: goto st500;
		case 501: goto st501;
		case 502: goto st502;
		case 503: goto st503;
		case 504: goto st504;
		case 505: goto st505;
		case 506: goto st506;
		case 507: goto st507;
		case 508: goto st508;
		case 509: goto st509;
		case 510: goto st510;
		case 511: goto st511;
		case 512: goto st512;
		case 513: goto st513;
		case 514: goto st514;
		case 515: goto st515;
		case 516: goto st516;
		case 517: goto st517;
		case 518: goto st518;
		case 519: goto st519;
		case 520: goto st520;
		case 521: goto st521;
		case 522: goto st522;
		case 523: goto st523;
		case 524: goto st524;
		case 525: goto st525;
		case 526: goto st526;
		case 527: goto st527;
		case 528: goto st528;
		case 529: goto st529;
		case 530: goto st530;
		case 531: goto st531;
		case 532: goto st532;
		case 533: goto st533;
		case 534: goto st534;
		case 535: goto st535;
		case 536: goto st536;
		case 537: goto st537;
		case 538: goto st538;
		case 539: goto st539;
		case 540: goto st540;
		case 541: goto st541;
		case 542: goto st542;
		case 543: goto st543;
		case 544: goto st544;
		case 545: goto st545;
		case 546: goto st546;
		case 547: goto st547;
		case 548: goto st548;
		case 549: goto st549;
		case 550: goto st550;
		case 551: goto st551;
		case 552: goto st552;
		case 553: goto st553;
		case 554: goto st554;
		case 555: goto st555;
		case 556: goto st556;
		case 557: goto st557;
		case 558: goto st558;
		case 559: goto st559;
		case 560: goto st560;
		case 561: goto st561;
		case 562: goto st562;
		case 563: goto st563;
		case 564: goto st564;
		case 565: goto st565;
		case 566: goto st566;
		case 567: goto st567;
		case 568: goto st568;
		case 569: goto st569;
		case 570: goto st570;
		case 571: goto st571;
		case 572: goto st572;
		case 573: goto st573;
		case 574: goto st574;
		case 575: goto st575;
		case 576: goto st576;
		case 577: goto st577;
		case 578: goto st578;
		case 579: goto st579;
		case 580: goto st580;
		case 581: goto st581;
		case 582: goto st582;
		case 583: goto st583;
		case 584: goto st584;
		case 585: goto st585;
		case 586: goto st586;
		case 587: goto st587;
		case 588: goto st588;
		case 589: goto st589;
		case 590: goto st590;
		case 591: goto st591;
		case 592: goto st592;
		case 593: goto st593;
		case 594: goto st594;
		case 595: goto st595;
		case 596: goto st596;
		case 597: goto st597;
		case 598: goto st598;
		case 599: goto st599;
		case 600: goto st600;
		case 601: goto st601;
		case 602: goto st602;
		case 603: goto st603;
		case 604: goto st604;
		case 605: goto st605;
		case 606: goto st606;
		case 607: goto st607;
		case 608: goto st608;
		case 609: goto st609;
		case 610: goto st610;
		case 611: goto st611;
		case 612: goto st612;
		case 613: goto st613;
		case 614: goto st614;
		case 615: goto st615;
		case 616: goto st616;
		case 617: goto st617;
		case 618: goto st618;
		case 619: goto st619;
		case 620: goto st620;
		case 621: goto st621;
		case 622: goto st622;
		case 623: goto st623;
		case 624: goto st624;
		case 625: goto st625;
		case 626: goto st626;
		case 627: goto st627;
		case 628: goto st628;
		case 629: goto st629;
		case 630: goto st630;
		case 631: goto st631;
		case 632: goto st632;
		case 633: goto st633;
		case 634: goto st634;
		case 635: goto st635;
		case 636: goto st636;
		case 637: goto st637;
		case 638: goto st638;
		case 639: goto st639;
		case 640: goto st640;
		case 641: goto st641;
		case 642: goto st642;
		case 643: goto st643;
		case 644: goto st644;
		case 645: goto st645;
		case 646: goto st646;
		case 647: goto st647;
		case 648: goto st648;
		case 649: goto st649;
		case 650: goto st650;
		case 651: goto st651;
		case 652: goto st652;
		case 653: goto st653;
		case 654: goto st654;
		case 655: goto st655;
		case 656: goto st656;
		case 657: goto st657;
		case 658: goto st658;
		case 659: goto st659;
		case 660: goto st660;
		case 661: goto st661;
		case 662: goto st662;
		case 663: goto st663;
		case 664: goto st664;
		case 665: goto st665;
		case 666: goto st666;
		case 667: goto st667;
		case 668: goto st668;
		case 669: goto st669;
		case 670: goto st670;
		case 671: goto st671;
		case 672: goto st672;
		case 673: goto st673;
		case 674: goto st674;
		case 675: goto st675;
		case 676: goto st676;
		case 677: goto st677;
		case 678: goto st678;
		case 679: goto st679;
		case 680: goto st680;
		case 681: goto st681;
		case 682: goto st682;
		case 683: goto st683;
		case 684: goto st684;
		case 685: goto st685;
		case 686: goto st686;
		case 687: goto st687;
		case 688: goto st688;
		case 689: goto st689;
		case 690: goto st690;
		case 691: goto st691;
		case 692: goto st692;
		case 693: goto st693;
		case 694: goto st694;
		case 695: goto st695;
		case 696: goto st696;
		case 697: goto st697;
		case 698: goto st698;
		case 699: goto st699;
		case 700: goto st700;
		case 701: goto st701;
		case 702: goto st702;
		case 703: goto st703;
		case 704: goto st704;
		case 705: goto st705;
		case 706: goto st706;
		case 707: goto st707;
		case 708: goto st708;
		case 709: goto st709;
		case 710: goto st710;
		case 711: goto st711;
		case 712: goto st712;
		case 713: goto st713;
		case 714: goto st714;
		case 715: goto st715;
		case 716: goto st716;
		case 717: goto st717;
		case 718: goto st718;
		case 719: goto st719;
		case 720: goto st720;
		case 721: goto st721;
		case 722: goto st722;
		case 723: goto st723;
		case 724: goto st724;
		case 725: goto st725;
		case 726: goto st726;
		case 727: goto st727;
		case 728: goto st728;
		case 729: goto st729;
		case 730: goto st730;
		case 731: goto st731;
		case 732: goto st732;
		case 733: goto st733;
		case 734: goto st734;
		case 735: goto st735;
		case 736: goto st736;
		case 737: goto st737;
		case 738: goto st738;
		case 739: goto st739;
		case 740: goto st740;
		case 741: goto st741;
		case 742: goto st742;
		case 743: goto st743;
		case 744: goto st744;
	default: break;
	}

	if ( ++p == pe )
		goto _test_eof;
_resume:
	switch (  ps->cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 13u: goto tr0;
		case 80u: goto tr2;
	}
	goto st0;
st0:
 ps->cs = 0;
	goto _out;
tr0:
#line 252 "grammar/proxy.rl"
	{ ps->hdr.version = 2; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 953 "gen/proxy.c"
	if ( (*p) == 10u )
		goto st3;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) == 13u )
		goto st4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 10u )
		goto st5;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( (*p) == 0u )
		goto st6;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( (*p) == 13u )
		goto st7;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 10u )
		goto st8;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	if ( (*p) == 81u )
		goto st9;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( (*p) == 85u )
		goto st10;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	if ( (*p) == 73u )
		goto st11;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( (*p) == 84u )
		goto st12;
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	if ( (*p) == 10u )
		goto st13;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 32u: goto tr14;
		case 33u: goto tr15;
	}
	goto st0;
tr14:
#line 253 "grammar/proxy.rl"
	{ ps->hdr.command = MXQ_PROXY_CMD_LOCAL; }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 1042 "gen/proxy.c"
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	goto tr17;
tr17:
#line 259 "grammar/proxy.rl"
	{ ps->block = (unsigned)(*p) << 8; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 1055 "gen/proxy.c"
	goto tr18;
tr18:
#line 260 "grammar/proxy.rl"
	{
        ps->block |= (*p);
        if (ps->block > MXQ_PROXY_V2_MAX_BLOCK || ps->block < ps->need)
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->limit = MXQ_PROXY_V2_FIXED + ps->block;
    }
	goto st745;
st745:
	if ( ++p == pe )
		goto _test_eof745;
case 745:
#line 1068 "gen/proxy.c"
	goto st745;
tr15:
#line 254 "grammar/proxy.rl"
	{ ps->hdr.command = MXQ_PROXY_CMD_PROXY; }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 1076 "gen/proxy.c"
	switch( (*p) ) {
		case 0u: goto st15;
		case 17u: goto tr19;
		case 33u: goto tr20;
		case 49u: goto tr21;
	}
	goto st0;
tr19:
#line 255 "grammar/proxy.rl"
	{ ps->hdr.family = MXQ_PROXY_AF_INET; ps->need = 12; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 1090 "gen/proxy.c"
	goto tr22;
tr22:
#line 259 "grammar/proxy.rl"
	{ ps->block = (unsigned)(*p) << 8; }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 1098 "gen/proxy.c"
	goto tr23;
tr23:
#line 260 "grammar/proxy.rl"
	{
        ps->block |= (*p);
        if (ps->block > MXQ_PROXY_V2_MAX_BLOCK || ps->block < ps->need)
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->limit = MXQ_PROXY_V2_FIXED + ps->block;
    }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
#line 1111 "gen/proxy.c"
	goto tr24;
tr24:
#line 267 "grammar/proxy.rl"
	{ ps->idx = 0; }
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 1120 "gen/proxy.c"
	goto tr25;
tr25:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 1128 "gen/proxy.c"
	goto tr26;
tr26:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 1136 "gen/proxy.c"
	goto tr27;
tr27:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 1144 "gen/proxy.c"
	goto tr28;
tr28:
#line 267 "grammar/proxy.rl"
	{ ps->idx = 0; }
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st25;
tr77:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 1156 "gen/proxy.c"
	goto tr29;
tr29:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 1164 "gen/proxy.c"
	goto tr30;
tr30:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
#line 1172 "gen/proxy.c"
	goto tr31;
tr31:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
#line 1180 "gen/proxy.c"
	goto tr32;
tr32:
#line 270 "grammar/proxy.rl"
	{ ps->hdr.src.port = (uint16_t)((*p) << 8); }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
#line 1188 "gen/proxy.c"
	goto tr33;
tr33:
#line 271 "grammar/proxy.rl"
	{ ps->hdr.src.port = (uint16_t)(ps->hdr.src.port | (*p)); }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
#line 1196 "gen/proxy.c"
	goto tr34;
tr34:
#line 272 "grammar/proxy.rl"
	{ ps->hdr.dst.port = (uint16_t)((*p) << 8); }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
#line 1204 "gen/proxy.c"
	goto tr35;
tr35:
#line 273 "grammar/proxy.rl"
	{ ps->hdr.dst.port = (uint16_t)(ps->hdr.dst.port | (*p)); }
	goto st746;
tr295:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
#line 293 "grammar/proxy.rl"
	{
        if (!ps->path_ended)
            ps->hdr.dst.path = slice(ps->mark, p + 1);
    }
	goto st746;
st746:
	if ( ++p == pe )
		goto _test_eof746;
case 746:
#line 1224 "gen/proxy.c"
	_widec = (*p);
	if ( (*p) < 32u ) {
		if ( (*p) <= 31u ) {
			_widec = (short)(256u + ((*p) - 0u));
			if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
		}
	} else if ( (*p) > 32u ) {
		if ( 33u <= (*p) )
 {			_widec = (short)(256u + ((*p) - 0u));
			if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
		}
	} else {
		_widec = (short)(256u + ((*p) - 0u));
		if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
	}
	if ( _widec == 288 )
		goto tr826;
	if ( 256 <= _widec && _widec <= 511 )
		goto tr825;
	goto st0;
tr825:
#line 304 "grammar/proxy.rl"
	{ ps->tlv_type = (*p); }
	goto st32;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
#line 1254 "gen/proxy.c"
	goto tr36;
tr36:
#line 305 "grammar/proxy.rl"
	{ ps->tlv_left = (unsigned)(*p) << 8; }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 1262 "gen/proxy.c"
	goto tr37;
tr37:
#line 306 "grammar/proxy.rl"
	{
        ps->tlv_left |= (*p);
        if (ps->tlv_left > (size_t)(ps->buf + ps->limit - (p + 1)))
            { ps->cs = (mxq_proxy_error);goto _again;}     /* runs past the block */
        ps->mark = p + 1;
        if (ps->tlv_left == 0)
            tlv_value(ps, p + 1);
    }
	goto st747;
tr827:
#line 314 "grammar/proxy.rl"
	{
        if (--ps->tlv_left == 0)
            tlv_value(ps, p + 1);
    }
	goto st747;
st747:
	if ( ++p == pe )
		goto _test_eof747;
case 747:
#line 1283 "gen/proxy.c"
	_widec = (*p);
	if ( (*p) < 32u ) {
		if ( (*p) <= 31u ) {
			_widec = (short)(256u + ((*p) - 0u));
			if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
		}
	} else if ( (*p) > 32u ) {
		if ( 33u <= (*p) )
 {			_widec = (short)(256u + ((*p) - 0u));
			if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
		}
	} else {
		_widec = (short)(256u + ((*p) - 0u));
		if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
	}
	if ( _widec == 288 )
		goto tr826;
	if ( _widec > 511 ) {
		if ( 512 <= _widec && _widec <= 767 )
			goto tr827;
	} else if ( _widec >= 256 )
		goto tr825;
	goto st0;
tr826:
#line 304 "grammar/proxy.rl"
	{ ps->tlv_type = (*p); }
#line 319 "grammar/proxy.rl"
	{
        ps->ssl_skip = ps->hdr.has_ssl;  /* the first SSL TLV counts */
        ps->hdr.has_ssl = true;
    }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
#line 1320 "gen/proxy.c"
	goto tr38;
tr38:
#line 305 "grammar/proxy.rl"
	{ ps->tlv_left = (unsigned)(*p) << 8; }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 1328 "gen/proxy.c"
	goto tr39;
tr39:
#line 306 "grammar/proxy.rl"
	{
        ps->tlv_left |= (*p);
        if (ps->tlv_left > (size_t)(ps->buf + ps->limit - (p + 1)))
            { ps->cs = (mxq_proxy_error);goto _again;}     /* runs past the block */
        ps->mark = p + 1;
        if (ps->tlv_left == 0)
            tlv_value(ps, p + 1);
    }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
#line 1343 "gen/proxy.c"
	_widec = (*p);
	_widec = (short)(256u + ((*p) - 0u));
	if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
	if ( 512 <= _widec && _widec <= 767 )
		goto tr40;
	goto st0;
tr40:
#line 323 "grammar/proxy.rl"
	{ ps->tlv_left--; }
#line 324 "grammar/proxy.rl"
	{ if (!ps->ssl_skip) ps->hdr.ssl.client = (*p); }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
#line 1358 "gen/proxy.c"
	_widec = (*p);
	_widec = (short)(256u + ((*p) - 0u));
	if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
	if ( 512 <= _widec && _widec <= 767 )
		goto tr41;
	goto st0;
tr41:
#line 323 "grammar/proxy.rl"
	{ ps->tlv_left--; }
#line 325 "grammar/proxy.rl"
	{
        if (!ps->ssl_skip)
            ps->hdr.ssl.verify = ps->hdr.ssl.verify << 8 | (*p);
    }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 1376 "gen/proxy.c"
	_widec = (*p);
	_widec = (short)(256u + ((*p) - 0u));
	if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
	if ( 512 <= _widec && _widec <= 767 )
		goto tr42;
	goto st0;
tr42:
#line 323 "grammar/proxy.rl"
	{ ps->tlv_left--; }
#line 325 "grammar/proxy.rl"
	{
        if (!ps->ssl_skip)
            ps->hdr.ssl.verify = ps->hdr.ssl.verify << 8 | (*p);
    }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
#line 1394 "gen/proxy.c"
	_widec = (*p);
	_widec = (short)(256u + ((*p) - 0u));
	if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
	if ( 512 <= _widec && _widec <= 767 )
		goto tr43;
	goto st0;
tr43:
#line 323 "grammar/proxy.rl"
	{ ps->tlv_left--; }
#line 325 "grammar/proxy.rl"
	{
        if (!ps->ssl_skip)
            ps->hdr.ssl.verify = ps->hdr.ssl.verify << 8 | (*p);
    }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 1412 "gen/proxy.c"
	_widec = (*p);
	_widec = (short)(256u + ((*p) - 0u));
	if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
	if ( 512 <= _widec && _widec <= 767 )
		goto tr44;
	goto st0;
tr44:
#line 323 "grammar/proxy.rl"
	{ ps->tlv_left--; }
#line 325 "grammar/proxy.rl"
	{
        if (!ps->ssl_skip)
            ps->hdr.ssl.verify = ps->hdr.ssl.verify << 8 | (*p);
    }
	goto st748;
st748:
	if ( ++p == pe )
		goto _test_eof748;
case 748:
#line 1430 "gen/proxy.c"
	_widec = (*p);
	if ( (*p) < 32u ) {
		if ( (*p) <= 31u ) {
			_widec = (short)(768u + ((*p) - 0u));
			if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
			if ( 
#line 302 "grammar/proxy.rl"
 ps->sub_left > 0  ) _widec += 512;
		}
	} else if ( (*p) > 32u ) {
		if ( 33u <= (*p) )
 {			_widec = (short)(768u + ((*p) - 0u));
			if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
			if ( 
#line 302 "grammar/proxy.rl"
 ps->sub_left > 0  ) _widec += 512;
		}
	} else {
		_widec = (short)(768u + ((*p) - 0u));
		if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
		if ( 
#line 302 "grammar/proxy.rl"
 ps->sub_left > 0  ) _widec += 512;
	}
	switch( _widec ) {
		case 800: goto tr826;
		case 1312: goto tr826;
	}
	if ( _widec < 1024 ) {
		if ( 768 <= _widec && _widec <= 1023 )
			goto tr825;
	} else if ( _widec > 1279 ) {
		if ( 1280 <= _widec && _widec <= 1535 )
			goto tr825;
	} else
		goto tr828;
	goto st0;
tr828:
#line 323 "grammar/proxy.rl"
	{ ps->tlv_left--; }
#line 329 "grammar/proxy.rl"
	{ ps->sub_type = (*p); }
	goto st41;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
#line 1475 "gen/proxy.c"
	_widec = (*p);
	_widec = (short)(256u + ((*p) - 0u));
	if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
	if ( 512 <= _widec && _widec <= 767 )
		goto tr45;
	goto st0;
tr45:
#line 323 "grammar/proxy.rl"
	{ ps->tlv_left--; }
#line 330 "grammar/proxy.rl"
	{ ps->sub_left = (unsigned)(*p) << 8; }
	goto st42;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
#line 1490 "gen/proxy.c"
	_widec = (*p);
	_widec = (short)(256u + ((*p) - 0u));
	if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
	if ( 512 <= _widec && _widec <= 767 )
		goto tr46;
	goto st0;
tr46:
#line 323 "grammar/proxy.rl"
	{ ps->tlv_left--; }
#line 331 "grammar/proxy.rl"
	{
        ps->sub_left |= (*p);
        if (ps->sub_left > ps->tlv_left)
            { ps->cs = (mxq_proxy_error);goto _again;}     /* runs past the SSL TLV */
        ps->mark = p + 1;
        if (ps->sub_left == 0)
            sub_value(ps, p + 1);
    }
	goto st749;
tr829:
#line 323 "grammar/proxy.rl"
	{ ps->tlv_left--; }
#line 339 "grammar/proxy.rl"
	{
        if (--ps->sub_left == 0)
            sub_value(ps, p + 1);
    }
	goto st749;
st749:
	if ( ++p == pe )
		goto _test_eof749;
case 749:
#line 1519 "gen/proxy.c"
	_widec = (*p);
	if ( (*p) < 32u ) {
		if ( (*p) <= 31u ) {
			_widec = (short)(768u + ((*p) - 0u));
			if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
			if ( 
#line 302 "grammar/proxy.rl"
 ps->sub_left > 0  ) _widec += 512;
		}
	} else if ( (*p) > 32u ) {
		if ( 33u <= (*p) )
 {			_widec = (short)(768u + ((*p) - 0u));
			if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
			if ( 
#line 302 "grammar/proxy.rl"
 ps->sub_left > 0  ) _widec += 512;
		}
	} else {
		_widec = (short)(768u + ((*p) - 0u));
		if ( 
#line 301 "grammar/proxy.rl"
 ps->tlv_left > 0  ) _widec += 256;
		if ( 
#line 302 "grammar/proxy.rl"
 ps->sub_left > 0  ) _widec += 512;
	}
	switch( _widec ) {
		case 800: goto tr826;
		case 1312: goto tr826;
	}
	if ( _widec < 1024 ) {
		if ( 768 <= _widec && _widec <= 1023 )
			goto tr825;
	} else if ( _widec > 1279 ) {
		if ( _widec > 1535 ) {
			if ( 1536 <= _widec && _widec <= 1791 )
				goto tr829;
		} else if ( _widec >= 1280 )
			goto tr825;
	} else
		goto tr828;
	goto st0;
tr20:
#line 256 "grammar/proxy.rl"
	{ ps->hdr.family = MXQ_PROXY_AF_INET6; ps->need = 36; }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 1566 "gen/proxy.c"
	goto tr47;
tr47:
#line 259 "grammar/proxy.rl"
	{ ps->block = (unsigned)(*p) << 8; }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 1574 "gen/proxy.c"
	goto tr48;
tr48:
#line 260 "grammar/proxy.rl"
	{
        ps->block |= (*p);
        if (ps->block > MXQ_PROXY_V2_MAX_BLOCK || ps->block < ps->need)
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->limit = MXQ_PROXY_V2_FIXED + ps->block;
    }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
#line 1587 "gen/proxy.c"
	goto tr49;
tr49:
#line 267 "grammar/proxy.rl"
	{ ps->idx = 0; }
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
#line 1596 "gen/proxy.c"
	goto tr50;
tr50:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
#line 1604 "gen/proxy.c"
	goto tr51;
tr51:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 1612 "gen/proxy.c"
	goto tr52;
tr52:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 1620 "gen/proxy.c"
	goto tr53;
tr53:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 1628 "gen/proxy.c"
	goto tr54;
tr54:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 1636 "gen/proxy.c"
	goto tr55;
tr55:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 1644 "gen/proxy.c"
	goto tr56;
tr56:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 1652 "gen/proxy.c"
	goto tr57;
tr57:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
#line 1660 "gen/proxy.c"
	goto tr58;
tr58:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
#line 1668 "gen/proxy.c"
	goto tr59;
tr59:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 1676 "gen/proxy.c"
	goto tr60;
tr60:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 1684 "gen/proxy.c"
	goto tr61;
tr61:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 1692 "gen/proxy.c"
	goto tr62;
tr62:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 1700 "gen/proxy.c"
	goto tr63;
tr63:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
#line 1708 "gen/proxy.c"
	goto tr64;
tr64:
#line 268 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = (*p); }
	goto st61;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
#line 1716 "gen/proxy.c"
	goto tr65;
tr65:
#line 267 "grammar/proxy.rl"
	{ ps->idx = 0; }
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
#line 1725 "gen/proxy.c"
	goto tr66;
tr66:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
#line 1733 "gen/proxy.c"
	goto tr67;
tr67:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 1741 "gen/proxy.c"
	goto tr68;
tr68:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 1749 "gen/proxy.c"
	goto tr69;
tr69:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st66;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
#line 1757 "gen/proxy.c"
	goto tr70;
tr70:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st67;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
#line 1765 "gen/proxy.c"
	goto tr71;
tr71:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 1773 "gen/proxy.c"
	goto tr72;
tr72:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st69;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
#line 1781 "gen/proxy.c"
	goto tr73;
tr73:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
#line 1789 "gen/proxy.c"
	goto tr74;
tr74:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
#line 1797 "gen/proxy.c"
	goto tr75;
tr75:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 1805 "gen/proxy.c"
	goto tr76;
tr76:
#line 269 "grammar/proxy.rl"
	{ if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = (*p); }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
#line 1813 "gen/proxy.c"
	goto tr77;
tr21:
#line 257 "grammar/proxy.rl"
	{ ps->hdr.family = MXQ_PROXY_AF_UNIX; ps->need = 216; }
	goto st74;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
#line 1821 "gen/proxy.c"
	goto tr78;
tr78:
#line 259 "grammar/proxy.rl"
	{ ps->block = (unsigned)(*p) << 8; }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
#line 1829 "gen/proxy.c"
	goto tr79;
tr79:
#line 260 "grammar/proxy.rl"
	{
        ps->block |= (*p);
        if (ps->block > MXQ_PROXY_V2_MAX_BLOCK || ps->block < ps->need)
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->limit = MXQ_PROXY_V2_FIXED + ps->block;
    }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
#line 1842 "gen/proxy.c"
	goto tr80;
tr80:
#line 276 "grammar/proxy.rl"
	{ ps->mark = p; ps->path_ended = false; }
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st77;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
#line 1856 "gen/proxy.c"
	goto tr81;
tr81:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st78;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
#line 1869 "gen/proxy.c"
	goto tr82;
tr82:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st79;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
#line 1882 "gen/proxy.c"
	goto tr83;
tr83:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st80;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
#line 1895 "gen/proxy.c"
	goto tr84;
tr84:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st81;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
#line 1908 "gen/proxy.c"
	goto tr85;
tr85:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st82;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
#line 1921 "gen/proxy.c"
	goto tr86;
tr86:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st83;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
#line 1934 "gen/proxy.c"
	goto tr87;
tr87:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st84;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
#line 1947 "gen/proxy.c"
	goto tr88;
tr88:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st85;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
#line 1960 "gen/proxy.c"
	goto tr89;
tr89:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st86;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
#line 1973 "gen/proxy.c"
	goto tr90;
tr90:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st87;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
#line 1986 "gen/proxy.c"
	goto tr91;
tr91:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 1999 "gen/proxy.c"
	goto tr92;
tr92:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st89;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
#line 2012 "gen/proxy.c"
	goto tr93;
tr93:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st90;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
#line 2025 "gen/proxy.c"
	goto tr94;
tr94:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
#line 2038 "gen/proxy.c"
	goto tr95;
tr95:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st92;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
#line 2051 "gen/proxy.c"
	goto tr96;
tr96:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st93;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
#line 2064 "gen/proxy.c"
	goto tr97;
tr97:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st94;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
#line 2077 "gen/proxy.c"
	goto tr98;
tr98:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st95;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
#line 2090 "gen/proxy.c"
	goto tr99;
tr99:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
#line 2103 "gen/proxy.c"
	goto tr100;
tr100:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st97;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
#line 2116 "gen/proxy.c"
	goto tr101;
tr101:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st98;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
#line 2129 "gen/proxy.c"
	goto tr102;
tr102:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
#line 2142 "gen/proxy.c"
	goto tr103;
tr103:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
#line 2155 "gen/proxy.c"
	goto tr104;
tr104:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
#line 2168 "gen/proxy.c"
	goto tr105;
tr105:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
#line 2181 "gen/proxy.c"
	goto tr106;
tr106:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st103;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
#line 2194 "gen/proxy.c"
	goto tr107;
tr107:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st104;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
#line 2207 "gen/proxy.c"
	goto tr108;
tr108:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
#line 2220 "gen/proxy.c"
	goto tr109;
tr109:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st106;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
#line 2233 "gen/proxy.c"
	goto tr110;
tr110:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st107;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
#line 2246 "gen/proxy.c"
	goto tr111;
tr111:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st108;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
#line 2259 "gen/proxy.c"
	goto tr112;
tr112:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st109;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
#line 2272 "gen/proxy.c"
	goto tr113;
tr113:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st110;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
#line 2285 "gen/proxy.c"
	goto tr114;
tr114:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st111;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
#line 2298 "gen/proxy.c"
	goto tr115;
tr115:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st112;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
#line 2311 "gen/proxy.c"
	goto tr116;
tr116:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st113;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
#line 2324 "gen/proxy.c"
	goto tr117;
tr117:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st114;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
#line 2337 "gen/proxy.c"
	goto tr118;
tr118:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st115;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
#line 2350 "gen/proxy.c"
	goto tr119;
tr119:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st116;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
#line 2363 "gen/proxy.c"
	goto tr120;
tr120:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st117;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
#line 2376 "gen/proxy.c"
	goto tr121;
tr121:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st118;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
#line 2389 "gen/proxy.c"
	goto tr122;
tr122:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st119;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
#line 2402 "gen/proxy.c"
	goto tr123;
tr123:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st120;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
#line 2415 "gen/proxy.c"
	goto tr124;
tr124:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st121;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
#line 2428 "gen/proxy.c"
	goto tr125;
tr125:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st122;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
#line 2441 "gen/proxy.c"
	goto tr126;
tr126:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st123;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
#line 2454 "gen/proxy.c"
	goto tr127;
tr127:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st124;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
#line 2467 "gen/proxy.c"
	goto tr128;
tr128:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st125;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
#line 2480 "gen/proxy.c"
	goto tr129;
tr129:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st126;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
#line 2493 "gen/proxy.c"
	goto tr130;
tr130:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st127;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
#line 2506 "gen/proxy.c"
	goto tr131;
tr131:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st128;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
#line 2519 "gen/proxy.c"
	goto tr132;
tr132:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st129;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
#line 2532 "gen/proxy.c"
	goto tr133;
tr133:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st130;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
#line 2545 "gen/proxy.c"
	goto tr134;
tr134:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st131;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
#line 2558 "gen/proxy.c"
	goto tr135;
tr135:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st132;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
#line 2571 "gen/proxy.c"
	goto tr136;
tr136:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st133;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
#line 2584 "gen/proxy.c"
	goto tr137;
tr137:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st134;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
#line 2597 "gen/proxy.c"
	goto tr138;
tr138:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st135;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
#line 2610 "gen/proxy.c"
	goto tr139;
tr139:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st136;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
#line 2623 "gen/proxy.c"
	goto tr140;
tr140:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st137;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
#line 2636 "gen/proxy.c"
	goto tr141;
tr141:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st138;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
#line 2649 "gen/proxy.c"
	goto tr142;
tr142:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st139;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
#line 2662 "gen/proxy.c"
	goto tr143;
tr143:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st140;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
#line 2675 "gen/proxy.c"
	goto tr144;
tr144:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st141;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
#line 2688 "gen/proxy.c"
	goto tr145;
tr145:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st142;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
#line 2701 "gen/proxy.c"
	goto tr146;
tr146:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st143;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
#line 2714 "gen/proxy.c"
	goto tr147;
tr147:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st144;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
#line 2727 "gen/proxy.c"
	goto tr148;
tr148:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st145;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
#line 2740 "gen/proxy.c"
	goto tr149;
tr149:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st146;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
#line 2753 "gen/proxy.c"
	goto tr150;
tr150:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st147;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
#line 2766 "gen/proxy.c"
	goto tr151;
tr151:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st148;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
#line 2779 "gen/proxy.c"
	goto tr152;
tr152:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st149;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
#line 2792 "gen/proxy.c"
	goto tr153;
tr153:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st150;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
#line 2805 "gen/proxy.c"
	goto tr154;
tr154:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st151;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
#line 2818 "gen/proxy.c"
	goto tr155;
tr155:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st152;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
#line 2831 "gen/proxy.c"
	goto tr156;
tr156:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st153;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
#line 2844 "gen/proxy.c"
	goto tr157;
tr157:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st154;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
#line 2857 "gen/proxy.c"
	goto tr158;
tr158:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st155;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
#line 2870 "gen/proxy.c"
	goto tr159;
tr159:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st156;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
#line 2883 "gen/proxy.c"
	goto tr160;
tr160:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st157;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
#line 2896 "gen/proxy.c"
	goto tr161;
tr161:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st158;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
#line 2909 "gen/proxy.c"
	goto tr162;
tr162:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st159;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
#line 2922 "gen/proxy.c"
	goto tr163;
tr163:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st160;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
#line 2935 "gen/proxy.c"
	goto tr164;
tr164:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st161;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
#line 2948 "gen/proxy.c"
	goto tr165;
tr165:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st162;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
#line 2961 "gen/proxy.c"
	goto tr166;
tr166:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st163;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
#line 2974 "gen/proxy.c"
	goto tr167;
tr167:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st164;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
#line 2987 "gen/proxy.c"
	goto tr168;
tr168:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st165;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
#line 3000 "gen/proxy.c"
	goto tr169;
tr169:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st166;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
#line 3013 "gen/proxy.c"
	goto tr170;
tr170:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st167;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
#line 3026 "gen/proxy.c"
	goto tr171;
tr171:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st168;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
#line 3039 "gen/proxy.c"
	goto tr172;
tr172:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st169;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
#line 3052 "gen/proxy.c"
	goto tr173;
tr173:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
#line 3065 "gen/proxy.c"
	goto tr174;
tr174:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
#line 3078 "gen/proxy.c"
	goto tr175;
tr175:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st172;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
#line 3091 "gen/proxy.c"
	goto tr176;
tr176:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st173;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
#line 3104 "gen/proxy.c"
	goto tr177;
tr177:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 3117 "gen/proxy.c"
	goto tr178;
tr178:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st175;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
#line 3130 "gen/proxy.c"
	goto tr179;
tr179:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st176;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
#line 3143 "gen/proxy.c"
	goto tr180;
tr180:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 3156 "gen/proxy.c"
	goto tr181;
tr181:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st178;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
#line 3169 "gen/proxy.c"
	goto tr182;
tr182:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st179;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
#line 3182 "gen/proxy.c"
	goto tr183;
tr183:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st180;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
#line 3195 "gen/proxy.c"
	goto tr184;
tr184:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st181;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
#line 3208 "gen/proxy.c"
	goto tr185;
tr185:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st182;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
#line 3221 "gen/proxy.c"
	goto tr186;
tr186:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
	goto st183;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
#line 3234 "gen/proxy.c"
	goto tr187;
tr187:
#line 277 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
#line 283 "grammar/proxy.rl"
	{
        if (!ps->path_ended)
            ps->hdr.src.path = slice(ps->mark, p + 1);
    }
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
#line 3251 "gen/proxy.c"
	goto tr188;
tr188:
#line 276 "grammar/proxy.rl"
	{ ps->mark = p; ps->path_ended = false; }
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st185;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
#line 3265 "gen/proxy.c"
	goto tr189;
tr189:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st186;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
#line 3278 "gen/proxy.c"
	goto tr190;
tr190:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st187;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
#line 3291 "gen/proxy.c"
	goto tr191;
tr191:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
#line 3304 "gen/proxy.c"
	goto tr192;
tr192:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st189;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
#line 3317 "gen/proxy.c"
	goto tr193;
tr193:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st190;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
#line 3330 "gen/proxy.c"
	goto tr194;
tr194:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st191;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
#line 3343 "gen/proxy.c"
	goto tr195;
tr195:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st192;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
#line 3356 "gen/proxy.c"
	goto tr196;
tr196:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st193;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
#line 3369 "gen/proxy.c"
	goto tr197;
tr197:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st194;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
#line 3382 "gen/proxy.c"
	goto tr198;
tr198:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st195;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
#line 3395 "gen/proxy.c"
	goto tr199;
tr199:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st196;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
#line 3408 "gen/proxy.c"
	goto tr200;
tr200:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st197;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
#line 3421 "gen/proxy.c"
	goto tr201;
tr201:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st198;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
#line 3434 "gen/proxy.c"
	goto tr202;
tr202:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st199;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
#line 3447 "gen/proxy.c"
	goto tr203;
tr203:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st200;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
#line 3460 "gen/proxy.c"
	goto tr204;
tr204:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st201;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
#line 3473 "gen/proxy.c"
	goto tr205;
tr205:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st202;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
#line 3486 "gen/proxy.c"
	goto tr206;
tr206:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st203;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
#line 3499 "gen/proxy.c"
	goto tr207;
tr207:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st204;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
#line 3512 "gen/proxy.c"
	goto tr208;
tr208:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st205;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
#line 3525 "gen/proxy.c"
	goto tr209;
tr209:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st206;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
#line 3538 "gen/proxy.c"
	goto tr210;
tr210:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st207;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
#line 3551 "gen/proxy.c"
	goto tr211;
tr211:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st208;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
#line 3564 "gen/proxy.c"
	goto tr212;
tr212:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st209;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
#line 3577 "gen/proxy.c"
	goto tr213;
tr213:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st210;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
#line 3590 "gen/proxy.c"
	goto tr214;
tr214:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st211;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
#line 3603 "gen/proxy.c"
	goto tr215;
tr215:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st212;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
#line 3616 "gen/proxy.c"
	goto tr216;
tr216:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st213;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
#line 3629 "gen/proxy.c"
	goto tr217;
tr217:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st214;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
#line 3642 "gen/proxy.c"
	goto tr218;
tr218:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st215;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
#line 3655 "gen/proxy.c"
	goto tr219;
tr219:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st216;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
#line 3668 "gen/proxy.c"
	goto tr220;
tr220:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st217;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
#line 3681 "gen/proxy.c"
	goto tr221;
tr221:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st218;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
#line 3694 "gen/proxy.c"
	goto tr222;
tr222:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st219;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
#line 3707 "gen/proxy.c"
	goto tr223;
tr223:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st220;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
#line 3720 "gen/proxy.c"
	goto tr224;
tr224:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
#line 3733 "gen/proxy.c"
	goto tr225;
tr225:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
#line 3746 "gen/proxy.c"
	goto tr226;
tr226:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st223;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
#line 3759 "gen/proxy.c"
	goto tr227;
tr227:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st224;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
#line 3772 "gen/proxy.c"
	goto tr228;
tr228:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st225;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
#line 3785 "gen/proxy.c"
	goto tr229;
tr229:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st226;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
#line 3798 "gen/proxy.c"
	goto tr230;
tr230:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st227;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
#line 3811 "gen/proxy.c"
	goto tr231;
tr231:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st228;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
#line 3824 "gen/proxy.c"
	goto tr232;
tr232:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
#line 3837 "gen/proxy.c"
	goto tr233;
tr233:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
#line 3850 "gen/proxy.c"
	goto tr234;
tr234:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st231;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
#line 3863 "gen/proxy.c"
	goto tr235;
tr235:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st232;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
#line 3876 "gen/proxy.c"
	goto tr236;
tr236:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st233;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
#line 3889 "gen/proxy.c"
	goto tr237;
tr237:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st234;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
#line 3902 "gen/proxy.c"
	goto tr238;
tr238:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st235;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
#line 3915 "gen/proxy.c"
	goto tr239;
tr239:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st236;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
#line 3928 "gen/proxy.c"
	goto tr240;
tr240:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st237;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
#line 3941 "gen/proxy.c"
	goto tr241;
tr241:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st238;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
#line 3954 "gen/proxy.c"
	goto tr242;
tr242:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st239;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
#line 3967 "gen/proxy.c"
	goto tr243;
tr243:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st240;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
#line 3980 "gen/proxy.c"
	goto tr244;
tr244:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st241;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
#line 3993 "gen/proxy.c"
	goto tr245;
tr245:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st242;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
#line 4006 "gen/proxy.c"
	goto tr246;
tr246:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st243;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
#line 4019 "gen/proxy.c"
	goto tr247;
tr247:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st244;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
#line 4032 "gen/proxy.c"
	goto tr248;
tr248:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st245;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
#line 4045 "gen/proxy.c"
	goto tr249;
tr249:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st246;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
#line 4058 "gen/proxy.c"
	goto tr250;
tr250:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st247;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
#line 4071 "gen/proxy.c"
	goto tr251;
tr251:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st248;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
#line 4084 "gen/proxy.c"
	goto tr252;
tr252:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st249;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
#line 4097 "gen/proxy.c"
	goto tr253;
tr253:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st250;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
#line 4110 "gen/proxy.c"
	goto tr254;
tr254:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st251;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
#line 4123 "gen/proxy.c"
	goto tr255;
tr255:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st252;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
#line 4136 "gen/proxy.c"
	goto tr256;
tr256:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st253;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
#line 4149 "gen/proxy.c"
	goto tr257;
tr257:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st254;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
#line 4162 "gen/proxy.c"
	goto tr258;
tr258:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st255;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
#line 4175 "gen/proxy.c"
	goto tr259;
tr259:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st256;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
#line 4188 "gen/proxy.c"
	goto tr260;
tr260:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st257;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
#line 4201 "gen/proxy.c"
	goto tr261;
tr261:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st258;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
#line 4214 "gen/proxy.c"
	goto tr262;
tr262:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st259;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
#line 4227 "gen/proxy.c"
	goto tr263;
tr263:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st260;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
#line 4240 "gen/proxy.c"
	goto tr264;
tr264:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st261;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
#line 4253 "gen/proxy.c"
	goto tr265;
tr265:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st262;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
#line 4266 "gen/proxy.c"
	goto tr266;
tr266:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st263;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
#line 4279 "gen/proxy.c"
	goto tr267;
tr267:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st264;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
#line 4292 "gen/proxy.c"
	goto tr268;
tr268:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st265;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
#line 4305 "gen/proxy.c"
	goto tr269;
tr269:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st266;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
#line 4318 "gen/proxy.c"
	goto tr270;
tr270:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st267;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
#line 4331 "gen/proxy.c"
	goto tr271;
tr271:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st268;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
#line 4344 "gen/proxy.c"
	goto tr272;
tr272:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st269;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
#line 4357 "gen/proxy.c"
	goto tr273;
tr273:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st270;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
#line 4370 "gen/proxy.c"
	goto tr274;
tr274:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st271;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
#line 4383 "gen/proxy.c"
	goto tr275;
tr275:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st272;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
#line 4396 "gen/proxy.c"
	goto tr276;
tr276:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st273;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
#line 4409 "gen/proxy.c"
	goto tr277;
tr277:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st274;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
#line 4422 "gen/proxy.c"
	goto tr278;
tr278:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st275;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
#line 4435 "gen/proxy.c"
	goto tr279;
tr279:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st276;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
#line 4448 "gen/proxy.c"
	goto tr280;
tr280:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st277;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
#line 4461 "gen/proxy.c"
	goto tr281;
tr281:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st278;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
#line 4474 "gen/proxy.c"
	goto tr282;
tr282:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st279;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
#line 4487 "gen/proxy.c"
	goto tr283;
tr283:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st280;
st280:
	if ( ++p == pe )
		goto _test_eof280;
case 280:
#line 4500 "gen/proxy.c"
	goto tr284;
tr284:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st281;
st281:
	if ( ++p == pe )
		goto _test_eof281;
case 281:
#line 4513 "gen/proxy.c"
	goto tr285;
tr285:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st282;
st282:
	if ( ++p == pe )
		goto _test_eof282;
case 282:
#line 4526 "gen/proxy.c"
	goto tr286;
tr286:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st283;
st283:
	if ( ++p == pe )
		goto _test_eof283;
case 283:
#line 4539 "gen/proxy.c"
	goto tr287;
tr287:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st284;
st284:
	if ( ++p == pe )
		goto _test_eof284;
case 284:
#line 4552 "gen/proxy.c"
	goto tr288;
tr288:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st285;
st285:
	if ( ++p == pe )
		goto _test_eof285;
case 285:
#line 4565 "gen/proxy.c"
	goto tr289;
tr289:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st286;
st286:
	if ( ++p == pe )
		goto _test_eof286;
case 286:
#line 4578 "gen/proxy.c"
	goto tr290;
tr290:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st287;
st287:
	if ( ++p == pe )
		goto _test_eof287;
case 287:
#line 4591 "gen/proxy.c"
	goto tr291;
tr291:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st288;
st288:
	if ( ++p == pe )
		goto _test_eof288;
case 288:
#line 4604 "gen/proxy.c"
	goto tr292;
tr292:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st289;
st289:
	if ( ++p == pe )
		goto _test_eof289;
case 289:
#line 4617 "gen/proxy.c"
	goto tr293;
tr293:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st290;
st290:
	if ( ++p == pe )
		goto _test_eof290;
case 290:
#line 4630 "gen/proxy.c"
	goto tr294;
tr294:
#line 287 "grammar/proxy.rl"
	{
        if ((*p) == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
	goto st291;
st291:
	if ( ++p == pe )
		goto _test_eof291;
case 291:
#line 4643 "gen/proxy.c"
	goto tr295;
tr2:
#line 142 "grammar/proxy.rl"
	{
        ps->hdr.version = 1;
        ps->limit = MXQ_PROXY_V1_MAX;
    }
	goto st292;
st292:
	if ( ++p == pe )
		goto _test_eof292;
case 292:
#line 4654 "gen/proxy.c"
	if ( (*p) == 82u )
		goto st293;
	goto st0;
st293:
	if ( ++p == pe )
		goto _test_eof293;
case 293:
	if ( (*p) == 79u )
		goto st294;
	goto st0;
st294:
	if ( ++p == pe )
		goto _test_eof294;
case 294:
	if ( (*p) == 88u )
		goto st295;
	goto st0;
st295:
	if ( ++p == pe )
		goto _test_eof295;
case 295:
	if ( (*p) == 89u )
		goto st296;
	goto st0;
st296:
	if ( ++p == pe )
		goto _test_eof296;
case 296:
	if ( (*p) == 32u )
		goto st297;
	goto st0;
st297:
	if ( ++p == pe )
		goto _test_eof297;
case 297:
	switch( (*p) ) {
		case 84u: goto st298;
		case 85u: goto st738;
	}
	goto st0;
st298:
	if ( ++p == pe )
		goto _test_eof298;
case 298:
	if ( (*p) == 67u )
		goto st299;
	goto st0;
st299:
	if ( ++p == pe )
		goto _test_eof299;
case 299:
	if ( (*p) == 80u )
		goto st300;
	goto st0;
st300:
	if ( ++p == pe )
		goto _test_eof300;
case 300:
	switch( (*p) ) {
		case 52u: goto tr305;
		case 54u: goto tr306;
	}
	goto st0;
tr305:
#line 146 "grammar/proxy.rl"
	{
        ps->hdr.command = MXQ_PROXY_CMD_PROXY;
        ps->hdr.family = MXQ_PROXY_AF_INET;
    }
	goto st301;
st301:
	if ( ++p == pe )
		goto _test_eof301;
case 301:
#line 4727 "gen/proxy.c"
	if ( (*p) == 32u )
		goto st302;
	goto st0;
st302:
	if ( ++p == pe )
		goto _test_eof302;
case 302:
	switch( (*p) ) {
		case 48u: goto tr308;
		case 49u: goto tr309;
		case 50u: goto tr310;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr311;
	goto st0;
tr308:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st303;
tr395:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st303;
st303:
	if ( ++p == pe )
		goto _test_eof303;
case 303:
#line 4755 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr312;
	goto st0;
tr312:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st304;
st304:
	if ( ++p == pe )
		goto _test_eof304;
case 304:
#line 4768 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr313;
		case 49u: goto tr314;
		case 50u: goto tr315;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr316;
	goto st0;
tr313:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st305;
tr392:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st305;
st305:
	if ( ++p == pe )
		goto _test_eof305;
case 305:
#line 4787 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr317;
	goto st0;
tr317:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st306;
st306:
	if ( ++p == pe )
		goto _test_eof306;
case 306:
#line 4800 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr318;
		case 49u: goto tr319;
		case 50u: goto tr320;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr321;
	goto st0;
tr318:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st307;
tr389:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st307;
st307:
	if ( ++p == pe )
		goto _test_eof307;
case 307:
#line 4819 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr322;
	goto st0;
tr322:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st308;
st308:
	if ( ++p == pe )
		goto _test_eof308;
case 308:
#line 4832 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr323;
		case 49u: goto tr324;
		case 50u: goto tr325;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr326;
	goto st0;
tr323:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st309;
tr386:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st309;
st309:
	if ( ++p == pe )
		goto _test_eof309;
case 309:
#line 4851 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr327;
	goto st0;
tr327:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
#line 176 "grammar/proxy.rl"
	{
        memcpy(ps->hdr.src.ip, ps->quad, 4);
        ps->hdr.src.text = slice(ps->mark, p);
    }
	goto st310;
st310:
	if ( ++p == pe )
		goto _test_eof310;
case 310:
#line 4868 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr328;
		case 49u: goto tr329;
		case 50u: goto tr330;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr331;
	goto st0;
tr328:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st311;
tr383:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st311;
st311:
	if ( ++p == pe )
		goto _test_eof311;
case 311:
#line 4889 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr332;
	goto st0;
tr332:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st312;
st312:
	if ( ++p == pe )
		goto _test_eof312;
case 312:
#line 4902 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr333;
		case 49u: goto tr334;
		case 50u: goto tr335;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr336;
	goto st0;
tr333:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st313;
tr380:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st313;
st313:
	if ( ++p == pe )
		goto _test_eof313;
case 313:
#line 4921 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr337;
	goto st0;
tr337:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st314;
st314:
	if ( ++p == pe )
		goto _test_eof314;
case 314:
#line 4934 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr338;
		case 49u: goto tr339;
		case 50u: goto tr340;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr341;
	goto st0;
tr338:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st315;
tr377:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st315;
st315:
	if ( ++p == pe )
		goto _test_eof315;
case 315:
#line 4953 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr342;
	goto st0;
tr342:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st316;
st316:
	if ( ++p == pe )
		goto _test_eof316;
case 316:
#line 4966 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr343;
		case 49u: goto tr344;
		case 50u: goto tr345;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr346;
	goto st0;
tr343:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st317;
tr374:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st317;
st317:
	if ( ++p == pe )
		goto _test_eof317;
case 317:
#line 4985 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr347;
	goto st0;
tr347:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
#line 180 "grammar/proxy.rl"
	{
        memcpy(ps->hdr.dst.ip, ps->quad, 4);
        ps->hdr.dst.text = slice(ps->mark, p);
    }
	goto st318;
tr557:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
#line 189 "grammar/proxy.rl"
	{
        if (!ipv6_finish(ps, ps->hdr.dst.ip))
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->hdr.dst.text = slice(ps->mark, p);
    }
	goto st318;
tr575:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
#line 189 "grammar/proxy.rl"
	{
        if (!ipv6_finish(ps, ps->hdr.dst.ip))
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->hdr.dst.text = slice(ps->mark, p);
    }
	goto st318;
tr583:
#line 189 "grammar/proxy.rl"
	{
        if (!ipv6_finish(ps, ps->hdr.dst.ip))
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->hdr.dst.text = slice(ps->mark, p);
    }
	goto st318;
st318:
	if ( ++p == pe )
		goto _test_eof318;
case 318:
#line 5031 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr348;
		case 54u: goto tr350;
	}
	if ( (*p) > 53u ) {
		if ( 55u <= (*p) && (*p) <= 57u )
			goto tr351;
	} else if ( (*p) >= 49u )
		goto tr349;
	goto st0;
tr348:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 195 "grammar/proxy.rl"
	{ ps->port = 0; }
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st319;
tr369:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st319;
st319:
	if ( ++p == pe )
		goto _test_eof319;
case 319:
#line 5053 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr352;
	goto st0;
tr352:
#line 197 "grammar/proxy.rl"
	{
        ps->hdr.src.port = (uint16_t)ps->port;
        ps->hdr.src.port_text = slice(ps->mark, p);
    }
	goto st320;
st320:
	if ( ++p == pe )
		goto _test_eof320;
case 320:
#line 5066 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr353;
		case 54u: goto tr355;
	}
	if ( (*p) > 53u ) {
		if ( 55u <= (*p) && (*p) <= 57u )
			goto tr356;
	} else if ( (*p) >= 49u )
		goto tr354;
	goto st0;
tr353:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 195 "grammar/proxy.rl"
	{ ps->port = 0; }
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st321;
tr362:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st321;
st321:
	if ( ++p == pe )
		goto _test_eof321;
case 321:
#line 5088 "gen/proxy.c"
	if ( (*p) == 13u )
		goto tr357;
	goto st0;
tr357:
#line 201 "grammar/proxy.rl"
	{
        ps->hdr.dst.port = (uint16_t)ps->port;
        ps->hdr.dst.port_text = slice(ps->mark, p);
    }
	goto st322;
st322:
	if ( ++p == pe )
		goto _test_eof322;
case 322:
#line 5101 "gen/proxy.c"
	if ( (*p) == 10u )
		goto tr358;
	goto st0;
tr358:
#line 155 "grammar/proxy.rl"
	{ ps->line_done = true; {p++;  ps->cs = 750; goto _out;} }
	goto st750;
st750:
	if ( ++p == pe )
		goto _test_eof750;
case 750:
#line 5111 "gen/proxy.c"
	goto st0;
tr354:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 195 "grammar/proxy.rl"
	{ ps->port = 0; }
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st323;
st323:
	if ( ++p == pe )
		goto _test_eof323;
case 323:
#line 5121 "gen/proxy.c"
	if ( (*p) == 13u )
		goto tr357;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr359;
	goto st0;
tr356:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 195 "grammar/proxy.rl"
	{ ps->port = 0; }
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st324;
tr359:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st324;
st324:
	if ( ++p == pe )
		goto _test_eof324;
case 324:
#line 5138 "gen/proxy.c"
	if ( (*p) == 13u )
		goto tr357;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr360;
	goto st0;
tr360:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st325;
st325:
	if ( ++p == pe )
		goto _test_eof325;
case 325:
#line 5150 "gen/proxy.c"
	if ( (*p) == 13u )
		goto tr357;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr361;
	goto st0;
tr361:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st326;
st326:
	if ( ++p == pe )
		goto _test_eof326;
case 326:
#line 5162 "gen/proxy.c"
	if ( (*p) == 13u )
		goto tr357;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr362;
	goto st0;
tr355:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 195 "grammar/proxy.rl"
	{ ps->port = 0; }
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st327;
st327:
	if ( ++p == pe )
		goto _test_eof327;
case 327:
#line 5176 "gen/proxy.c"
	switch( (*p) ) {
		case 13u: goto tr357;
		case 53u: goto tr363;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr360;
	} else if ( (*p) >= 48u )
		goto tr359;
	goto st0;
tr363:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st328;
st328:
	if ( ++p == pe )
		goto _test_eof328;
case 328:
#line 5193 "gen/proxy.c"
	switch( (*p) ) {
		case 13u: goto tr357;
		case 53u: goto tr364;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr361;
	} else if ( (*p) >= 48u )
		goto tr360;
	goto st0;
tr364:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st329;
st329:
	if ( ++p == pe )
		goto _test_eof329;
case 329:
#line 5210 "gen/proxy.c"
	switch( (*p) ) {
		case 13u: goto tr357;
		case 51u: goto tr365;
	}
	if ( (*p) > 50u ) {
		if ( 52u <= (*p) && (*p) <= 57u )
			goto tr362;
	} else if ( (*p) >= 48u )
		goto tr361;
	goto st0;
tr365:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st330;
st330:
	if ( ++p == pe )
		goto _test_eof330;
case 330:
#line 5227 "gen/proxy.c"
	if ( (*p) == 13u )
		goto tr357;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr362;
	goto st0;
tr349:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 195 "grammar/proxy.rl"
	{ ps->port = 0; }
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st331;
st331:
	if ( ++p == pe )
		goto _test_eof331;
case 331:
#line 5241 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr352;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr366;
	goto st0;
tr351:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 195 "grammar/proxy.rl"
	{ ps->port = 0; }
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st332;
tr366:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st332;
st332:
	if ( ++p == pe )
		goto _test_eof332;
case 332:
#line 5258 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr352;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr367;
	goto st0;
tr367:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st333;
st333:
	if ( ++p == pe )
		goto _test_eof333;
case 333:
#line 5270 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr352;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr368;
	goto st0;
tr368:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st334;
st334:
	if ( ++p == pe )
		goto _test_eof334;
case 334:
#line 5282 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr352;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr369;
	goto st0;
tr350:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 195 "grammar/proxy.rl"
	{ ps->port = 0; }
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st335;
st335:
	if ( ++p == pe )
		goto _test_eof335;
case 335:
#line 5296 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr352;
		case 53u: goto tr370;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr367;
	} else if ( (*p) >= 48u )
		goto tr366;
	goto st0;
tr370:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st336;
st336:
	if ( ++p == pe )
		goto _test_eof336;
case 336:
#line 5313 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr352;
		case 53u: goto tr371;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr368;
	} else if ( (*p) >= 48u )
		goto tr367;
	goto st0;
tr371:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st337;
st337:
	if ( ++p == pe )
		goto _test_eof337;
case 337:
#line 5330 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr352;
		case 51u: goto tr372;
	}
	if ( (*p) > 50u ) {
		if ( 52u <= (*p) && (*p) <= 57u )
			goto tr369;
	} else if ( (*p) >= 48u )
		goto tr368;
	goto st0;
tr372:
#line 196 "grammar/proxy.rl"
	{ ps->port = ps->port * 10 + (unsigned)((*p) - '0'); }
	goto st338;
st338:
	if ( ++p == pe )
		goto _test_eof338;
case 338:
#line 5347 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr352;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr369;
	goto st0;
tr344:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st339;
st339:
	if ( ++p == pe )
		goto _test_eof339;
case 339:
#line 5360 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr347;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr373;
	goto st0;
tr346:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st340;
tr373:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st340;
st340:
	if ( ++p == pe )
		goto _test_eof340;
case 340:
#line 5376 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr347;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr374;
	goto st0;
tr345:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st341;
st341:
	if ( ++p == pe )
		goto _test_eof341;
case 341:
#line 5389 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr347;
		case 53u: goto tr375;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr374;
	} else if ( (*p) >= 48u )
		goto tr373;
	goto st0;
tr375:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st342;
st342:
	if ( ++p == pe )
		goto _test_eof342;
case 342:
#line 5406 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr347;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr374;
	goto st0;
tr339:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st343;
st343:
	if ( ++p == pe )
		goto _test_eof343;
case 343:
#line 5419 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr342;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr376;
	goto st0;
tr341:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st344;
tr376:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st344;
st344:
	if ( ++p == pe )
		goto _test_eof344;
case 344:
#line 5435 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr342;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr377;
	goto st0;
tr340:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st345;
st345:
	if ( ++p == pe )
		goto _test_eof345;
case 345:
#line 5448 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr342;
		case 53u: goto tr378;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr377;
	} else if ( (*p) >= 48u )
		goto tr376;
	goto st0;
tr378:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st346;
st346:
	if ( ++p == pe )
		goto _test_eof346;
case 346:
#line 5465 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr342;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr377;
	goto st0;
tr334:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st347;
st347:
	if ( ++p == pe )
		goto _test_eof347;
case 347:
#line 5478 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr337;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr379;
	goto st0;
tr336:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st348;
tr379:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st348;
st348:
	if ( ++p == pe )
		goto _test_eof348;
case 348:
#line 5494 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr337;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr380;
	goto st0;
tr335:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st349;
st349:
	if ( ++p == pe )
		goto _test_eof349;
case 349:
#line 5507 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr337;
		case 53u: goto tr381;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr380;
	} else if ( (*p) >= 48u )
		goto tr379;
	goto st0;
tr381:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st350;
st350:
	if ( ++p == pe )
		goto _test_eof350;
case 350:
#line 5524 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr337;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr380;
	goto st0;
tr329:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st351;
st351:
	if ( ++p == pe )
		goto _test_eof351;
case 351:
#line 5539 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr332;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr382;
	goto st0;
tr331:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st352;
tr382:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st352;
st352:
	if ( ++p == pe )
		goto _test_eof352;
case 352:
#line 5557 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr332;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr383;
	goto st0;
tr330:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st353;
st353:
	if ( ++p == pe )
		goto _test_eof353;
case 353:
#line 5572 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr332;
		case 53u: goto tr384;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr383;
	} else if ( (*p) >= 48u )
		goto tr382;
	goto st0;
tr384:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st354;
st354:
	if ( ++p == pe )
		goto _test_eof354;
case 354:
#line 5589 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr332;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr383;
	goto st0;
tr324:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st355;
st355:
	if ( ++p == pe )
		goto _test_eof355;
case 355:
#line 5602 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr327;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr385;
	goto st0;
tr326:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st356;
tr385:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st356;
st356:
	if ( ++p == pe )
		goto _test_eof356;
case 356:
#line 5618 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr327;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr386;
	goto st0;
tr325:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st357;
st357:
	if ( ++p == pe )
		goto _test_eof357;
case 357:
#line 5631 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr327;
		case 53u: goto tr387;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr386;
	} else if ( (*p) >= 48u )
		goto tr385;
	goto st0;
tr387:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st358;
st358:
	if ( ++p == pe )
		goto _test_eof358;
case 358:
#line 5648 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr327;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr386;
	goto st0;
tr319:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st359;
st359:
	if ( ++p == pe )
		goto _test_eof359;
case 359:
#line 5661 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr322;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr388;
	goto st0;
tr321:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st360;
tr388:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st360;
st360:
	if ( ++p == pe )
		goto _test_eof360;
case 360:
#line 5677 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr322;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr389;
	goto st0;
tr320:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st361;
st361:
	if ( ++p == pe )
		goto _test_eof361;
case 361:
#line 5690 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr322;
		case 53u: goto tr390;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr389;
	} else if ( (*p) >= 48u )
		goto tr388;
	goto st0;
tr390:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st362;
st362:
	if ( ++p == pe )
		goto _test_eof362;
case 362:
#line 5707 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr322;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr389;
	goto st0;
tr314:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st363;
st363:
	if ( ++p == pe )
		goto _test_eof363;
case 363:
#line 5720 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr317;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr391;
	goto st0;
tr316:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st364;
tr391:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st364;
st364:
	if ( ++p == pe )
		goto _test_eof364;
case 364:
#line 5736 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr317;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr392;
	goto st0;
tr315:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st365;
st365:
	if ( ++p == pe )
		goto _test_eof365;
case 365:
#line 5749 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr317;
		case 53u: goto tr393;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr392;
	} else if ( (*p) >= 48u )
		goto tr391;
	goto st0;
tr393:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st366;
st366:
	if ( ++p == pe )
		goto _test_eof366;
case 366:
#line 5766 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr317;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr392;
	goto st0;
tr309:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st367;
st367:
	if ( ++p == pe )
		goto _test_eof367;
case 367:
#line 5781 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr312;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr394;
	goto st0;
tr311:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st368;
tr394:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st368;
st368:
	if ( ++p == pe )
		goto _test_eof368;
case 368:
#line 5799 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr312;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr395;
	goto st0;
tr310:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st369;
st369:
	if ( ++p == pe )
		goto _test_eof369;
case 369:
#line 5814 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr312;
		case 53u: goto tr396;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr395;
	} else if ( (*p) >= 48u )
		goto tr394;
	goto st0;
tr396:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st370;
st370:
	if ( ++p == pe )
		goto _test_eof370;
case 370:
#line 5831 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr312;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr395;
	goto st0;
tr306:
#line 150 "grammar/proxy.rl"
	{
        ps->hdr.command = MXQ_PROXY_CMD_PROXY;
        ps->hdr.family = MXQ_PROXY_AF_INET6;
    }
	goto st371;
st371:
	if ( ++p == pe )
		goto _test_eof371;
case 371:
#line 5846 "gen/proxy.c"
	if ( (*p) == 32u )
		goto st372;
	goto st0;
st372:
	if ( ++p == pe )
		goto _test_eof372;
case 372:
	if ( (*p) == 58u )
		goto tr399;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr398;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr398;
	} else
		goto tr398;
	goto st0;
tr398:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 167 "grammar/proxy.rl"
	{ ps->ngroups = 0; ps->dcolon = -1; ps->nquad = 0; }
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st373;
st373:
	if ( ++p == pe )
		goto _test_eof373;
case 373:
#line 5874 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr401;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr400;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr400;
	} else
		goto tr400;
	goto st0;
tr400:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st374;
st374:
	if ( ++p == pe )
		goto _test_eof374;
case 374:
#line 5892 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr401;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr402;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr402;
	} else
		goto tr402;
	goto st0;
tr402:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st375;
st375:
	if ( ++p == pe )
		goto _test_eof375;
case 375:
#line 5910 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr401;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr403;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr403;
	} else
		goto tr403;
	goto st0;
tr403:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st376;
st376:
	if ( ++p == pe )
		goto _test_eof376;
case 376:
#line 5928 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr401;
	goto st0;
tr401:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st377;
st377:
	if ( ++p == pe )
		goto _test_eof377;
case 377:
#line 5941 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr404;
		case 49u: goto tr405;
		case 50u: goto tr406;
		case 58u: goto tr408;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr407;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr409;
	} else
		goto tr409;
	goto st0;
tr404:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st378;
tr409:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st378;
st378:
	if ( ++p == pe )
		goto _test_eof378;
case 378:
#line 5971 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr411;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr410;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr410;
	} else
		goto tr410;
	goto st0;
tr410:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st379;
tr788:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st379;
st379:
	if ( ++p == pe )
		goto _test_eof379;
case 379:
#line 5993 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr411;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr412;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr412;
	} else
		goto tr412;
	goto st0;
tr412:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st380;
tr786:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st380;
st380:
	if ( ++p == pe )
		goto _test_eof380;
case 380:
#line 6015 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr411;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr413;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr413;
	} else
		goto tr413;
	goto st0;
tr413:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st381;
st381:
	if ( ++p == pe )
		goto _test_eof381;
case 381:
#line 6033 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr411;
	goto st0;
tr411:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st382;
st382:
	if ( ++p == pe )
		goto _test_eof382;
case 382:
#line 6046 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr414;
		case 49u: goto tr415;
		case 50u: goto tr416;
		case 58u: goto tr418;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr417;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr419;
	} else
		goto tr419;
	goto st0;
tr414:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st383;
tr419:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st383;
st383:
	if ( ++p == pe )
		goto _test_eof383;
case 383:
#line 6076 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr421;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr420;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr420;
	} else
		goto tr420;
	goto st0;
tr420:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st384;
tr771:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st384;
st384:
	if ( ++p == pe )
		goto _test_eof384;
case 384:
#line 6098 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr421;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr422;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr422;
	} else
		goto tr422;
	goto st0;
tr422:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st385;
tr769:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st385;
st385:
	if ( ++p == pe )
		goto _test_eof385;
case 385:
#line 6120 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr421;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr423;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr423:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st386;
st386:
	if ( ++p == pe )
		goto _test_eof386;
case 386:
#line 6138 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr421;
	goto st0;
tr421:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st387;
st387:
	if ( ++p == pe )
		goto _test_eof387;
case 387:
#line 6151 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr424;
		case 49u: goto tr425;
		case 50u: goto tr426;
		case 58u: goto tr428;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr427;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr429;
	} else
		goto tr429;
	goto st0;
tr424:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st388;
tr429:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st388;
st388:
	if ( ++p == pe )
		goto _test_eof388;
case 388:
#line 6181 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr431;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr430;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr430;
	} else
		goto tr430;
	goto st0;
tr430:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st389;
tr754:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st389;
st389:
	if ( ++p == pe )
		goto _test_eof389;
case 389:
#line 6203 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr431;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr432;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr432;
	} else
		goto tr432;
	goto st0;
tr432:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st390;
tr752:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st390;
st390:
	if ( ++p == pe )
		goto _test_eof390;
case 390:
#line 6225 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr431;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr433;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr433;
	} else
		goto tr433;
	goto st0;
tr433:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st391;
st391:
	if ( ++p == pe )
		goto _test_eof391;
case 391:
#line 6243 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr431;
	goto st0;
tr431:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st392;
st392:
	if ( ++p == pe )
		goto _test_eof392;
case 392:
#line 6256 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr434;
		case 49u: goto tr435;
		case 50u: goto tr436;
		case 58u: goto tr438;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr437;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr439;
	} else
		goto tr439;
	goto st0;
tr434:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st393;
tr439:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st393;
st393:
	if ( ++p == pe )
		goto _test_eof393;
case 393:
#line 6286 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr441;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr440;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr440;
	} else
		goto tr440;
	goto st0;
tr440:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st394;
tr737:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st394;
st394:
	if ( ++p == pe )
		goto _test_eof394;
case 394:
#line 6308 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr441;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr442;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr442;
	} else
		goto tr442;
	goto st0;
tr442:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st395;
tr735:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st395;
st395:
	if ( ++p == pe )
		goto _test_eof395;
case 395:
#line 6330 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr441;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr443;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr443;
	} else
		goto tr443;
	goto st0;
tr443:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st396;
st396:
	if ( ++p == pe )
		goto _test_eof396;
case 396:
#line 6348 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr441;
	goto st0;
tr441:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st397;
st397:
	if ( ++p == pe )
		goto _test_eof397;
case 397:
#line 6361 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr444;
		case 49u: goto tr445;
		case 50u: goto tr446;
		case 58u: goto tr448;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr447;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr449;
	} else
		goto tr449;
	goto st0;
tr444:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st398;
tr449:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st398;
st398:
	if ( ++p == pe )
		goto _test_eof398;
case 398:
#line 6391 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr451;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr450;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr450;
	} else
		goto tr450;
	goto st0;
tr450:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st399;
tr720:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st399;
st399:
	if ( ++p == pe )
		goto _test_eof399;
case 399:
#line 6413 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr451;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr452;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr452;
	} else
		goto tr452;
	goto st0;
tr452:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st400;
tr718:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st400;
st400:
	if ( ++p == pe )
		goto _test_eof400;
case 400:
#line 6435 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr451;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr453;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr453;
	} else
		goto tr453;
	goto st0;
tr453:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st401;
st401:
	if ( ++p == pe )
		goto _test_eof401;
case 401:
#line 6453 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr451;
	goto st0;
tr451:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st402;
st402:
	if ( ++p == pe )
		goto _test_eof402;
case 402:
#line 6466 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr454;
		case 49u: goto tr455;
		case 50u: goto tr456;
		case 58u: goto tr458;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr457;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr459;
	} else
		goto tr459;
	goto st0;
tr454:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st403;
st403:
	if ( ++p == pe )
		goto _test_eof403;
case 403:
#line 6492 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr460;
		case 58u: goto tr462;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr461;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr461;
	} else
		goto tr461;
	goto st0;
tr460:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st404;
st404:
	if ( ++p == pe )
		goto _test_eof404;
case 404:
#line 6515 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr463;
		case 49u: goto tr464;
		case 50u: goto tr465;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr466;
	goto st0;
tr463:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st405;
tr694:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st405;
st405:
	if ( ++p == pe )
		goto _test_eof405;
case 405:
#line 6534 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr467;
	goto st0;
tr467:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st406;
st406:
	if ( ++p == pe )
		goto _test_eof406;
case 406:
#line 6547 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr468;
		case 49u: goto tr469;
		case 50u: goto tr470;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr471;
	goto st0;
tr468:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st407;
tr691:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st407;
st407:
	if ( ++p == pe )
		goto _test_eof407;
case 407:
#line 6566 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr472;
	goto st0;
tr472:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st408;
st408:
	if ( ++p == pe )
		goto _test_eof408;
case 408:
#line 6579 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr473;
		case 49u: goto tr474;
		case 50u: goto tr475;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr476;
	goto st0;
tr473:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st409;
tr688:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st409;
st409:
	if ( ++p == pe )
		goto _test_eof409;
case 409:
#line 6598 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr477;
	goto st0;
tr477:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
#line 184 "grammar/proxy.rl"
	{
        if (!ipv6_finish(ps, ps->hdr.src.ip))
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->hdr.src.text = slice(ps->mark, p);
    }
	goto st410;
tr704:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
#line 184 "grammar/proxy.rl"
	{
        if (!ipv6_finish(ps, ps->hdr.src.ip))
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->hdr.src.text = slice(ps->mark, p);
    }
	goto st410;
tr712:
#line 184 "grammar/proxy.rl"
	{
        if (!ipv6_finish(ps, ps->hdr.src.ip))
            { ps->cs = (mxq_proxy_error);goto _again;}
        ps->hdr.src.text = slice(ps->mark, p);
    }
	goto st410;
st410:
	if ( ++p == pe )
		goto _test_eof410;
case 410:
#line 6634 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr479;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr478;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr478;
	} else
		goto tr478;
	goto st0;
tr478:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 167 "grammar/proxy.rl"
	{ ps->ngroups = 0; ps->dcolon = -1; ps->nquad = 0; }
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st411;
st411:
	if ( ++p == pe )
		goto _test_eof411;
case 411:
#line 6655 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr481;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr480;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr480;
	} else
		goto tr480;
	goto st0;
tr480:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st412;
st412:
	if ( ++p == pe )
		goto _test_eof412;
case 412:
#line 6673 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr481;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr482;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr482;
	} else
		goto tr482;
	goto st0;
tr482:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st413;
st413:
	if ( ++p == pe )
		goto _test_eof413;
case 413:
#line 6691 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr481;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr483;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr483;
	} else
		goto tr483;
	goto st0;
tr483:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st414;
st414:
	if ( ++p == pe )
		goto _test_eof414;
case 414:
#line 6709 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr481;
	goto st0;
tr481:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st415;
st415:
	if ( ++p == pe )
		goto _test_eof415;
case 415:
#line 6722 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr484;
		case 49u: goto tr485;
		case 50u: goto tr486;
		case 58u: goto tr488;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr487;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr489;
	} else
		goto tr489;
	goto st0;
tr484:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st416;
tr489:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st416;
st416:
	if ( ++p == pe )
		goto _test_eof416;
case 416:
#line 6752 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr491;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr490;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr490;
	} else
		goto tr490;
	goto st0;
tr490:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st417;
tr659:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st417;
st417:
	if ( ++p == pe )
		goto _test_eof417;
case 417:
#line 6774 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr491;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr492;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr492;
	} else
		goto tr492;
	goto st0;
tr492:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st418;
tr657:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st418;
st418:
	if ( ++p == pe )
		goto _test_eof418;
case 418:
#line 6796 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr491;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr493;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr493;
	} else
		goto tr493;
	goto st0;
tr493:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st419;
st419:
	if ( ++p == pe )
		goto _test_eof419;
case 419:
#line 6814 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr491;
	goto st0;
tr491:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st420;
st420:
	if ( ++p == pe )
		goto _test_eof420;
case 420:
#line 6827 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr494;
		case 49u: goto tr495;
		case 50u: goto tr496;
		case 58u: goto tr498;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr497;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr499;
	} else
		goto tr499;
	goto st0;
tr494:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st421;
tr499:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st421;
st421:
	if ( ++p == pe )
		goto _test_eof421;
case 421:
#line 6857 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr501;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr500;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr500;
	} else
		goto tr500;
	goto st0;
tr500:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st422;
tr642:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st422;
st422:
	if ( ++p == pe )
		goto _test_eof422;
case 422:
#line 6879 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr501;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr502;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr502;
	} else
		goto tr502;
	goto st0;
tr502:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st423;
tr640:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st423;
st423:
	if ( ++p == pe )
		goto _test_eof423;
case 423:
#line 6901 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr501;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr503;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr503;
	} else
		goto tr503;
	goto st0;
tr503:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st424;
st424:
	if ( ++p == pe )
		goto _test_eof424;
case 424:
#line 6919 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr501;
	goto st0;
tr501:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st425;
st425:
	if ( ++p == pe )
		goto _test_eof425;
case 425:
#line 6932 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr504;
		case 49u: goto tr505;
		case 50u: goto tr506;
		case 58u: goto tr508;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr507;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr509;
	} else
		goto tr509;
	goto st0;
tr504:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st426;
tr509:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st426;
st426:
	if ( ++p == pe )
		goto _test_eof426;
case 426:
#line 6962 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr511;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr510;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr510;
	} else
		goto tr510;
	goto st0;
tr510:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st427;
tr625:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st427;
st427:
	if ( ++p == pe )
		goto _test_eof427;
case 427:
#line 6984 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr511;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr512;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr512;
	} else
		goto tr512;
	goto st0;
tr512:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st428;
tr623:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st428;
st428:
	if ( ++p == pe )
		goto _test_eof428;
case 428:
#line 7006 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr511;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr513;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr513;
	} else
		goto tr513;
	goto st0;
tr513:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st429;
st429:
	if ( ++p == pe )
		goto _test_eof429;
case 429:
#line 7024 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr511;
	goto st0;
tr511:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st430;
st430:
	if ( ++p == pe )
		goto _test_eof430;
case 430:
#line 7037 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr514;
		case 49u: goto tr515;
		case 50u: goto tr516;
		case 58u: goto tr518;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr517;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr519;
	} else
		goto tr519;
	goto st0;
tr514:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st431;
tr519:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st431;
st431:
	if ( ++p == pe )
		goto _test_eof431;
case 431:
#line 7067 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr521;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr520;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr520;
	} else
		goto tr520;
	goto st0;
tr520:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st432;
tr608:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st432;
st432:
	if ( ++p == pe )
		goto _test_eof432;
case 432:
#line 7089 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr521;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr522;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr522;
	} else
		goto tr522;
	goto st0;
tr522:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st433;
tr606:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st433;
st433:
	if ( ++p == pe )
		goto _test_eof433;
case 433:
#line 7111 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr521;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr523;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr523;
	} else
		goto tr523;
	goto st0;
tr523:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st434;
st434:
	if ( ++p == pe )
		goto _test_eof434;
case 434:
#line 7129 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr521;
	goto st0;
tr521:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st435;
st435:
	if ( ++p == pe )
		goto _test_eof435;
case 435:
#line 7142 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr524;
		case 49u: goto tr525;
		case 50u: goto tr526;
		case 58u: goto tr528;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr527;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr529;
	} else
		goto tr529;
	goto st0;
tr524:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st436;
tr529:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st436;
st436:
	if ( ++p == pe )
		goto _test_eof436;
case 436:
#line 7172 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr531;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr530;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr530;
	} else
		goto tr530;
	goto st0;
tr530:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st437;
tr591:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st437;
st437:
	if ( ++p == pe )
		goto _test_eof437;
case 437:
#line 7194 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr531;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr532;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr532;
	} else
		goto tr532;
	goto st0;
tr532:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st438;
tr589:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st438;
st438:
	if ( ++p == pe )
		goto _test_eof438;
case 438:
#line 7216 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr531;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr533;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr533;
	} else
		goto tr533;
	goto st0;
tr533:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st439;
st439:
	if ( ++p == pe )
		goto _test_eof439;
case 439:
#line 7234 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr531;
	goto st0;
tr531:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st440;
st440:
	if ( ++p == pe )
		goto _test_eof440;
case 440:
#line 7247 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr534;
		case 49u: goto tr535;
		case 50u: goto tr536;
		case 58u: goto tr538;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr537;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr539;
	} else
		goto tr539;
	goto st0;
tr534:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st441;
st441:
	if ( ++p == pe )
		goto _test_eof441;
case 441:
#line 7273 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr540;
		case 58u: goto tr542;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr541;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr541;
	} else
		goto tr541;
	goto st0;
tr540:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st442;
st442:
	if ( ++p == pe )
		goto _test_eof442;
case 442:
#line 7296 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr543;
		case 49u: goto tr544;
		case 50u: goto tr545;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr546;
	goto st0;
tr543:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st443;
tr565:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st443;
st443:
	if ( ++p == pe )
		goto _test_eof443;
case 443:
#line 7315 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr547;
	goto st0;
tr547:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st444;
st444:
	if ( ++p == pe )
		goto _test_eof444;
case 444:
#line 7328 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr548;
		case 49u: goto tr549;
		case 50u: goto tr550;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr551;
	goto st0;
tr548:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st445;
tr562:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st445;
st445:
	if ( ++p == pe )
		goto _test_eof445;
case 445:
#line 7347 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr552;
	goto st0;
tr552:
#line 162 "grammar/proxy.rl"
	{
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }
	goto st446;
st446:
	if ( ++p == pe )
		goto _test_eof446;
case 446:
#line 7360 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr553;
		case 49u: goto tr554;
		case 50u: goto tr555;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr556;
	goto st0;
tr553:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st447;
tr559:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st447;
st447:
	if ( ++p == pe )
		goto _test_eof447;
case 447:
#line 7379 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr557;
	goto st0;
tr554:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st448;
st448:
	if ( ++p == pe )
		goto _test_eof448;
case 448:
#line 7390 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr557;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr558;
	goto st0;
tr556:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st449;
tr558:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st449;
st449:
	if ( ++p == pe )
		goto _test_eof449;
case 449:
#line 7406 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr557;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr559;
	goto st0;
tr555:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st450;
st450:
	if ( ++p == pe )
		goto _test_eof450;
case 450:
#line 7419 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr557;
		case 53u: goto tr560;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr559;
	} else if ( (*p) >= 48u )
		goto tr558;
	goto st0;
tr560:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st451;
st451:
	if ( ++p == pe )
		goto _test_eof451;
case 451:
#line 7436 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr557;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr559;
	goto st0;
tr549:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st452;
st452:
	if ( ++p == pe )
		goto _test_eof452;
case 452:
#line 7449 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr552;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr561;
	goto st0;
tr551:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st453;
tr561:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st453;
st453:
	if ( ++p == pe )
		goto _test_eof453;
case 453:
#line 7465 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr552;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr562;
	goto st0;
tr550:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st454;
st454:
	if ( ++p == pe )
		goto _test_eof454;
case 454:
#line 7478 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr552;
		case 53u: goto tr563;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr562;
	} else if ( (*p) >= 48u )
		goto tr561;
	goto st0;
tr563:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st455;
st455:
	if ( ++p == pe )
		goto _test_eof455;
case 455:
#line 7495 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr552;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr562;
	goto st0;
tr544:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st456;
st456:
	if ( ++p == pe )
		goto _test_eof456;
case 456:
#line 7508 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr547;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr564;
	goto st0;
tr546:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st457;
tr564:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st457;
st457:
	if ( ++p == pe )
		goto _test_eof457;
case 457:
#line 7524 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr547;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr565;
	goto st0;
tr545:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st458;
st458:
	if ( ++p == pe )
		goto _test_eof458;
case 458:
#line 7537 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr547;
		case 53u: goto tr566;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr565;
	} else if ( (*p) >= 48u )
		goto tr564;
	goto st0;
tr566:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st459;
st459:
	if ( ++p == pe )
		goto _test_eof459;
case 459:
#line 7554 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr547;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr565;
	goto st0;
tr541:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st460;
st460:
	if ( ++p == pe )
		goto _test_eof460;
case 460:
#line 7566 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr542;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr567;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr567;
	} else
		goto tr567;
	goto st0;
tr567:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st461;
st461:
	if ( ++p == pe )
		goto _test_eof461;
case 461:
#line 7584 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr542;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr568;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr568;
	} else
		goto tr568;
	goto st0;
tr568:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st462;
st462:
	if ( ++p == pe )
		goto _test_eof462;
case 462:
#line 7602 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr542;
	goto st0;
tr542:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st463;
st463:
	if ( ++p == pe )
		goto _test_eof463;
case 463:
#line 7615 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr569;
		case 49u: goto tr570;
		case 50u: goto tr571;
		case 58u: goto tr573;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr572;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr574;
	} else
		goto tr574;
	goto st0;
tr569:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st464;
tr574:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st464;
st464:
	if ( ++p == pe )
		goto _test_eof464;
case 464:
#line 7645 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr575;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr576;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr576;
	} else
		goto tr576;
	goto st0;
tr576:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st465;
tr582:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st465;
st465:
	if ( ++p == pe )
		goto _test_eof465;
case 465:
#line 7667 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr575;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr577;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr577;
	} else
		goto tr577;
	goto st0;
tr577:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st466;
tr580:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st466;
st466:
	if ( ++p == pe )
		goto _test_eof466;
case 466:
#line 7689 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr575;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr578;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr578;
	} else
		goto tr578;
	goto st0;
tr578:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st467;
st467:
	if ( ++p == pe )
		goto _test_eof467;
case 467:
#line 7707 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr575;
	goto st0;
tr570:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st468;
st468:
	if ( ++p == pe )
		goto _test_eof468;
case 468:
#line 7721 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr575;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr579;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr576;
	} else
		goto tr576;
	goto st0;
tr579:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st469;
st469:
	if ( ++p == pe )
		goto _test_eof469;
case 469:
#line 7740 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr575;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr580;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr577;
	} else
		goto tr577;
	goto st0;
tr571:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st470;
st470:
	if ( ++p == pe )
		goto _test_eof470;
case 470:
#line 7762 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 53u: goto tr581;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr579;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr576;
		} else if ( (*p) >= 65u )
			goto tr576;
	} else
		goto tr582;
	goto st0;
tr581:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st471;
st471:
	if ( ++p == pe )
		goto _test_eof471;
case 471:
#line 7786 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr575;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr580;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr577;
		} else if ( (*p) >= 65u )
			goto tr577;
	} else
		goto tr577;
	goto st0;
tr572:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st472;
st472:
	if ( ++p == pe )
		goto _test_eof472;
case 472:
#line 7811 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr575;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr582;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr576;
	} else
		goto tr576;
	goto st0;
tr573:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st473;
st473:
	if ( ++p == pe )
		goto _test_eof473;
case 473:
#line 7829 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr583;
	goto st0;
tr535:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st474;
st474:
	if ( ++p == pe )
		goto _test_eof474;
case 474:
#line 7843 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr540;
		case 58u: goto tr542;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr584;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr541;
	} else
		goto tr541;
	goto st0;
tr584:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st475;
st475:
	if ( ++p == pe )
		goto _test_eof475;
case 475:
#line 7864 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr540;
		case 58u: goto tr542;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr585;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr567;
	} else
		goto tr567;
	goto st0;
tr585:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st476;
st476:
	if ( ++p == pe )
		goto _test_eof476;
case 476:
#line 7885 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr540;
		case 58u: goto tr542;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr568;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr568;
	} else
		goto tr568;
	goto st0;
tr536:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st477;
st477:
	if ( ++p == pe )
		goto _test_eof477;
case 477:
#line 7909 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr540;
		case 53u: goto tr586;
		case 58u: goto tr542;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr584;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr541;
		} else if ( (*p) >= 65u )
			goto tr541;
	} else
		goto tr587;
	goto st0;
tr586:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st478;
st478:
	if ( ++p == pe )
		goto _test_eof478;
case 478:
#line 7934 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr540;
		case 58u: goto tr542;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr585;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr567;
		} else if ( (*p) >= 65u )
			goto tr567;
	} else
		goto tr567;
	goto st0;
tr587:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st479;
st479:
	if ( ++p == pe )
		goto _test_eof479;
case 479:
#line 7958 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr540;
		case 58u: goto tr542;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr567;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr567;
	} else
		goto tr567;
	goto st0;
tr537:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st480;
st480:
	if ( ++p == pe )
		goto _test_eof480;
case 480:
#line 7982 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr540;
		case 58u: goto tr542;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr587;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr541;
	} else
		goto tr541;
	goto st0;
tr538:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st481;
st481:
	if ( ++p == pe )
		goto _test_eof481;
case 481:
#line 8002 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr583;
		case 48u: goto tr569;
		case 49u: goto tr570;
		case 50u: goto tr571;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr572;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr574;
	} else
		goto tr574;
	goto st0;
tr539:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st482;
st482:
	if ( ++p == pe )
		goto _test_eof482;
case 482:
#line 8025 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr542;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr541;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr541;
	} else
		goto tr541;
	goto st0;
tr525:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st483;
st483:
	if ( ++p == pe )
		goto _test_eof483;
case 483:
#line 8047 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr531;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr588;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr530;
	} else
		goto tr530;
	goto st0;
tr588:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st484;
st484:
	if ( ++p == pe )
		goto _test_eof484;
case 484:
#line 8066 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr531;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr589;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr532;
	} else
		goto tr532;
	goto st0;
tr526:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st485;
st485:
	if ( ++p == pe )
		goto _test_eof485;
case 485:
#line 8088 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr590;
		case 58u: goto tr531;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr588;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr530;
		} else if ( (*p) >= 65u )
			goto tr530;
	} else
		goto tr591;
	goto st0;
tr590:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st486;
st486:
	if ( ++p == pe )
		goto _test_eof486;
case 486:
#line 8112 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr531;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr589;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr532;
		} else if ( (*p) >= 65u )
			goto tr532;
	} else
		goto tr532;
	goto st0;
tr527:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st487;
st487:
	if ( ++p == pe )
		goto _test_eof487;
case 487:
#line 8137 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr531;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr591;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr530;
	} else
		goto tr530;
	goto st0;
tr528:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st488;
st488:
	if ( ++p == pe )
		goto _test_eof488;
case 488:
#line 8155 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr583;
		case 48u: goto tr592;
		case 49u: goto tr593;
		case 50u: goto tr594;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr595;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr596;
	} else
		goto tr596;
	goto st0;
tr592:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st489;
st489:
	if ( ++p == pe )
		goto _test_eof489;
case 489:
#line 8181 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr597;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr597;
	} else
		goto tr597;
	goto st0;
tr597:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st490;
st490:
	if ( ++p == pe )
		goto _test_eof490;
case 490:
#line 8202 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr599;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr599;
	} else
		goto tr599;
	goto st0;
tr599:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st491;
st491:
	if ( ++p == pe )
		goto _test_eof491;
case 491:
#line 8222 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr600;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr600;
	} else
		goto tr600;
	goto st0;
tr600:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st492;
st492:
	if ( ++p == pe )
		goto _test_eof492;
case 492:
#line 8242 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr598;
	}
	goto st0;
tr598:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st493;
st493:
	if ( ++p == pe )
		goto _test_eof493;
case 493:
#line 8257 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr569;
		case 49u: goto tr570;
		case 50u: goto tr571;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr572;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr574;
	} else
		goto tr574;
	goto st0;
tr593:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st494;
st494:
	if ( ++p == pe )
		goto _test_eof494;
case 494:
#line 8282 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr601;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr597;
	} else
		goto tr597;
	goto st0;
tr601:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st495;
st495:
	if ( ++p == pe )
		goto _test_eof495;
case 495:
#line 8304 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr602;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr599;
	} else
		goto tr599;
	goto st0;
tr602:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st496;
st496:
	if ( ++p == pe )
		goto _test_eof496;
case 496:
#line 8326 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr600;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr600;
	} else
		goto tr600;
	goto st0;
tr594:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st497;
st497:
	if ( ++p == pe )
		goto _test_eof497;
case 497:
#line 8351 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 53u: goto tr603;
		case 58u: goto tr598;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr601;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr597;
		} else if ( (*p) >= 65u )
			goto tr597;
	} else
		goto tr604;
	goto st0;
tr603:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st498;
st498:
	if ( ++p == pe )
		goto _test_eof498;
case 498:
#line 8377 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr598;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr602;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr599;
		} else if ( (*p) >= 65u )
			goto tr599;
	} else
		goto tr599;
	goto st0;
tr604:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st499;
st499:
	if ( ++p == pe )
		goto _test_eof499;
case 499:
#line 8402 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr599;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr599;
	} else
		goto tr599;
	goto st0;
tr595:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st500;
st500:
	if ( ++p == pe )
		goto _test_eof500;
case 500:
#line 8427 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr604;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr597;
	} else
		goto tr597;
	goto st0;
tr596:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st501;
st501:
	if ( ++p == pe )
		goto _test_eof501;
case 501:
#line 8449 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr597;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr597;
	} else
		goto tr597;
	goto st0;
tr515:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st502;
st502:
	if ( ++p == pe )
		goto _test_eof502;
case 502:
#line 8473 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr521;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr605;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr520;
	} else
		goto tr520;
	goto st0;
tr605:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st503;
st503:
	if ( ++p == pe )
		goto _test_eof503;
case 503:
#line 8492 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr521;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr606;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr522;
	} else
		goto tr522;
	goto st0;
tr516:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st504;
st504:
	if ( ++p == pe )
		goto _test_eof504;
case 504:
#line 8514 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr607;
		case 58u: goto tr521;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr605;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr520;
		} else if ( (*p) >= 65u )
			goto tr520;
	} else
		goto tr608;
	goto st0;
tr607:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st505;
st505:
	if ( ++p == pe )
		goto _test_eof505;
case 505:
#line 8538 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr521;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr606;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr522;
		} else if ( (*p) >= 65u )
			goto tr522;
	} else
		goto tr522;
	goto st0;
tr517:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st506;
st506:
	if ( ++p == pe )
		goto _test_eof506;
case 506:
#line 8563 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr521;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr608;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr520;
	} else
		goto tr520;
	goto st0;
tr518:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st507;
st507:
	if ( ++p == pe )
		goto _test_eof507;
case 507:
#line 8581 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr583;
		case 48u: goto tr609;
		case 49u: goto tr610;
		case 50u: goto tr611;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr612;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr613;
	} else
		goto tr613;
	goto st0;
tr609:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st508;
st508:
	if ( ++p == pe )
		goto _test_eof508;
case 508:
#line 8607 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr614;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr614;
	} else
		goto tr614;
	goto st0;
tr614:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st509;
st509:
	if ( ++p == pe )
		goto _test_eof509;
case 509:
#line 8628 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr616;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr616;
	} else
		goto tr616;
	goto st0;
tr616:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st510;
st510:
	if ( ++p == pe )
		goto _test_eof510;
case 510:
#line 8648 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr617;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr617;
	} else
		goto tr617;
	goto st0;
tr617:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st511;
st511:
	if ( ++p == pe )
		goto _test_eof511;
case 511:
#line 8668 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr615;
	}
	goto st0;
tr615:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st512;
st512:
	if ( ++p == pe )
		goto _test_eof512;
case 512:
#line 8683 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr592;
		case 49u: goto tr593;
		case 50u: goto tr594;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr595;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr596;
	} else
		goto tr596;
	goto st0;
tr610:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st513;
st513:
	if ( ++p == pe )
		goto _test_eof513;
case 513:
#line 8708 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr618;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr614;
	} else
		goto tr614;
	goto st0;
tr618:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st514;
st514:
	if ( ++p == pe )
		goto _test_eof514;
case 514:
#line 8730 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr619;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr616;
	} else
		goto tr616;
	goto st0;
tr619:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st515;
st515:
	if ( ++p == pe )
		goto _test_eof515;
case 515:
#line 8752 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr617;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr617;
	} else
		goto tr617;
	goto st0;
tr611:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st516;
st516:
	if ( ++p == pe )
		goto _test_eof516;
case 516:
#line 8777 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 53u: goto tr620;
		case 58u: goto tr615;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr618;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr614;
		} else if ( (*p) >= 65u )
			goto tr614;
	} else
		goto tr621;
	goto st0;
tr620:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st517;
st517:
	if ( ++p == pe )
		goto _test_eof517;
case 517:
#line 8803 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr615;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr619;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr616;
		} else if ( (*p) >= 65u )
			goto tr616;
	} else
		goto tr616;
	goto st0;
tr621:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st518;
st518:
	if ( ++p == pe )
		goto _test_eof518;
case 518:
#line 8828 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr616;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr616;
	} else
		goto tr616;
	goto st0;
tr612:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st519;
st519:
	if ( ++p == pe )
		goto _test_eof519;
case 519:
#line 8853 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr621;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr614;
	} else
		goto tr614;
	goto st0;
tr613:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st520;
st520:
	if ( ++p == pe )
		goto _test_eof520;
case 520:
#line 8875 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr614;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr614;
	} else
		goto tr614;
	goto st0;
tr505:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st521;
st521:
	if ( ++p == pe )
		goto _test_eof521;
case 521:
#line 8899 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr511;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr622;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr510;
	} else
		goto tr510;
	goto st0;
tr622:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st522;
st522:
	if ( ++p == pe )
		goto _test_eof522;
case 522:
#line 8918 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr511;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr623;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr512;
	} else
		goto tr512;
	goto st0;
tr506:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st523;
st523:
	if ( ++p == pe )
		goto _test_eof523;
case 523:
#line 8940 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr624;
		case 58u: goto tr511;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr622;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr510;
		} else if ( (*p) >= 65u )
			goto tr510;
	} else
		goto tr625;
	goto st0;
tr624:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st524;
st524:
	if ( ++p == pe )
		goto _test_eof524;
case 524:
#line 8964 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr511;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr623;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr512;
		} else if ( (*p) >= 65u )
			goto tr512;
	} else
		goto tr512;
	goto st0;
tr507:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st525;
st525:
	if ( ++p == pe )
		goto _test_eof525;
case 525:
#line 8989 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr511;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr625;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr510;
	} else
		goto tr510;
	goto st0;
tr508:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st526;
st526:
	if ( ++p == pe )
		goto _test_eof526;
case 526:
#line 9007 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr583;
		case 48u: goto tr626;
		case 49u: goto tr627;
		case 50u: goto tr628;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr629;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr630;
	} else
		goto tr630;
	goto st0;
tr626:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st527;
st527:
	if ( ++p == pe )
		goto _test_eof527;
case 527:
#line 9033 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr631;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr631;
	} else
		goto tr631;
	goto st0;
tr631:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st528;
st528:
	if ( ++p == pe )
		goto _test_eof528;
case 528:
#line 9054 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr633;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr633;
	} else
		goto tr633;
	goto st0;
tr633:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st529;
st529:
	if ( ++p == pe )
		goto _test_eof529;
case 529:
#line 9074 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr634;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr634;
	} else
		goto tr634;
	goto st0;
tr634:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st530;
st530:
	if ( ++p == pe )
		goto _test_eof530;
case 530:
#line 9094 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr632;
	}
	goto st0;
tr632:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st531;
st531:
	if ( ++p == pe )
		goto _test_eof531;
case 531:
#line 9109 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr609;
		case 49u: goto tr610;
		case 50u: goto tr611;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr612;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr613;
	} else
		goto tr613;
	goto st0;
tr627:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st532;
st532:
	if ( ++p == pe )
		goto _test_eof532;
case 532:
#line 9134 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr635;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr631;
	} else
		goto tr631;
	goto st0;
tr635:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st533;
st533:
	if ( ++p == pe )
		goto _test_eof533;
case 533:
#line 9156 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr636;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr633;
	} else
		goto tr633;
	goto st0;
tr636:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st534;
st534:
	if ( ++p == pe )
		goto _test_eof534;
case 534:
#line 9178 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr634;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr634;
	} else
		goto tr634;
	goto st0;
tr628:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st535;
st535:
	if ( ++p == pe )
		goto _test_eof535;
case 535:
#line 9203 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 53u: goto tr637;
		case 58u: goto tr632;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr635;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr631;
		} else if ( (*p) >= 65u )
			goto tr631;
	} else
		goto tr638;
	goto st0;
tr637:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st536;
st536:
	if ( ++p == pe )
		goto _test_eof536;
case 536:
#line 9229 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr632;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr636;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr633;
		} else if ( (*p) >= 65u )
			goto tr633;
	} else
		goto tr633;
	goto st0;
tr638:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st537;
st537:
	if ( ++p == pe )
		goto _test_eof537;
case 537:
#line 9254 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr633;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr633;
	} else
		goto tr633;
	goto st0;
tr629:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st538;
st538:
	if ( ++p == pe )
		goto _test_eof538;
case 538:
#line 9279 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr638;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr631;
	} else
		goto tr631;
	goto st0;
tr630:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st539;
st539:
	if ( ++p == pe )
		goto _test_eof539;
case 539:
#line 9301 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr631;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr631;
	} else
		goto tr631;
	goto st0;
tr495:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st540;
st540:
	if ( ++p == pe )
		goto _test_eof540;
case 540:
#line 9325 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr501;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr639;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr500;
	} else
		goto tr500;
	goto st0;
tr639:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st541;
st541:
	if ( ++p == pe )
		goto _test_eof541;
case 541:
#line 9344 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr501;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr640;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr502;
	} else
		goto tr502;
	goto st0;
tr496:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st542;
st542:
	if ( ++p == pe )
		goto _test_eof542;
case 542:
#line 9366 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr641;
		case 58u: goto tr501;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr639;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr500;
		} else if ( (*p) >= 65u )
			goto tr500;
	} else
		goto tr642;
	goto st0;
tr641:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st543;
st543:
	if ( ++p == pe )
		goto _test_eof543;
case 543:
#line 9390 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr501;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr640;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr502;
		} else if ( (*p) >= 65u )
			goto tr502;
	} else
		goto tr502;
	goto st0;
tr497:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st544;
st544:
	if ( ++p == pe )
		goto _test_eof544;
case 544:
#line 9415 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr501;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr642;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr500;
	} else
		goto tr500;
	goto st0;
tr498:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st545;
st545:
	if ( ++p == pe )
		goto _test_eof545;
case 545:
#line 9433 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr583;
		case 48u: goto tr643;
		case 49u: goto tr644;
		case 50u: goto tr645;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr646;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr647;
	} else
		goto tr647;
	goto st0;
tr643:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st546;
st546:
	if ( ++p == pe )
		goto _test_eof546;
case 546:
#line 9459 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr648;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr648;
	} else
		goto tr648;
	goto st0;
tr648:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st547;
st547:
	if ( ++p == pe )
		goto _test_eof547;
case 547:
#line 9480 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr650;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr650;
	} else
		goto tr650;
	goto st0;
tr650:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st548;
st548:
	if ( ++p == pe )
		goto _test_eof548;
case 548:
#line 9500 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr651;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr651;
	} else
		goto tr651;
	goto st0;
tr651:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st549;
st549:
	if ( ++p == pe )
		goto _test_eof549;
case 549:
#line 9520 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr649;
	}
	goto st0;
tr649:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st550;
st550:
	if ( ++p == pe )
		goto _test_eof550;
case 550:
#line 9535 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr626;
		case 49u: goto tr627;
		case 50u: goto tr628;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr629;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr630;
	} else
		goto tr630;
	goto st0;
tr644:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st551;
st551:
	if ( ++p == pe )
		goto _test_eof551;
case 551:
#line 9560 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr652;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr648;
	} else
		goto tr648;
	goto st0;
tr652:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st552;
st552:
	if ( ++p == pe )
		goto _test_eof552;
case 552:
#line 9582 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr653;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr650;
	} else
		goto tr650;
	goto st0;
tr653:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st553;
st553:
	if ( ++p == pe )
		goto _test_eof553;
case 553:
#line 9604 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr651;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr651;
	} else
		goto tr651;
	goto st0;
tr645:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st554;
st554:
	if ( ++p == pe )
		goto _test_eof554;
case 554:
#line 9629 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 53u: goto tr654;
		case 58u: goto tr649;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr652;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr648;
		} else if ( (*p) >= 65u )
			goto tr648;
	} else
		goto tr655;
	goto st0;
tr654:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st555;
st555:
	if ( ++p == pe )
		goto _test_eof555;
case 555:
#line 9655 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr649;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr653;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr650;
		} else if ( (*p) >= 65u )
			goto tr650;
	} else
		goto tr650;
	goto st0;
tr655:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st556;
st556:
	if ( ++p == pe )
		goto _test_eof556;
case 556:
#line 9680 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr650;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr650;
	} else
		goto tr650;
	goto st0;
tr646:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st557;
st557:
	if ( ++p == pe )
		goto _test_eof557;
case 557:
#line 9705 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr655;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr648;
	} else
		goto tr648;
	goto st0;
tr647:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st558;
st558:
	if ( ++p == pe )
		goto _test_eof558;
case 558:
#line 9727 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr648;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr648;
	} else
		goto tr648;
	goto st0;
tr485:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st559;
st559:
	if ( ++p == pe )
		goto _test_eof559;
case 559:
#line 9751 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr491;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr656;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr490;
	} else
		goto tr490;
	goto st0;
tr656:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st560;
st560:
	if ( ++p == pe )
		goto _test_eof560;
case 560:
#line 9770 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr491;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr657;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr492;
	} else
		goto tr492;
	goto st0;
tr486:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st561;
st561:
	if ( ++p == pe )
		goto _test_eof561;
case 561:
#line 9792 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr658;
		case 58u: goto tr491;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr656;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr490;
		} else if ( (*p) >= 65u )
			goto tr490;
	} else
		goto tr659;
	goto st0;
tr658:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st562;
st562:
	if ( ++p == pe )
		goto _test_eof562;
case 562:
#line 9816 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr491;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr657;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr492;
		} else if ( (*p) >= 65u )
			goto tr492;
	} else
		goto tr492;
	goto st0;
tr487:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st563;
st563:
	if ( ++p == pe )
		goto _test_eof563;
case 563:
#line 9841 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr491;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr659;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr490;
	} else
		goto tr490;
	goto st0;
tr488:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st564;
st564:
	if ( ++p == pe )
		goto _test_eof564;
case 564:
#line 9859 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr583;
		case 48u: goto tr660;
		case 49u: goto tr661;
		case 50u: goto tr662;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr663;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr664;
	} else
		goto tr664;
	goto st0;
tr660:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st565;
st565:
	if ( ++p == pe )
		goto _test_eof565;
case 565:
#line 9885 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr665;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr665;
	} else
		goto tr665;
	goto st0;
tr665:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st566;
st566:
	if ( ++p == pe )
		goto _test_eof566;
case 566:
#line 9906 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr667;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr667;
	} else
		goto tr667;
	goto st0;
tr667:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st567;
st567:
	if ( ++p == pe )
		goto _test_eof567;
case 567:
#line 9926 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr668;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr668;
	} else
		goto tr668;
	goto st0;
tr668:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st568;
st568:
	if ( ++p == pe )
		goto _test_eof568;
case 568:
#line 9946 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr666;
	}
	goto st0;
tr666:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st569;
st569:
	if ( ++p == pe )
		goto _test_eof569;
case 569:
#line 9961 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr643;
		case 49u: goto tr644;
		case 50u: goto tr645;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr646;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr647;
	} else
		goto tr647;
	goto st0;
tr661:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st570;
st570:
	if ( ++p == pe )
		goto _test_eof570;
case 570:
#line 9986 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr669;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr665;
	} else
		goto tr665;
	goto st0;
tr669:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st571;
st571:
	if ( ++p == pe )
		goto _test_eof571;
case 571:
#line 10008 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr670;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr667;
	} else
		goto tr667;
	goto st0;
tr670:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st572;
st572:
	if ( ++p == pe )
		goto _test_eof572;
case 572:
#line 10030 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr668;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr668;
	} else
		goto tr668;
	goto st0;
tr662:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st573;
st573:
	if ( ++p == pe )
		goto _test_eof573;
case 573:
#line 10055 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 53u: goto tr671;
		case 58u: goto tr666;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr669;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr665;
		} else if ( (*p) >= 65u )
			goto tr665;
	} else
		goto tr672;
	goto st0;
tr671:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st574;
st574:
	if ( ++p == pe )
		goto _test_eof574;
case 574:
#line 10081 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr666;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr670;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr667;
		} else if ( (*p) >= 65u )
			goto tr667;
	} else
		goto tr667;
	goto st0;
tr672:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st575;
st575:
	if ( ++p == pe )
		goto _test_eof575;
case 575:
#line 10106 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr667;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr667;
	} else
		goto tr667;
	goto st0;
tr663:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st576;
st576:
	if ( ++p == pe )
		goto _test_eof576;
case 576:
#line 10131 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr672;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr665;
	} else
		goto tr665;
	goto st0;
tr664:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st577;
st577:
	if ( ++p == pe )
		goto _test_eof577;
case 577:
#line 10153 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr665;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr665;
	} else
		goto tr665;
	goto st0;
tr479:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 167 "grammar/proxy.rl"
	{ ps->ngroups = 0; ps->dcolon = -1; ps->nquad = 0; }
	goto st578;
st578:
	if ( ++p == pe )
		goto _test_eof578;
case 578:
#line 10174 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr673;
	goto st0;
tr673:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st579;
st579:
	if ( ++p == pe )
		goto _test_eof579;
case 579:
#line 10184 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr583;
		case 48u: goto tr674;
		case 49u: goto tr675;
		case 50u: goto tr676;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr677;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr678;
	} else
		goto tr678;
	goto st0;
tr674:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st580;
st580:
	if ( ++p == pe )
		goto _test_eof580;
case 580:
#line 10210 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr679;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr679;
	} else
		goto tr679;
	goto st0;
tr679:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st581;
st581:
	if ( ++p == pe )
		goto _test_eof581;
case 581:
#line 10231 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr681;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr681;
	} else
		goto tr681;
	goto st0;
tr681:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st582;
st582:
	if ( ++p == pe )
		goto _test_eof582;
case 582:
#line 10251 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr682;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr682;
	} else
		goto tr682;
	goto st0;
tr682:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st583;
st583:
	if ( ++p == pe )
		goto _test_eof583;
case 583:
#line 10271 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr680;
	}
	goto st0;
tr680:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st584;
st584:
	if ( ++p == pe )
		goto _test_eof584;
case 584:
#line 10286 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr660;
		case 49u: goto tr661;
		case 50u: goto tr662;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr663;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr664;
	} else
		goto tr664;
	goto st0;
tr675:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st585;
st585:
	if ( ++p == pe )
		goto _test_eof585;
case 585:
#line 10311 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr683;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr679;
	} else
		goto tr679;
	goto st0;
tr683:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st586;
st586:
	if ( ++p == pe )
		goto _test_eof586;
case 586:
#line 10333 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr684;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr681;
	} else
		goto tr681;
	goto st0;
tr684:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st587;
st587:
	if ( ++p == pe )
		goto _test_eof587;
case 587:
#line 10355 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr682;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr682;
	} else
		goto tr682;
	goto st0;
tr676:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st588;
st588:
	if ( ++p == pe )
		goto _test_eof588;
case 588:
#line 10380 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 53u: goto tr685;
		case 58u: goto tr680;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr683;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr679;
		} else if ( (*p) >= 65u )
			goto tr679;
	} else
		goto tr686;
	goto st0;
tr685:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st589;
st589:
	if ( ++p == pe )
		goto _test_eof589;
case 589:
#line 10406 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr680;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr684;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr681;
		} else if ( (*p) >= 65u )
			goto tr681;
	} else
		goto tr681;
	goto st0;
tr686:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st590;
st590:
	if ( ++p == pe )
		goto _test_eof590;
case 590:
#line 10431 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr681;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr681;
	} else
		goto tr681;
	goto st0;
tr677:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st591;
st591:
	if ( ++p == pe )
		goto _test_eof591;
case 591:
#line 10456 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 46u: goto tr540;
		case 58u: goto tr680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr686;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr679;
	} else
		goto tr679;
	goto st0;
tr678:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st592;
st592:
	if ( ++p == pe )
		goto _test_eof592;
case 592:
#line 10478 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr575;
		case 58u: goto tr680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr679;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr679;
	} else
		goto tr679;
	goto st0;
tr474:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st593;
st593:
	if ( ++p == pe )
		goto _test_eof593;
case 593:
#line 10499 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr477;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr687;
	goto st0;
tr476:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st594;
tr687:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st594;
st594:
	if ( ++p == pe )
		goto _test_eof594;
case 594:
#line 10515 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr477;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr688;
	goto st0;
tr475:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st595;
st595:
	if ( ++p == pe )
		goto _test_eof595;
case 595:
#line 10528 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr477;
		case 53u: goto tr689;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr688;
	} else if ( (*p) >= 48u )
		goto tr687;
	goto st0;
tr689:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st596;
st596:
	if ( ++p == pe )
		goto _test_eof596;
case 596:
#line 10545 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr477;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr688;
	goto st0;
tr469:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st597;
st597:
	if ( ++p == pe )
		goto _test_eof597;
case 597:
#line 10558 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr472;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr690;
	goto st0;
tr471:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st598;
tr690:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st598;
st598:
	if ( ++p == pe )
		goto _test_eof598;
case 598:
#line 10574 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr472;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr691;
	goto st0;
tr470:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st599;
st599:
	if ( ++p == pe )
		goto _test_eof599;
case 599:
#line 10587 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr472;
		case 53u: goto tr692;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr691;
	} else if ( (*p) >= 48u )
		goto tr690;
	goto st0;
tr692:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st600;
st600:
	if ( ++p == pe )
		goto _test_eof600;
case 600:
#line 10604 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr472;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr691;
	goto st0;
tr464:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st601;
st601:
	if ( ++p == pe )
		goto _test_eof601;
case 601:
#line 10617 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr467;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr693;
	goto st0;
tr466:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st602;
tr693:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st602;
st602:
	if ( ++p == pe )
		goto _test_eof602;
case 602:
#line 10633 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr467;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr694;
	goto st0;
tr465:
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st603;
st603:
	if ( ++p == pe )
		goto _test_eof603;
case 603:
#line 10646 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr467;
		case 53u: goto tr695;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr694;
	} else if ( (*p) >= 48u )
		goto tr693;
	goto st0;
tr695:
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st604;
st604:
	if ( ++p == pe )
		goto _test_eof604;
case 604:
#line 10663 "gen/proxy.c"
	if ( (*p) == 46u )
		goto tr467;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr694;
	goto st0;
tr461:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st605;
st605:
	if ( ++p == pe )
		goto _test_eof605;
case 605:
#line 10675 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr462;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr696;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr696;
	} else
		goto tr696;
	goto st0;
tr696:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st606;
st606:
	if ( ++p == pe )
		goto _test_eof606;
case 606:
#line 10693 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr462;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr697;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr697;
	} else
		goto tr697;
	goto st0;
tr697:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st607;
st607:
	if ( ++p == pe )
		goto _test_eof607;
case 607:
#line 10711 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr462;
	goto st0;
tr462:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st608;
st608:
	if ( ++p == pe )
		goto _test_eof608;
case 608:
#line 10724 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr698;
		case 49u: goto tr699;
		case 50u: goto tr700;
		case 58u: goto tr702;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr701;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr703;
	} else
		goto tr703;
	goto st0;
tr698:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st609;
tr703:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st609;
st609:
	if ( ++p == pe )
		goto _test_eof609;
case 609:
#line 10754 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr704;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr705;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr705;
	} else
		goto tr705;
	goto st0;
tr705:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st610;
tr711:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st610;
st610:
	if ( ++p == pe )
		goto _test_eof610;
case 610:
#line 10776 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr704;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr706;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr706;
	} else
		goto tr706;
	goto st0;
tr706:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st611;
tr709:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st611;
st611:
	if ( ++p == pe )
		goto _test_eof611;
case 611:
#line 10798 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr704;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr707;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr707;
	} else
		goto tr707;
	goto st0;
tr707:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st612;
st612:
	if ( ++p == pe )
		goto _test_eof612;
case 612:
#line 10816 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr704;
	goto st0;
tr699:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st613;
st613:
	if ( ++p == pe )
		goto _test_eof613;
case 613:
#line 10830 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr704;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr708;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr705;
	} else
		goto tr705;
	goto st0;
tr708:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st614;
st614:
	if ( ++p == pe )
		goto _test_eof614;
case 614:
#line 10849 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr704;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr709;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr706;
	} else
		goto tr706;
	goto st0;
tr700:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st615;
st615:
	if ( ++p == pe )
		goto _test_eof615;
case 615:
#line 10871 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 53u: goto tr710;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr708;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr705;
		} else if ( (*p) >= 65u )
			goto tr705;
	} else
		goto tr711;
	goto st0;
tr710:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st616;
st616:
	if ( ++p == pe )
		goto _test_eof616;
case 616:
#line 10895 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr704;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr709;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr706;
		} else if ( (*p) >= 65u )
			goto tr706;
	} else
		goto tr706;
	goto st0;
tr701:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st617;
st617:
	if ( ++p == pe )
		goto _test_eof617;
case 617:
#line 10920 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr704;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr711;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr705;
	} else
		goto tr705;
	goto st0;
tr702:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st618;
st618:
	if ( ++p == pe )
		goto _test_eof618;
case 618:
#line 10938 "gen/proxy.c"
	if ( (*p) == 32u )
		goto tr712;
	goto st0;
tr455:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st619;
st619:
	if ( ++p == pe )
		goto _test_eof619;
case 619:
#line 10952 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr460;
		case 58u: goto tr462;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr713;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr461;
	} else
		goto tr461;
	goto st0;
tr713:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st620;
st620:
	if ( ++p == pe )
		goto _test_eof620;
case 620:
#line 10973 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr460;
		case 58u: goto tr462;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr714;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr696;
	} else
		goto tr696;
	goto st0;
tr714:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st621;
st621:
	if ( ++p == pe )
		goto _test_eof621;
case 621:
#line 10994 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr460;
		case 58u: goto tr462;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr697;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr697;
	} else
		goto tr697;
	goto st0;
tr456:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st622;
st622:
	if ( ++p == pe )
		goto _test_eof622;
case 622:
#line 11018 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr460;
		case 53u: goto tr715;
		case 58u: goto tr462;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr713;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr461;
		} else if ( (*p) >= 65u )
			goto tr461;
	} else
		goto tr716;
	goto st0;
tr715:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st623;
st623:
	if ( ++p == pe )
		goto _test_eof623;
case 623:
#line 11043 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr460;
		case 58u: goto tr462;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr714;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr696;
		} else if ( (*p) >= 65u )
			goto tr696;
	} else
		goto tr696;
	goto st0;
tr716:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st624;
st624:
	if ( ++p == pe )
		goto _test_eof624;
case 624:
#line 11067 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr460;
		case 58u: goto tr462;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr696;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr696;
	} else
		goto tr696;
	goto st0;
tr457:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st625;
st625:
	if ( ++p == pe )
		goto _test_eof625;
case 625:
#line 11091 "gen/proxy.c"
	switch( (*p) ) {
		case 46u: goto tr460;
		case 58u: goto tr462;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr716;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr461;
	} else
		goto tr461;
	goto st0;
tr458:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st626;
st626:
	if ( ++p == pe )
		goto _test_eof626;
case 626:
#line 11111 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr712;
		case 48u: goto tr698;
		case 49u: goto tr699;
		case 50u: goto tr700;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr701;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr703;
	} else
		goto tr703;
	goto st0;
tr459:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st627;
st627:
	if ( ++p == pe )
		goto _test_eof627;
case 627:
#line 11134 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr462;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr461;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr461;
	} else
		goto tr461;
	goto st0;
tr445:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st628;
st628:
	if ( ++p == pe )
		goto _test_eof628;
case 628:
#line 11156 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr451;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr717;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr450;
	} else
		goto tr450;
	goto st0;
tr717:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st629;
st629:
	if ( ++p == pe )
		goto _test_eof629;
case 629:
#line 11175 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr451;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr718;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr452;
	} else
		goto tr452;
	goto st0;
tr446:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st630;
st630:
	if ( ++p == pe )
		goto _test_eof630;
case 630:
#line 11197 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr719;
		case 58u: goto tr451;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr717;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr450;
		} else if ( (*p) >= 65u )
			goto tr450;
	} else
		goto tr720;
	goto st0;
tr719:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st631;
st631:
	if ( ++p == pe )
		goto _test_eof631;
case 631:
#line 11221 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr451;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr718;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr452;
		} else if ( (*p) >= 65u )
			goto tr452;
	} else
		goto tr452;
	goto st0;
tr447:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st632;
st632:
	if ( ++p == pe )
		goto _test_eof632;
case 632:
#line 11246 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr451;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr720;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr450;
	} else
		goto tr450;
	goto st0;
tr448:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st633;
st633:
	if ( ++p == pe )
		goto _test_eof633;
case 633:
#line 11264 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr712;
		case 48u: goto tr721;
		case 49u: goto tr722;
		case 50u: goto tr723;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr724;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr725;
	} else
		goto tr725;
	goto st0;
tr721:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st634;
st634:
	if ( ++p == pe )
		goto _test_eof634;
case 634:
#line 11290 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr726;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr726;
	} else
		goto tr726;
	goto st0;
tr726:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st635;
st635:
	if ( ++p == pe )
		goto _test_eof635;
case 635:
#line 11311 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr728;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr728;
	} else
		goto tr728;
	goto st0;
tr728:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st636;
st636:
	if ( ++p == pe )
		goto _test_eof636;
case 636:
#line 11331 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr729;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr729;
	} else
		goto tr729;
	goto st0;
tr729:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st637;
st637:
	if ( ++p == pe )
		goto _test_eof637;
case 637:
#line 11351 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr727;
	}
	goto st0;
tr727:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st638;
st638:
	if ( ++p == pe )
		goto _test_eof638;
case 638:
#line 11366 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr698;
		case 49u: goto tr699;
		case 50u: goto tr700;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr701;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr703;
	} else
		goto tr703;
	goto st0;
tr722:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st639;
st639:
	if ( ++p == pe )
		goto _test_eof639;
case 639:
#line 11391 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr730;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr726;
	} else
		goto tr726;
	goto st0;
tr730:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st640;
st640:
	if ( ++p == pe )
		goto _test_eof640;
case 640:
#line 11413 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr731;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr728;
	} else
		goto tr728;
	goto st0;
tr731:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st641;
st641:
	if ( ++p == pe )
		goto _test_eof641;
case 641:
#line 11435 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr729;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr729;
	} else
		goto tr729;
	goto st0;
tr723:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st642;
st642:
	if ( ++p == pe )
		goto _test_eof642;
case 642:
#line 11460 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 53u: goto tr732;
		case 58u: goto tr727;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr730;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr726;
		} else if ( (*p) >= 65u )
			goto tr726;
	} else
		goto tr733;
	goto st0;
tr732:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st643;
st643:
	if ( ++p == pe )
		goto _test_eof643;
case 643:
#line 11486 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr727;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr731;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr728;
		} else if ( (*p) >= 65u )
			goto tr728;
	} else
		goto tr728;
	goto st0;
tr733:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st644;
st644:
	if ( ++p == pe )
		goto _test_eof644;
case 644:
#line 11511 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr728;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr728;
	} else
		goto tr728;
	goto st0;
tr724:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st645;
st645:
	if ( ++p == pe )
		goto _test_eof645;
case 645:
#line 11536 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr733;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr726;
	} else
		goto tr726;
	goto st0;
tr725:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st646;
st646:
	if ( ++p == pe )
		goto _test_eof646;
case 646:
#line 11558 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr726;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr726;
	} else
		goto tr726;
	goto st0;
tr435:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st647;
st647:
	if ( ++p == pe )
		goto _test_eof647;
case 647:
#line 11582 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr441;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr734;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr440;
	} else
		goto tr440;
	goto st0;
tr734:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st648;
st648:
	if ( ++p == pe )
		goto _test_eof648;
case 648:
#line 11601 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr441;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr735;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr442;
	} else
		goto tr442;
	goto st0;
tr436:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st649;
st649:
	if ( ++p == pe )
		goto _test_eof649;
case 649:
#line 11623 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr736;
		case 58u: goto tr441;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr734;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr440;
		} else if ( (*p) >= 65u )
			goto tr440;
	} else
		goto tr737;
	goto st0;
tr736:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st650;
st650:
	if ( ++p == pe )
		goto _test_eof650;
case 650:
#line 11647 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr441;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr735;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr442;
		} else if ( (*p) >= 65u )
			goto tr442;
	} else
		goto tr442;
	goto st0;
tr437:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st651;
st651:
	if ( ++p == pe )
		goto _test_eof651;
case 651:
#line 11672 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr441;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr737;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr440;
	} else
		goto tr440;
	goto st0;
tr438:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st652;
st652:
	if ( ++p == pe )
		goto _test_eof652;
case 652:
#line 11690 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr712;
		case 48u: goto tr738;
		case 49u: goto tr739;
		case 50u: goto tr740;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr741;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr742;
	} else
		goto tr742;
	goto st0;
tr738:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st653;
st653:
	if ( ++p == pe )
		goto _test_eof653;
case 653:
#line 11716 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr743;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr743;
	} else
		goto tr743;
	goto st0;
tr743:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st654;
st654:
	if ( ++p == pe )
		goto _test_eof654;
case 654:
#line 11737 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr745;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr745;
	} else
		goto tr745;
	goto st0;
tr745:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st655;
st655:
	if ( ++p == pe )
		goto _test_eof655;
case 655:
#line 11757 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr746;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr746;
	} else
		goto tr746;
	goto st0;
tr746:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st656;
st656:
	if ( ++p == pe )
		goto _test_eof656;
case 656:
#line 11777 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr744;
	}
	goto st0;
tr744:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st657;
st657:
	if ( ++p == pe )
		goto _test_eof657;
case 657:
#line 11792 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr721;
		case 49u: goto tr722;
		case 50u: goto tr723;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr724;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr725;
	} else
		goto tr725;
	goto st0;
tr739:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st658;
st658:
	if ( ++p == pe )
		goto _test_eof658;
case 658:
#line 11817 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr747;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr743;
	} else
		goto tr743;
	goto st0;
tr747:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st659;
st659:
	if ( ++p == pe )
		goto _test_eof659;
case 659:
#line 11839 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr748;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr745;
	} else
		goto tr745;
	goto st0;
tr748:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st660;
st660:
	if ( ++p == pe )
		goto _test_eof660;
case 660:
#line 11861 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr746;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr746;
	} else
		goto tr746;
	goto st0;
tr740:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st661;
st661:
	if ( ++p == pe )
		goto _test_eof661;
case 661:
#line 11886 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 53u: goto tr749;
		case 58u: goto tr744;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr747;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr743;
		} else if ( (*p) >= 65u )
			goto tr743;
	} else
		goto tr750;
	goto st0;
tr749:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st662;
st662:
	if ( ++p == pe )
		goto _test_eof662;
case 662:
#line 11912 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr744;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr748;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr745;
		} else if ( (*p) >= 65u )
			goto tr745;
	} else
		goto tr745;
	goto st0;
tr750:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st663;
st663:
	if ( ++p == pe )
		goto _test_eof663;
case 663:
#line 11937 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr745;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr745;
	} else
		goto tr745;
	goto st0;
tr741:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st664;
st664:
	if ( ++p == pe )
		goto _test_eof664;
case 664:
#line 11962 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr750;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr743;
	} else
		goto tr743;
	goto st0;
tr742:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st665;
st665:
	if ( ++p == pe )
		goto _test_eof665;
case 665:
#line 11984 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr743;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr743;
	} else
		goto tr743;
	goto st0;
tr425:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st666;
st666:
	if ( ++p == pe )
		goto _test_eof666;
case 666:
#line 12008 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr431;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr751;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr430;
	} else
		goto tr430;
	goto st0;
tr751:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st667;
st667:
	if ( ++p == pe )
		goto _test_eof667;
case 667:
#line 12027 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr431;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr752;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr432;
	} else
		goto tr432;
	goto st0;
tr426:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st668;
st668:
	if ( ++p == pe )
		goto _test_eof668;
case 668:
#line 12049 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr753;
		case 58u: goto tr431;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr751;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr430;
		} else if ( (*p) >= 65u )
			goto tr430;
	} else
		goto tr754;
	goto st0;
tr753:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st669;
st669:
	if ( ++p == pe )
		goto _test_eof669;
case 669:
#line 12073 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr431;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr752;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr432;
		} else if ( (*p) >= 65u )
			goto tr432;
	} else
		goto tr432;
	goto st0;
tr427:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st670;
st670:
	if ( ++p == pe )
		goto _test_eof670;
case 670:
#line 12098 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr431;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr754;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr430;
	} else
		goto tr430;
	goto st0;
tr428:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st671;
st671:
	if ( ++p == pe )
		goto _test_eof671;
case 671:
#line 12116 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr712;
		case 48u: goto tr755;
		case 49u: goto tr756;
		case 50u: goto tr757;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr758;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr759;
	} else
		goto tr759;
	goto st0;
tr755:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st672;
st672:
	if ( ++p == pe )
		goto _test_eof672;
case 672:
#line 12142 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr760;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr760;
	} else
		goto tr760;
	goto st0;
tr760:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st673;
st673:
	if ( ++p == pe )
		goto _test_eof673;
case 673:
#line 12163 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr762;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr762;
	} else
		goto tr762;
	goto st0;
tr762:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st674;
st674:
	if ( ++p == pe )
		goto _test_eof674;
case 674:
#line 12183 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr763;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr763;
	} else
		goto tr763;
	goto st0;
tr763:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st675;
st675:
	if ( ++p == pe )
		goto _test_eof675;
case 675:
#line 12203 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr761;
	}
	goto st0;
tr761:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st676;
st676:
	if ( ++p == pe )
		goto _test_eof676;
case 676:
#line 12218 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr738;
		case 49u: goto tr739;
		case 50u: goto tr740;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr741;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr742;
	} else
		goto tr742;
	goto st0;
tr756:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st677;
st677:
	if ( ++p == pe )
		goto _test_eof677;
case 677:
#line 12243 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr764;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr760;
	} else
		goto tr760;
	goto st0;
tr764:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st678;
st678:
	if ( ++p == pe )
		goto _test_eof678;
case 678:
#line 12265 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr765;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr762;
	} else
		goto tr762;
	goto st0;
tr765:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st679;
st679:
	if ( ++p == pe )
		goto _test_eof679;
case 679:
#line 12287 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr763;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr763;
	} else
		goto tr763;
	goto st0;
tr757:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st680;
st680:
	if ( ++p == pe )
		goto _test_eof680;
case 680:
#line 12312 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 53u: goto tr766;
		case 58u: goto tr761;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr764;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr760;
		} else if ( (*p) >= 65u )
			goto tr760;
	} else
		goto tr767;
	goto st0;
tr766:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st681;
st681:
	if ( ++p == pe )
		goto _test_eof681;
case 681:
#line 12338 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr761;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr765;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr762;
		} else if ( (*p) >= 65u )
			goto tr762;
	} else
		goto tr762;
	goto st0;
tr767:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st682;
st682:
	if ( ++p == pe )
		goto _test_eof682;
case 682:
#line 12363 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr762;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr762;
	} else
		goto tr762;
	goto st0;
tr758:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st683;
st683:
	if ( ++p == pe )
		goto _test_eof683;
case 683:
#line 12388 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr767;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr760;
	} else
		goto tr760;
	goto st0;
tr759:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st684;
st684:
	if ( ++p == pe )
		goto _test_eof684;
case 684:
#line 12410 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr760;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr760;
	} else
		goto tr760;
	goto st0;
tr415:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st685;
st685:
	if ( ++p == pe )
		goto _test_eof685;
case 685:
#line 12434 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr421;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr768;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr420;
	} else
		goto tr420;
	goto st0;
tr768:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st686;
st686:
	if ( ++p == pe )
		goto _test_eof686;
case 686:
#line 12453 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr421;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr769;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr422;
	} else
		goto tr422;
	goto st0;
tr416:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st687;
st687:
	if ( ++p == pe )
		goto _test_eof687;
case 687:
#line 12475 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr770;
		case 58u: goto tr421;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr768;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr420;
		} else if ( (*p) >= 65u )
			goto tr420;
	} else
		goto tr771;
	goto st0;
tr770:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st688;
st688:
	if ( ++p == pe )
		goto _test_eof688;
case 688:
#line 12499 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr421;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr769;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr422;
		} else if ( (*p) >= 65u )
			goto tr422;
	} else
		goto tr422;
	goto st0;
tr417:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st689;
st689:
	if ( ++p == pe )
		goto _test_eof689;
case 689:
#line 12524 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr421;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr771;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr420;
	} else
		goto tr420;
	goto st0;
tr418:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st690;
st690:
	if ( ++p == pe )
		goto _test_eof690;
case 690:
#line 12542 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr712;
		case 48u: goto tr772;
		case 49u: goto tr773;
		case 50u: goto tr774;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr775;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr776;
	} else
		goto tr776;
	goto st0;
tr772:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st691;
st691:
	if ( ++p == pe )
		goto _test_eof691;
case 691:
#line 12568 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr777;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr777;
	} else
		goto tr777;
	goto st0;
tr777:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st692;
st692:
	if ( ++p == pe )
		goto _test_eof692;
case 692:
#line 12589 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr779;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr779;
	} else
		goto tr779;
	goto st0;
tr779:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st693;
st693:
	if ( ++p == pe )
		goto _test_eof693;
case 693:
#line 12609 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr780;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr780;
	} else
		goto tr780;
	goto st0;
tr780:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st694;
st694:
	if ( ++p == pe )
		goto _test_eof694;
case 694:
#line 12629 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr778;
	}
	goto st0;
tr778:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st695;
st695:
	if ( ++p == pe )
		goto _test_eof695;
case 695:
#line 12644 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr755;
		case 49u: goto tr756;
		case 50u: goto tr757;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr758;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr759;
	} else
		goto tr759;
	goto st0;
tr773:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st696;
st696:
	if ( ++p == pe )
		goto _test_eof696;
case 696:
#line 12669 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr781;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr777;
	} else
		goto tr777;
	goto st0;
tr781:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st697;
st697:
	if ( ++p == pe )
		goto _test_eof697;
case 697:
#line 12691 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr782;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr779;
	} else
		goto tr779;
	goto st0;
tr782:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st698;
st698:
	if ( ++p == pe )
		goto _test_eof698;
case 698:
#line 12713 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr780;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr780;
	} else
		goto tr780;
	goto st0;
tr774:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st699;
st699:
	if ( ++p == pe )
		goto _test_eof699;
case 699:
#line 12738 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 53u: goto tr783;
		case 58u: goto tr778;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr781;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr777;
		} else if ( (*p) >= 65u )
			goto tr777;
	} else
		goto tr784;
	goto st0;
tr783:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st700;
st700:
	if ( ++p == pe )
		goto _test_eof700;
case 700:
#line 12764 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr778;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr782;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr779;
		} else if ( (*p) >= 65u )
			goto tr779;
	} else
		goto tr779;
	goto st0;
tr784:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st701;
st701:
	if ( ++p == pe )
		goto _test_eof701;
case 701:
#line 12789 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr779;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr779;
	} else
		goto tr779;
	goto st0;
tr775:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st702;
st702:
	if ( ++p == pe )
		goto _test_eof702;
case 702:
#line 12814 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr784;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr777;
	} else
		goto tr777;
	goto st0;
tr776:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st703;
st703:
	if ( ++p == pe )
		goto _test_eof703;
case 703:
#line 12836 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr777;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr777;
	} else
		goto tr777;
	goto st0;
tr405:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st704;
st704:
	if ( ++p == pe )
		goto _test_eof704;
case 704:
#line 12860 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr411;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr785;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr410;
	} else
		goto tr410;
	goto st0;
tr785:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st705;
st705:
	if ( ++p == pe )
		goto _test_eof705;
case 705:
#line 12879 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr411;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr786;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr412;
	} else
		goto tr412;
	goto st0;
tr406:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st706;
st706:
	if ( ++p == pe )
		goto _test_eof706;
case 706:
#line 12901 "gen/proxy.c"
	switch( (*p) ) {
		case 53u: goto tr787;
		case 58u: goto tr411;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr785;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr410;
		} else if ( (*p) >= 65u )
			goto tr410;
	} else
		goto tr788;
	goto st0;
tr787:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st707;
st707:
	if ( ++p == pe )
		goto _test_eof707;
case 707:
#line 12925 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr411;
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr786;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr412;
		} else if ( (*p) >= 65u )
			goto tr412;
	} else
		goto tr412;
	goto st0;
tr407:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st708;
st708:
	if ( ++p == pe )
		goto _test_eof708;
case 708:
#line 12950 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr411;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr788;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr410;
	} else
		goto tr410;
	goto st0;
tr408:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st709;
st709:
	if ( ++p == pe )
		goto _test_eof709;
case 709:
#line 12968 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr712;
		case 48u: goto tr789;
		case 49u: goto tr790;
		case 50u: goto tr791;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr792;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr793;
	} else
		goto tr793;
	goto st0;
tr789:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st710;
st710:
	if ( ++p == pe )
		goto _test_eof710;
case 710:
#line 12994 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr794;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr794;
	} else
		goto tr794;
	goto st0;
tr794:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st711;
st711:
	if ( ++p == pe )
		goto _test_eof711;
case 711:
#line 13015 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr796;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr796;
	} else
		goto tr796;
	goto st0;
tr796:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st712;
st712:
	if ( ++p == pe )
		goto _test_eof712;
case 712:
#line 13035 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr797;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr797;
	} else
		goto tr797;
	goto st0;
tr797:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st713;
st713:
	if ( ++p == pe )
		goto _test_eof713;
case 713:
#line 13055 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr795;
	}
	goto st0;
tr795:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st714;
st714:
	if ( ++p == pe )
		goto _test_eof714;
case 714:
#line 13070 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr772;
		case 49u: goto tr773;
		case 50u: goto tr774;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr775;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr776;
	} else
		goto tr776;
	goto st0;
tr790:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st715;
st715:
	if ( ++p == pe )
		goto _test_eof715;
case 715:
#line 13095 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr798;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr794;
	} else
		goto tr794;
	goto st0;
tr798:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st716;
st716:
	if ( ++p == pe )
		goto _test_eof716;
case 716:
#line 13117 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr799;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr796;
	} else
		goto tr796;
	goto st0;
tr799:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st717;
st717:
	if ( ++p == pe )
		goto _test_eof717;
case 717:
#line 13139 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr797;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr797;
	} else
		goto tr797;
	goto st0;
tr791:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st718;
st718:
	if ( ++p == pe )
		goto _test_eof718;
case 718:
#line 13164 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 53u: goto tr800;
		case 58u: goto tr795;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr798;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr794;
		} else if ( (*p) >= 65u )
			goto tr794;
	} else
		goto tr801;
	goto st0;
tr800:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st719;
st719:
	if ( ++p == pe )
		goto _test_eof719;
case 719:
#line 13190 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr795;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr799;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr796;
		} else if ( (*p) >= 65u )
			goto tr796;
	} else
		goto tr796;
	goto st0;
tr801:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st720;
st720:
	if ( ++p == pe )
		goto _test_eof720;
case 720:
#line 13215 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr796;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr796;
	} else
		goto tr796;
	goto st0;
tr792:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st721;
st721:
	if ( ++p == pe )
		goto _test_eof721;
case 721:
#line 13240 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr801;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr794;
	} else
		goto tr794;
	goto st0;
tr793:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st722;
st722:
	if ( ++p == pe )
		goto _test_eof722;
case 722:
#line 13262 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr794;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr794;
	} else
		goto tr794;
	goto st0;
tr399:
#line 157 "grammar/proxy.rl"
	{ ps->mark = p; }
#line 167 "grammar/proxy.rl"
	{ ps->ngroups = 0; ps->dcolon = -1; ps->nquad = 0; }
	goto st723;
st723:
	if ( ++p == pe )
		goto _test_eof723;
case 723:
#line 13283 "gen/proxy.c"
	if ( (*p) == 58u )
		goto tr802;
	goto st0;
tr802:
#line 174 "grammar/proxy.rl"
	{ ps->dcolon = (int)ps->ngroups; }
	goto st724;
st724:
	if ( ++p == pe )
		goto _test_eof724;
case 724:
#line 13293 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr712;
		case 48u: goto tr803;
		case 49u: goto tr804;
		case 50u: goto tr805;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr806;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr807;
	} else
		goto tr807;
	goto st0;
tr803:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st725;
st725:
	if ( ++p == pe )
		goto _test_eof725;
case 725:
#line 13319 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr808;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr808;
	} else
		goto tr808;
	goto st0;
tr808:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st726;
st726:
	if ( ++p == pe )
		goto _test_eof726;
case 726:
#line 13340 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr810;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr810;
	} else
		goto tr810;
	goto st0;
tr810:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st727;
st727:
	if ( ++p == pe )
		goto _test_eof727;
case 727:
#line 13360 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr811;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr811;
	} else
		goto tr811;
	goto st0;
tr811:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st728;
st728:
	if ( ++p == pe )
		goto _test_eof728;
case 728:
#line 13380 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr809;
	}
	goto st0;
tr809:
#line 170 "grammar/proxy.rl"
	{
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
	goto st729;
st729:
	if ( ++p == pe )
		goto _test_eof729;
case 729:
#line 13395 "gen/proxy.c"
	switch( (*p) ) {
		case 48u: goto tr789;
		case 49u: goto tr790;
		case 50u: goto tr791;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr792;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr793;
	} else
		goto tr793;
	goto st0;
tr804:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st730;
st730:
	if ( ++p == pe )
		goto _test_eof730;
case 730:
#line 13420 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr812;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr808;
	} else
		goto tr808;
	goto st0;
tr812:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st731;
st731:
	if ( ++p == pe )
		goto _test_eof731;
case 731:
#line 13442 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr813;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr810;
	} else
		goto tr810;
	goto st0;
tr813:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st732;
st732:
	if ( ++p == pe )
		goto _test_eof732;
case 732:
#line 13464 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr811;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr811;
	} else
		goto tr811;
	goto st0;
tr805:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st733;
st733:
	if ( ++p == pe )
		goto _test_eof733;
case 733:
#line 13489 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 53u: goto tr814;
		case 58u: goto tr809;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr812;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr808;
		} else if ( (*p) >= 65u )
			goto tr808;
	} else
		goto tr815;
	goto st0;
tr814:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st734;
st734:
	if ( ++p == pe )
		goto _test_eof734;
case 734:
#line 13515 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr809;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr813;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr810;
		} else if ( (*p) >= 65u )
			goto tr810;
	} else
		goto tr810;
	goto st0;
tr815:
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st735;
st735:
	if ( ++p == pe )
		goto _test_eof735;
case 735:
#line 13540 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr810;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr810;
	} else
		goto tr810;
	goto st0;
tr806:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
#line 159 "grammar/proxy.rl"
	{ ps->nquad = 0; }
#line 160 "grammar/proxy.rl"
	{ ps->octet = 0; }
#line 161 "grammar/proxy.rl"
	{ ps->octet = ps->octet * 10 + (unsigned)((*p) - '0'); }
	goto st736;
st736:
	if ( ++p == pe )
		goto _test_eof736;
case 736:
#line 13565 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 46u: goto tr460;
		case 58u: goto tr809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr815;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr808;
	} else
		goto tr808;
	goto st0;
tr807:
#line 168 "grammar/proxy.rl"
	{ ps->h16 = 0; }
#line 169 "grammar/proxy.rl"
	{ ps->h16 = ps->h16 * 16 + hex_value((*p)); }
	goto st737;
st737:
	if ( ++p == pe )
		goto _test_eof737;
case 737:
#line 13587 "gen/proxy.c"
	switch( (*p) ) {
		case 32u: goto tr704;
		case 58u: goto tr809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr808;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr808;
	} else
		goto tr808;
	goto st0;
st738:
	if ( ++p == pe )
		goto _test_eof738;
case 738:
	if ( (*p) == 78u )
		goto st739;
	goto st0;
st739:
	if ( ++p == pe )
		goto _test_eof739;
case 739:
	if ( (*p) == 75u )
		goto st740;
	goto st0;
st740:
	if ( ++p == pe )
		goto _test_eof740;
case 740:
	if ( (*p) == 78u )
		goto st741;
	goto st0;
st741:
	if ( ++p == pe )
		goto _test_eof741;
case 741:
	if ( (*p) == 79u )
		goto st742;
	goto st0;
st742:
	if ( ++p == pe )
		goto _test_eof742;
case 742:
	if ( (*p) == 87u )
		goto st743;
	goto st0;
st743:
	if ( ++p == pe )
		goto _test_eof743;
case 743:
	if ( (*p) == 78u )
		goto tr821;
	goto st0;
tr821:
#line 154 "grammar/proxy.rl"
	{ ps->hdr.command = MXQ_PROXY_CMD_UNKNOWN; }
	goto st744;
st744:
	if ( ++p == pe )
		goto _test_eof744;
case 744:
#line 13649 "gen/proxy.c"
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st322;
	}
	goto st744;
	}
	_test_eof1:  ps->cs = 1; goto _test_eof; 
	_test_eof2:  ps->cs = 2; goto _test_eof; 
	_test_eof3:  ps->cs = 3; goto _test_eof; 
	_test_eof4:  ps->cs = 4; goto _test_eof; 
	_test_eof5:  ps->cs = 5; goto _test_eof; 
	_test_eof6:  ps->cs = 6; goto _test_eof; 
	_test_eof7:  ps->cs = 7; goto _test_eof; 
	_test_eof8:  ps->cs = 8; goto _test_eof; 
	_test_eof9:  ps->cs = 9; goto _test_eof; 
	_test_eof10:  ps->cs = 10; goto _test_eof; 
	_test_eof11:  ps->cs = 11; goto _test_eof; 
	_test_eof12:  ps->cs = 12; goto _test_eof; 
	_test_eof13:  ps->cs = 13; goto _test_eof; 
	_test_eof14:  ps->cs = 14; goto _test_eof; 
	_test_eof15:  ps->cs = 15; goto _test_eof; 
	_test_eof16:  ps->cs = 16; goto _test_eof; 
	_test_eof745:  ps->cs = 745; goto _test_eof; 
	_test_eof17:  ps->cs = 17; goto _test_eof; 
	_test_eof18:  ps->cs = 18; goto _test_eof; 
	_test_eof19:  ps->cs = 19; goto _test_eof; 
	_test_eof20:  ps->cs = 20; goto _test_eof; 
	_test_eof21:  ps->cs = 21; goto _test_eof; 
	_test_eof22:  ps->cs = 22; goto _test_eof; 
	_test_eof23:  ps->cs = 23; goto _test_eof; 
	_test_eof24:  ps->cs = 24; goto _test_eof; 
	_test_eof25:  ps->cs = 25; goto _test_eof; 
	_test_eof26:  ps->cs = 26; goto _test_eof; 
	_test_eof27:  ps->cs = 27; goto _test_eof; 
	_test_eof28:  ps->cs = 28; goto _test_eof; 
	_test_eof29:  ps->cs = 29; goto _test_eof; 
	_test_eof30:  ps->cs = 30; goto _test_eof; 
	_test_eof31:  ps->cs = 31; goto _test_eof; 
	_test_eof746:  ps->cs = 746; goto _test_eof; 
	_test_eof32:  ps->cs = 32; goto _test_eof; 
	_test_eof33:  ps->cs = 33; goto _test_eof; 
	_test_eof747:  ps->cs = 747; goto _test_eof; 
	_test_eof34:  ps->cs = 34; goto _test_eof; 
	_test_eof35:  ps->cs = 35; goto _test_eof; 
	_test_eof36:  ps->cs = 36; goto _test_eof; 
	_test_eof37:  ps->cs = 37; goto _test_eof; 
	_test_eof38:  ps->cs = 38; goto _test_eof; 
	_test_eof39:  ps->cs = 39; goto _test_eof; 
	_test_eof40:  ps->cs = 40; goto _test_eof; 
	_test_eof748:  ps->cs = 748; goto _test_eof; 
	_test_eof41:  ps->cs = 41; goto _test_eof; 
	_test_eof42:  ps->cs = 42; goto _test_eof; 
	_test_eof749:  ps->cs = 749; goto _test_eof; 
	_test_eof43:  ps->cs = 43; goto _test_eof; 
	_test_eof44:  ps->cs = 44; goto _test_eof; 
	_test_eof45:  ps->cs = 45; goto _test_eof; 
	_test_eof46:  ps->cs = 46; goto _test_eof; 
	_test_eof47:  ps->cs = 47; goto _test_eof; 
	_test_eof48:  ps->cs = 48; goto _test_eof; 
	_test_eof49:  ps->cs = 49; goto _test_eof; 
	_test_eof50:  ps->cs = 50; goto _test_eof; 
	_test_eof51:  ps->cs = 51; goto _test_eof; 
	_test_eof52:  ps->cs = 52; goto _test_eof; 
	_test_eof53:  ps->cs = 53; goto _test_eof; 
	_test_eof54:  ps->cs = 54; goto _test_eof; 
	_test_eof55:  ps->cs = 55; goto _test_eof; 
	_test_eof56:  ps->cs = 56; goto _test_eof; 
	_test_eof57:  ps->cs = 57; goto _test_eof; 
	_test_eof58:  ps->cs = 58; goto _test_eof; 
	_test_eof59:  ps->cs = 59; goto _test_eof; 
	_test_eof60:  ps->cs = 60; goto _test_eof; 
	_test_eof61:  ps->cs = 61; goto _test_eof; 
	_test_eof62:  ps->cs = 62; goto _test_eof; 
	_test_eof63:  ps->cs = 63; goto _test_eof; 
	_test_eof64:  ps->cs = 64; goto _test_eof; 
	_test_eof65:  ps->cs = 65; goto _test_eof; 
	_test_eof66:  ps->cs = 66; goto _test_eof; 
	_test_eof67:  ps->cs = 67; goto _test_eof; 
	_test_eof68:  ps->cs = 68; goto _test_eof; 
	_test_eof69:  ps->cs = 69; goto _test_eof; 
	_test_eof70:  ps->cs = 70; goto _test_eof; 
	_test_eof71:  ps->cs = 71; goto _test_eof; 
	_test_eof72:  ps->cs = 72; goto _test_eof; 
	_test_eof73:  ps->cs = 73; goto _test_eof; 
	_test_eof74:  ps->cs = 74; goto _test_eof; 
	_test_eof75:  ps->cs = 75; goto _test_eof; 
	_test_eof76:  ps->cs = 76; goto _test_eof; 
	_test_eof77:  ps->cs = 77; goto _test_eof; 
	_test_eof78:  ps->cs = 78; goto _test_eof; 
	_test_eof79:  ps->cs = 79; goto _test_eof; 
	_test_eof80:  ps->cs = 80; goto _test_eof; 
	_test_eof81:  ps->cs = 81; goto _test_eof; 
	_test_eof82:  ps->cs = 82; goto _test_eof; 
	_test_eof83:  ps->cs = 83; goto _test_eof; 
	_test_eof84:  ps->cs = 84; goto _test_eof; 
	_test_eof85:  ps->cs = 85; goto _test_eof; 
	_test_eof86:  ps->cs = 86; goto _test_eof; 
	_test_eof87:  ps->cs = 87; goto _test_eof; 
	_test_eof88:  ps->cs = 88; goto _test_eof; 
	_test_eof89:  ps->cs = 89; goto _test_eof; 
	_test_eof90:  ps->cs = 90; goto _test_eof; 
	_test_eof91:  ps->cs = 91; goto _test_eof; 
	_test_eof92:  ps->cs = 92; goto _test_eof; 
	_test_eof93:  ps->cs = 93; goto _test_eof; 
	_test_eof94:  ps->cs = 94; goto _test_eof; 
	_test_eof95:  ps->cs = 95; goto _test_eof; 
	_test_eof96:  ps->cs = 96; goto _test_eof; 
	_test_eof97:  ps->cs = 97; goto _test_eof; 
	_test_eof98:  ps->cs = 98; goto _test_eof; 
	_test_eof99:  ps->cs = 99; goto _test_eof; 
	_test_eof100:  ps->cs = 100; goto _test_eof; 
	_test_eof101:  ps->cs = 101; goto _test_eof; 
	_test_eof102:  ps->cs = 102; goto _test_eof; 
	_test_eof103:  ps->cs = 103; goto _test_eof; 
	_test_eof104:  ps->cs = 104; goto _test_eof; 
	_test_eof105:  ps->cs = 105; goto _test_eof; 
	_test_eof106:  ps->cs = 106; goto _test_eof; 
	_test_eof107:  ps->cs = 107; goto _test_eof; 
	_test_eof108:  ps->cs = 108; goto _test_eof; 
	_test_eof109:  ps->cs = 109; goto _test_eof; 
	_test_eof110:  ps->cs = 110; goto _test_eof; 
	_test_eof111:  ps->cs = 111; goto _test_eof; 
	_test_eof112:  ps->cs = 112; goto _test_eof; 
	_test_eof113:  ps->cs = 113; goto _test_eof; 
	_test_eof114:  ps->cs = 114; goto _test_eof; 
	_test_eof115:  ps->cs = 115; goto _test_eof; 
	_test_eof116:  ps->cs = 116; goto _test_eof; 
	_test_eof117:  ps->cs = 117; goto _test_eof; 
	_test_eof118:  ps->cs = 118; goto _test_eof; 
	_test_eof119:  ps->cs = 119; goto _test_eof; 
	_test_eof120:  ps->cs = 120; goto _test_eof; 
	_test_eof121:  ps->cs = 121; goto _test_eof; 
	_test_eof122:  ps->cs = 122; goto _test_eof; 
	_test_eof123:  ps->cs = 123; goto _test_eof; 
	_test_eof124:  ps->cs = 124; goto _test_eof; 
	_test_eof125:  ps->cs = 125; goto _test_eof; 
	_test_eof126:  ps->cs = 126; goto _test_eof; 
	_test_eof127:  ps->cs = 127; goto _test_eof; 
	_test_eof128:  ps->cs = 128; goto _test_eof; 
	_test_eof129:  ps->cs = 129; goto _test_eof; 
	_test_eof130:  ps->cs = 130; goto _test_eof; 
	_test_eof131:  ps->cs = 131; goto _test_eof; 
	_test_eof132:  ps->cs = 132; goto _test_eof; 
	_test_eof133:  ps->cs = 133; goto _test_eof; 
	_test_eof134:  ps->cs = 134; goto _test_eof; 
	_test_eof135:  ps->cs = 135; goto _test_eof; 
	_test_eof136:  ps->cs = 136; goto _test_eof; 
	_test_eof137:  ps->cs = 137; goto _test_eof; 
	_test_eof138:  ps->cs = 138; goto _test_eof; 
	_test_eof139:  ps->cs = 139; goto _test_eof; 
	_test_eof140:  ps->cs = 140; goto _test_eof; 
	_test_eof141:  ps->cs = 141; goto _test_eof; 
	_test_eof142:  ps->cs = 142; goto _test_eof; 
	_test_eof143:  ps->cs = 143; goto _test_eof; 
	_test_eof144:  ps->cs = 144; goto _test_eof; 
	_test_eof145:  ps->cs = 145; goto _test_eof; 
	_test_eof146:  ps->cs = 146; goto _test_eof; 
	_test_eof147:  ps->cs = 147; goto _test_eof; 
	_test_eof148:  ps->cs = 148; goto _test_eof; 
	_test_eof149:  ps->cs = 149; goto _test_eof; 
	_test_eof150:  ps->cs = 150; goto _test_eof; 
	_test_eof151:  ps->cs = 151; goto _test_eof; 
	_test_eof152:  ps->cs = 152; goto _test_eof; 
	_test_eof153:  ps->cs = 153; goto _test_eof; 
	_test_eof154:  ps->cs = 154; goto _test_eof; 
	_test_eof155:  ps->cs = 155; goto _test_eof; 
	_test_eof156:  ps->cs = 156; goto _test_eof; 
	_test_eof157:  ps->cs = 157; goto _test_eof; 
	_test_eof158:  ps->cs = 158; goto _test_eof; 
	_test_eof159:  ps->cs = 159; goto _test_eof; 
	_test_eof160:  ps->cs = 160; goto _test_eof; 
	_test_eof161:  ps->cs = 161; goto _test_eof; 
	_test_eof162:  ps->cs = 162; goto _test_eof; 
	_test_eof163:  ps->cs = 163; goto _test_eof; 
	_test_eof164:  ps->cs = 164; goto _test_eof; 
	_test_eof165:  ps->cs = 165; goto _test_eof; 
	_test_eof166:  ps->cs = 166; goto _test_eof; 
	_test_eof167:  ps->cs = 167; goto _test_eof; 
	_test_eof168:  ps->cs = 168; goto _test_eof; 
	_test_eof169:  ps->cs = 169; goto _test_eof; 
	_test_eof170:  ps->cs = 170; goto _test_eof; 
	_test_eof171:  ps->cs = 171; goto _test_eof; 
	_test_eof172:  ps->cs = 172; goto _test_eof; 
	_test_eof173:  ps->cs = 173; goto _test_eof; 
	_test_eof174:  ps->cs = 174; goto _test_eof; 
	_test_eof175:  ps->cs = 175; goto _test_eof; 
	_test_eof176:  ps->cs = 176; goto _test_eof; 
	_test_eof177:  ps->cs = 177; goto _test_eof; 
	_test_eof178:  ps->cs = 178; goto _test_eof; 
	_test_eof179:  ps->cs = 179; goto _test_eof; 
	_test_eof180:  ps->cs = 180; goto _test_eof; 
	_test_eof181:  ps->cs = 181; goto _test_eof; 
	_test_eof182:  ps->cs = 182; goto _test_eof; 
	_test_eof183:  ps->cs = 183; goto _test_eof; 
	_test_eof184:  ps->cs = 184; goto _test_eof; 
	_test_eof185:  ps->cs = 185; goto _test_eof; 
	_test_eof186:  ps->cs = 186; goto _test_eof; 
	_test_eof187:  ps->cs = 187; goto _test_eof; 
	_test_eof188:  ps->cs = 188; goto _test_eof; 
	_test_eof189:  ps->cs = 189; goto _test_eof; 
	_test_eof190:  ps->cs = 190; goto _test_eof; 
	_test_eof191:  ps->cs = 191; goto _test_eof; 
	_test_eof192:  ps->cs = 192; goto _test_eof; 
	_test_eof193:  ps->cs = 193; goto _test_eof; 
	_test_eof194:  ps->cs = 194; goto _test_eof; 
	_test_eof195:  ps->cs = 195; goto _test_eof; 
	_test_eof196:  ps->cs = 196; goto _test_eof; 
	_test_eof197:  ps->cs = 197; goto _test_eof; 
	_test_eof198:  ps->cs = 198; goto _test_eof; 
	_test_eof199:  ps->cs = 199; goto _test_eof; 
	_test_eof200:  ps->cs = 200; goto _test_eof; 
	_test_eof201:  ps->cs = 201; goto _test_eof; 
	_test_eof202:  ps->cs = 202; goto _test_eof; 
	_test_eof203:  ps->cs = 203; goto _test_eof; 
	_test_eof204:  ps->cs = 204; goto _test_eof; 
	_test_eof205:  ps->cs = 205; goto _test_eof; 
	_test_eof206:  ps->cs = 206; goto _test_eof; 
	_test_eof207:  ps->cs = 207; goto _test_eof; 
	_test_eof208:  ps->cs = 208; goto _test_eof; 
	_test_eof209:  ps->cs = 209; goto _test_eof; 
	_test_eof210:  ps->cs = 210; goto _test_eof; 
	_test_eof211:  ps->cs = 211; goto _test_eof; 
	_test_eof212:  ps->cs = 212; goto _test_eof; 
	_test_eof213:  ps->cs = 213; goto _test_eof; 
	_test_eof214:  ps->cs = 214; goto _test_eof; 
	_test_eof215:  ps->cs = 215; goto _test_eof; 
	_test_eof216:  ps->cs = 216; goto _test_eof; 
	_test_eof217:  ps->cs = 217; goto _test_eof; 
	_test_eof218:  ps->cs = 218; goto _test_eof; 
	_test_eof219:  ps->cs = 219; goto _test_eof; 
	_test_eof220:  ps->cs = 220; goto _test_eof; 
	_test_eof221:  ps->cs = 221; goto _test_eof; 
	_test_eof222:  ps->cs = 222; goto _test_eof; 
	_test_eof223:  ps->cs = 223; goto _test_eof; 
	_test_eof224:  ps->cs = 224; goto _test_eof; 
	_test_eof225:  ps->cs = 225; goto _test_eof; 
	_test_eof226:  ps->cs = 226; goto _test_eof; 
	_test_eof227:  ps->cs = 227; goto _test_eof; 
	_test_eof228:  ps->cs = 228; goto _test_eof; 
	_test_eof229:  ps->cs = 229; goto _test_eof; 
	_test_eof230:  ps->cs = 230; goto _test_eof; 
	_test_eof231:  ps->cs = 231; goto _test_eof; 
	_test_eof232:  ps->cs = 232; goto _test_eof; 
	_test_eof233:  ps->cs = 233; goto _test_eof; 
	_test_eof234:  ps->cs = 234; goto _test_eof; 
	_test_eof235:  ps->cs = 235; goto _test_eof; 
	_test_eof236:  ps->cs = 236; goto _test_eof; 
	_test_eof237:  ps->cs = 237; goto _test_eof; 
	_test_eof238:  ps->cs = 238; goto _test_eof; 
	_test_eof239:  ps->cs = 239; goto _test_eof; 
	_test_eof240:  ps->cs = 240; goto _test_eof; 
	_test_eof241:  ps->cs = 241; goto _test_eof; 
	_test_eof242:  ps->cs = 242; goto _test_eof; 
	_test_eof243:  ps->cs = 243; goto _test_eof; 
	_test_eof244:  ps->cs = 244; goto _test_eof; 
	_test_eof245:  ps->cs = 245; goto _test_eof; 
	_test_eof246:  ps->cs = 246; goto _test_eof; 
	_test_eof247:  ps->cs = 247; goto _test_eof; 
	_test_eof248:  ps->cs = 248; goto _test_eof; 
	_test_eof249:  ps->cs = 249; goto _test_eof; 
	_test_eof250:  ps->cs = 250; goto _test_eof; 
	_test_eof251:  ps->cs = 251; goto _test_eof; 
	_test_eof252:  ps->cs = 252; goto _test_eof; 
	_test_eof253:  ps->cs = 253; goto _test_eof; 
	_test_eof254:  ps->cs = 254; goto _test_eof; 
	_test_eof255:  ps->cs = 255; goto _test_eof; 
	_test_eof256:  ps->cs = 256; goto _test_eof; 
	_test_eof257:  ps->cs = 257; goto _test_eof; 
	_test_eof258:  ps->cs = 258; goto _test_eof; 
	_test_eof259:  ps->cs = 259; goto _test_eof; 
	_test_eof260:  ps->cs = 260; goto _test_eof; 
	_test_eof261:  ps->cs = 261; goto _test_eof; 
	_test_eof262:  ps->cs = 262; goto _test_eof; 
	_test_eof263:  ps->cs = 263; goto _test_eof; 
	_test_eof264:  ps->cs = 264; goto _test_eof; 
	_test_eof265:  ps->cs = 265; goto _test_eof; 
	_test_eof266:  ps->cs = 266; goto _test_eof; 
	_test_eof267:  ps->cs = 267; goto _test_eof; 
	_test_eof268:  ps->cs = 268; goto _test_eof; 
	_test_eof269:  ps->cs = 269; goto _test_eof; 
	_test_eof270:  ps->cs = 270; goto _test_eof; 
	_test_eof271:  ps->cs = 271; goto _test_eof; 
	_test_eof272:  ps->cs = 272; goto _test_eof; 
	_test_eof273:  ps->cs = 273; goto _test_eof; 
	_test_eof274:  ps->cs = 274; goto _test_eof; 
	_test_eof275:  ps->cs = 275; goto _test_eof; 
	_test_eof276:  ps->cs = 276; goto _test_eof; 
	_test_eof277:  ps->cs = 277; goto _test_eof; 
	_test_eof278:  ps->cs = 278; goto _test_eof; 
	_test_eof279:  ps->cs = 279; goto _test_eof; 
	_test_eof280:  ps->cs = 280; goto _test_eof; 
	_test_eof281:  ps->cs = 281; goto _test_eof; 
	_test_eof282:  ps->cs = 282; goto _test_eof; 
	_test_eof283:  ps->cs = 283; goto _test_eof; 
	_test_eof284:  ps->cs = 284; goto _test_eof; 
	_test_eof285:  ps->cs = 285; goto _test_eof; 
	_test_eof286:  ps->cs = 286; goto _test_eof; 
	_test_eof287:  ps->cs = 287; goto _test_eof; 
	_test_eof288:  ps->cs = 288; goto _test_eof; 
	_test_eof289:  ps->cs = 289; goto _test_eof; 
	_test_eof290:  ps->cs = 290; goto _test_eof; 
	_test_eof291:  ps->cs = 291; goto _test_eof; 
	_test_eof292:  ps->cs = 292; goto _test_eof; 
	_test_eof293:  ps->cs = 293; goto _test_eof; 
	_test_eof294:  ps->cs = 294; goto _test_eof; 
	_test_eof295:  ps->cs = 295; goto _test_eof; 
	_test_eof296:  ps->cs = 296; goto _test_eof; 
	_test_eof297:  ps->cs = 297; goto _test_eof; 
	_test_eof298:  ps->cs = 298; goto _test_eof; 
	_test_eof299:  ps->cs = 299; goto _test_eof; 
	_test_eof300:  ps->cs = 300; goto _test_eof; 
	_test_eof301:  ps->cs = 301; goto _test_eof; 
	_test_eof302:  ps->cs = 302; goto _test_eof; 
	_test_eof303:  ps->cs = 303; goto _test_eof; 
	_test_eof304:  ps->cs = 304; goto _test_eof; 
	_test_eof305:  ps->cs = 305; goto _test_eof; 
	_test_eof306:  ps->cs = 306; goto _test_eof; 
	_test_eof307:  ps->cs = 307; goto _test_eof; 
	_test_eof308:  ps->cs = 308; goto _test_eof; 
	_test_eof309:  ps->cs = 309; goto _test_eof; 
	_test_eof310:  ps->cs = 310; goto _test_eof; 
	_test_eof311:  ps->cs = 311; goto _test_eof; 
	_test_eof312:  ps->cs = 312; goto _test_eof; 
	_test_eof313:  ps->cs = 313; goto _test_eof; 
	_test_eof314:  ps->cs = 314; goto _test_eof; 
	_test_eof315:  ps->cs = 315; goto _test_eof; 
	_test_eof316:  ps->cs = 316; goto _test_eof; 
	_test_eof317:  ps->cs = 317; goto _test_eof; 
	_test_eof318:  ps->cs = 318; goto _test_eof; 
	_test_eof319:  ps->cs = 319; goto _test_eof; 
	_test_eof320:  ps->cs = 320; goto _test_eof; 
	_test_eof321:  ps->cs = 321; goto _test_eof; 
	_test_eof322:  ps->cs = 322; goto _test_eof; 
	_test_eof750:  ps->cs = 750; goto _test_eof; 
	_test_eof323:  ps->cs = 323; goto _test_eof; 
	_test_eof324:  ps->cs = 324; goto _test_eof; 
	_test_eof325:  ps->cs = 325; goto _test_eof; 
	_test_eof326:  ps->cs = 326; goto _test_eof; 
	_test_eof327:  ps->cs = 327; goto _test_eof; 
	_test_eof328:  ps->cs = 328; goto _test_eof; 
	_test_eof329:  ps->cs = 329; goto _test_eof; 
	_test_eof330:  ps->cs = 330; goto _test_eof; 
	_test_eof331:  ps->cs = 331; goto _test_eof; 
	_test_eof332:  ps->cs = 332; goto _test_eof; 
	_test_eof333:  ps->cs = 333; goto _test_eof; 
	_test_eof334:  ps->cs = 334; goto _test_eof; 
	_test_eof335:  ps->cs = 335; goto _test_eof; 
	_test_eof336:  ps->cs = 336; goto _test_eof; 
	_test_eof337:  ps->cs = 337; goto _test_eof; 
	_test_eof338:  ps->cs = 338; goto _test_eof; 
	_test_eof339:  ps->cs = 339; goto _test_eof; 
	_test_eof340:  ps->cs = 340; goto _test_eof; 
	_test_eof341:  ps->cs = 341; goto _test_eof; 
	_test_eof342:  ps->cs = 342; goto _test_eof; 
	_test_eof343:  ps->cs = 343; goto _test_eof; 
	_test_eof344:  ps->cs = 344; goto _test_eof; 
	_test_eof345:  ps->cs = 345; goto _test_eof; 
	_test_eof346:  ps->cs = 346; goto _test_eof; 
	_test_eof347:  ps->cs = 347; goto _test_eof; 
	_test_eof348:  ps->cs = 348; goto _test_eof; 
	_test_eof349:  ps->cs = 349; goto _test_eof; 
	_test_eof350:  ps->cs = 350; goto _test_eof; 
	_test_eof351:  ps->cs = 351; goto _test_eof; 
	_test_eof352:  ps->cs = 352; goto _test_eof; 
	_test_eof353:  ps->cs = 353; goto _test_eof; 
	_test_eof354:  ps->cs = 354; goto _test_eof; 
	_test_eof355:  ps->cs = 355; goto _test_eof; 
	_test_eof356:  ps->cs = 356; goto _test_eof; 
	_test_eof357:  ps->cs = 357; goto _test_eof; 
	_test_eof358:  ps->cs = 358; goto _test_eof; 
	_test_eof359:  ps->cs = 359; goto _test_eof; 
	_test_eof360:  ps->cs = 360; goto _test_eof; 
	_test_eof361:  ps->cs = 361; goto _test_eof; 
	_test_eof362:  ps->cs = 362; goto _test_eof; 
	_test_eof363:  ps->cs = 363; goto _test_eof; 
	_test_eof364:  ps->cs = 364; goto _test_eof; 
	_test_eof365:  ps->cs = 365; goto _test_eof; 
	_test_eof366:  ps->cs = 366; goto _test_eof; 
	_test_eof367:  ps->cs = 367; goto _test_eof; 
	_test_eof368:  ps->cs = 368; goto _test_eof; 
	_test_eof369:  ps->cs = 369; goto _test_eof; 
	_test_eof370:  ps->cs = 370; goto _test_eof; 
	_test_eof371:  ps->cs = 371; goto _test_eof; 
	_test_eof372:  ps->cs = 372; goto _test_eof; 
	_test_eof373:  ps->cs = 373; goto _test_eof; 
	_test_eof374:  ps->cs = 374; goto _test_eof; 
	_test_eof375:  ps->cs = 375; goto _test_eof; 
	_test_eof376:  ps->cs = 376; goto _test_eof; 
	_test_eof377:  ps->cs = 377; goto _test_eof; 
	_test_eof378:  ps->cs = 378; goto _test_eof; 
	_test_eof379:  ps->cs = 379; goto _test_eof; 
	_test_eof380:  ps->cs = 380; goto _test_eof; 
	_test_eof381:  ps->cs = 381; goto _test_eof; 
	_test_eof382:  ps->cs = 382; goto _test_eof; 
	_test_eof383:  ps->cs = 383; goto _test_eof; 
	_test_eof384:  ps->cs = 384; goto _test_eof; 
	_test_eof385:  ps->cs = 385; goto _test_eof; 
	_test_eof386:  ps->cs = 386; goto _test_eof; 
	_test_eof387:  ps->cs = 387; goto _test_eof; 
	_test_eof388:  ps->cs = 388; goto _test_eof; 
	_test_eof389:  ps->cs = 389; goto _test_eof; 
	_test_eof390:  ps->cs = 390; goto _test_eof; 
	_test_eof391:  ps->cs = 391; goto _test_eof; 
	_test_eof392:  ps->cs = 392; goto _test_eof; 
	_test_eof393:  ps->cs = 393; goto _test_eof; 
	_test_eof394:  ps->cs = 394; goto _test_eof; 
	_test_eof395:  ps->cs = 395; goto _test_eof; 
	_test_eof396:  ps->cs = 396; goto _test_eof; 
	_test_eof397:  ps->cs = 397; goto _test_eof; 
	_test_eof398:  ps->cs = 398; goto _test_eof; 
	_test_eof399:  ps->cs = 399; goto _test_eof; 
	_test_eof400:  ps->cs = 400; goto _test_eof; 
	_test_eof401:  ps->cs = 401; goto _test_eof; 
	_test_eof402:  ps->cs = 402; goto _test_eof; 
	_test_eof403:  ps->cs = 403; goto _test_eof; 
	_test_eof404:  ps->cs = 404; goto _test_eof; 
	_test_eof405:  ps->cs = 405; goto _test_eof; 
	_test_eof406:  ps->cs = 406; goto _test_eof; 
	_test_eof407:  ps->cs = 407; goto _test_eof; 
	_test_eof408:  ps->cs = 408; goto _test_eof; 
	_test_eof409:  ps->cs = 409; goto _test_eof; 
	_test_eof410:  ps->cs = 410; goto _test_eof; 
	_test_eof411:  ps->cs = 411; goto _test_eof; 
	_test_eof412:  ps->cs = 412; goto _test_eof; 
	_test_eof413:  ps->cs = 413; goto _test_eof; 
	_test_eof414:  ps->cs = 414; goto _test_eof; 
	_test_eof415:  ps->cs = 415; goto _test_eof; 
	_test_eof416:  ps->cs = 416; goto _test_eof; 
	_test_eof417:  ps->cs = 417; goto _test_eof; 
	_test_eof418:  ps->cs = 418; goto _test_eof; 
	_test_eof419:  ps->cs = 419; goto _test_eof; 
	_test_eof420:  ps->cs = 420; goto _test_eof; 
	_test_eof421:  ps->cs = 421; goto _test_eof; 
	_test_eof422:  ps->cs = 422; goto _test_eof; 
	_test_eof423:  ps->cs = 423; goto _test_eof; 
	_test_eof424:  ps->cs = 424; goto _test_eof; 
	_test_eof425:  ps->cs = 425; goto _test_eof; 
	_test_eof426:  ps->cs = 426; goto _test_eof; 
	_test_eof427:  ps->cs = 427; goto _test_eof; 
	_test_eof428:  ps->cs = 428; goto _test_eof; 
	_test_eof429:  ps->cs = 429; goto _test_eof; 
	_test_eof430:  ps->cs = 430; goto _test_eof; 
	_test_eof431:  ps->cs = 431; goto _test_eof; 
	_test_eof432:  ps->cs = 432; goto _test_eof; 
	_test_eof433:  ps->cs = 433; goto _test_eof; 
	_test_eof434:  ps->cs = 434; goto _test_eof; 
	_test_eof435:  ps->cs = 435; goto _test_eof; 
	_test_eof436:  ps->cs = 436; goto _test_eof; 
	_test_eof437:  ps->cs = 437; goto _test_eof; 
	_test_eof438:  ps->cs = 438; goto _test_eof; 
	_test_eof439:  ps->cs = 439; goto _test_eof; 
	_test_eof440:  ps->cs = 440; goto _test_eof; 
	_test_eof441:  ps->cs = 441; goto _test_eof; 
	_test_eof442:  ps->cs = 442; goto _test_eof; 
	_test_eof443:  ps->cs = 443; goto _test_eof; 
	_test_eof444:  ps->cs = 444; goto _test_eof; 
	_test_eof445:  ps->cs = 445; goto _test_eof; 
	_test_eof446:  ps->cs = 446; goto _test_eof; 
	_test_eof447:  ps->cs = 447; goto _test_eof; 
	_test_eof448:  ps->cs = 448; goto _test_eof; 
	_test_eof449:  ps->cs = 449; goto _test_eof; 
	_test_eof450:  ps->cs = 450; goto _test_eof; 
	_test_eof451:  ps->cs = 451; goto _test_eof; 
	_test_eof452:  ps->cs = 452; goto _test_eof; 
	_test_eof453:  ps->cs = 453; goto _test_eof; 
	_test_eof454:  ps->cs = 454; goto _test_eof; 
	_test_eof455:  ps->cs = 455; goto _test_eof; 
	_test_eof456:  ps->cs = 456; goto _test_eof; 
	_test_eof457:  ps->cs = 457; goto _test_eof; 
	_test_eof458:  ps->cs = 458; goto _test_eof; 
	_test_eof459:  ps->cs = 459; goto _test_eof; 
	_test_eof460:  ps->cs = 460; goto _test_eof; 
	_test_eof461:  ps->cs = 461; goto _test_eof; 
	_test_eof462:  ps->cs = 462; goto _test_eof; 
	_test_eof463:  ps->cs = 463; goto _test_eof; 
	_test_eof464:  ps->cs = 464; goto _test_eof; 
	_test_eof465:  ps->cs = 465; goto _test_eof; 
	_test_eof466:  ps->cs = 466; goto _test_eof; 
	_test_eof467:  ps->cs = 467; goto _test_eof; 
	_test_eof468:  ps->cs = 468; goto _test_eof; 
	_test_eof469:  ps->cs = 469; goto _test_eof; 
	_test_eof470:  ps->cs = 470; goto _test_eof; 
	_test_eof471:  ps->cs = 471; goto _test_eof; 
	_test_eof472:  ps->cs = 472; goto _test_eof; 
	_test_eof473:  ps->cs = 473; goto _test_eof; 
	_test_eof474:  ps->cs = 474; goto _test_eof; 
	_test_eof475:  ps->cs = 475; goto _test_eof; 
	_test_eof476:  ps->cs = 476; goto _test_eof; 
	_test_eof477:  ps->cs = 477; goto _test_eof; 
	_test_eof478:  ps->cs = 478; goto _test_eof; 
	_test_eof479:  ps->cs = 479; goto _test_eof; 
	_test_eof480:  ps->cs = 480; goto _test_eof; 
	_test_eof481:  ps->cs = 481; goto _test_eof; 
	_test_eof482:  ps->cs = 482; goto _test_eof; 
	_test_eof483:  ps->cs = 483; goto _test_eof; 
	_test_eof484:  ps->cs = 484; goto _test_eof; 
	_test_eof485:  ps->cs = 485; goto _test_eof; 
	_test_eof486:  ps->cs = 486; goto _test_eof; 
	_test_eof487:  ps->cs = 487; goto _test_eof; 
	_test_eof488:  ps->cs = 488; goto _test_eof; 
	_test_eof489:  ps->cs = 489; goto _test_eof; 
	_test_eof490:  ps->cs = 490; goto _test_eof; 
	_test_eof491:  ps->cs = 491; goto _test_eof; 
	_test_eof492:  ps->cs = 492; goto _test_eof; 
	_test_eof493:  ps->cs = 493; goto _test_eof; 
	_test_eof494:  ps->cs = 494; goto _test_eof; 
	_test_eof495:  ps->cs = 495; goto _test_eof; 
	_test_eof496:  ps->cs = 496; goto _test_eof; 
	_test_eof497:  ps->cs = 497; goto _test_eof; 
	_test_eof498:  ps->cs = 498; goto _test_eof; 
	_test_eof499:  ps->cs = 499; goto _test_eof; 
	_test_eof500:  ps->cs = 500; goto _test_eof; 
	_test_eof501:  ps->cs = 501; goto _test_eof; 
	_test_eof502:  ps->cs = 502; goto _test_eof; 
	_test_eof503:  ps->cs = 503; goto _test_eof; 
	_test_eof504:  ps->cs = 504; goto _test_eof; 
	_test_eof505:  ps->cs = 505; goto _test_eof; 
	_test_eof506:  ps->cs = 506; goto _test_eof; 
	_test_eof507:  ps->cs = 507; goto _test_eof; 
	_test_eof508:  ps->cs = 508; goto _test_eof; 
	_test_eof509:  ps->cs = 509; goto _test_eof; 
	_test_eof510:  ps->cs = 510; goto _test_eof; 
	_test_eof511:  ps->cs = 511; goto _test_eof; 
	_test_eof512:  ps->cs = 512; goto _test_eof; 
	_test_eof513:  ps->cs = 513; goto _test_eof; 
	_test_eof514:  ps->cs = 514; goto _test_eof; 
	_test_eof515:  ps->cs = 515; goto _test_eof; 
	_test_eof516:  ps->cs = 516; goto _test_eof; 
	_test_eof517:  ps->cs = 517; goto _test_eof; 
	_test_eof518:  ps->cs = 518; goto _test_eof; 
	_test_eof519:  ps->cs = 519; goto _test_eof; 
	_test_eof520:  ps->cs = 520; goto _test_eof; 
	_test_eof521:  ps->cs = 521; goto _test_eof; 
	_test_eof522:  ps->cs = 522; goto _test_eof; 
	_test_eof523:  ps->cs = 523; goto _test_eof; 
	_test_eof524:  ps->cs = 524; goto _test_eof; 
	_test_eof525:  ps->cs = 525; goto _test_eof; 
	_test_eof526:  ps->cs = 526; goto _test_eof; 
	_test_eof527:  ps->cs = 527; goto _test_eof; 
	_test_eof528:  ps->cs = 528; goto _test_eof; 
	_test_eof529:  ps->cs = 529; goto _test_eof; 
	_test_eof530:  ps->cs = 530; goto _test_eof; 
	_test_eof531:  ps->cs = 531; goto _test_eof; 
	_test_eof532:  ps->cs = 532; goto _test_eof; 
	_test_eof533:  ps->cs = 533; goto _test_eof; 
	_test_eof534:  ps->cs = 534; goto _test_eof; 
	_test_eof535:  ps->cs = 535; goto _test_eof; 
	_test_eof536:  ps->cs = 536; goto _test_eof; 
	_test_eof537:  ps->cs = 537; goto _test_eof; 
	_test_eof538:  ps->cs = 538; goto _test_eof; 
	_test_eof539:  ps->cs = 539; goto _test_eof; 
	_test_eof540:  ps->cs = 540; goto _test_eof; 
	_test_eof541:  ps->cs = 541; goto _test_eof; 
	_test_eof542:  ps->cs = 542; goto _test_eof; 
	_test_eof543:  ps->cs = 543; goto _test_eof; 
	_test_eof544:  ps->cs = 544; goto _test_eof; 
	_test_eof545:  ps->cs = 545; goto _test_eof; 
	_test_eof546:  ps->cs = 546; goto _test_eof; 
	_test_eof547:  ps->cs = 547; goto _test_eof; 
	_test_eof548:  ps->cs = 548; goto _test_eof; 
	_test_eof549:  ps->cs = 549; goto _test_eof; 
	_test_eof550:  ps->cs = 550; goto _test_eof; 
	_test_eof551:  ps->cs = 551; goto _test_eof; 
	_test_eof552:  ps->cs = 552; goto _test_eof; 
	_test_eof553:  ps->cs = 553; goto _test_eof; 
	_test_eof554:  ps->cs = 554; goto _test_eof; 
	_test_eof555:  ps->cs = 555; goto _test_eof; 
	_test_eof556:  ps->cs = 556; goto _test_eof; 
	_test_eof557:  ps->cs = 557; goto _test_eof; 
	_test_eof558:  ps->cs = 558; goto _test_eof; 
	_test_eof559:  ps->cs = 559; goto _test_eof; 
	_test_eof560:  ps->cs = 560; goto _test_eof; 
	_test_eof561:  ps->cs = 561; goto _test_eof; 
	_test_eof562:  ps->cs = 562; goto _test_eof; 
	_test_eof563:  ps->cs = 563; goto _test_eof; 
	_test_eof564:  ps->cs = 564; goto _test_eof; 
	_test_eof565:  ps->cs = 565; goto _test_eof; 
	_test_eof566:  ps->cs = 566; goto _test_eof; 
	_test_eof567:  ps->cs = 567; goto _test_eof; 
	_test_eof568:  ps->cs = 568; goto _test_eof; 
	_test_eof569:  ps->cs = 569; goto _test_eof; 
	_test_eof570:  ps->cs = 570; goto _test_eof; 
	_test_eof571:  ps->cs = 571; goto _test_eof; 
	_test_eof572:  ps->cs = 572; goto _test_eof; 
	_test_eof573:  ps->cs = 573; goto _test_eof; 
	_test_eof574:  ps->cs = 574; goto _test_eof; 
	_test_eof575:  ps->cs = 575; goto _test_eof; 
	_test_eof576:  ps->cs = 576; goto _test_eof; 
	_test_eof577:  ps->cs = 577; goto _test_eof; 
	_test_eof578:  ps->cs = 578; goto _test_eof; 
	_test_eof579:  ps->cs = 579; goto _test_eof; 
	_test_eof580:  ps->cs = 580; goto _test_eof; 
	_test_eof581:  ps->cs = 581; goto _test_eof; 
	_test_eof582:  ps->cs = 582; goto _test_eof; 
	_test_eof583:  ps->cs = 583; goto _test_eof; 
	_test_eof584:  ps->cs = 584; goto _test_eof; 
	_test_eof585:  ps->cs = 585; goto _test_eof; 
	_test_eof586:  ps->cs = 586; goto _test_eof; 
	_test_eof587:  ps->cs = 587; goto _test_eof; 
	_test_eof588:  ps->cs = 588; goto _test_eof; 
	_test_eof589:  ps->cs = 589; goto _test_eof; 
	_test_eof590:  ps->cs = 590; goto _test_eof; 
	_test_eof591:  ps->cs = 591; goto _test_eof; 
	_test_eof592:  ps->cs = 592; goto _test_eof; 
	_test_eof593:  ps->cs = 593; goto _test_eof; 
	_test_eof594:  ps->cs = 594; goto _test_eof; 
	_test_eof595:  ps->cs = 595; goto _test_eof; 
	_test_eof596:  ps->cs = 596; goto _test_eof; 
	_test_eof597:  ps->cs = 597; goto _test_eof; 
	_test_eof598:  ps->cs = 598; goto _test_eof; 
	_test_eof599:  ps->cs = 599; goto _test_eof; 
	_test_eof600:  ps->cs = 600; goto _test_eof; 
	_test_eof601:  ps->cs = 601; goto _test_eof; 
	_test_eof602:  ps->cs = 602; goto _test_eof; 
	_test_eof603:  ps->cs = 603; goto _test_eof; 
	_test_eof604:  ps->cs = 604; goto _test_eof; 
	_test_eof605:  ps->cs = 605; goto _test_eof; 
	_test_eof606:  ps->cs = 606; goto _test_eof; 
	_test_eof607:  ps->cs = 607; goto _test_eof; 
	_test_eof608:  ps->cs = 608; goto _test_eof; 
	_test_eof609:  ps->cs = 609; goto _test_eof; 
	_test_eof610:  ps->cs = 610; goto _test_eof; 
	_test_eof611:  ps->cs = 611; goto _test_eof; 
	_test_eof612:  ps->cs = 612; goto _test_eof; 
	_test_eof613:  ps->cs = 613; goto _test_eof; 
	_test_eof614:  ps->cs = 614; goto _test_eof; 
	_test_eof615:  ps->cs = 615; goto _test_eof; 
	_test_eof616:  ps->cs = 616; goto _test_eof; 
	_test_eof617:  ps->cs = 617; goto _test_eof; 
	_test_eof618:  ps->cs = 618; goto _test_eof; 
	_test_eof619:  ps->cs = 619; goto _test_eof; 
	_test_eof620:  ps->cs = 620; goto _test_eof; 
	_test_eof621:  ps->cs = 621; goto _test_eof; 
	_test_eof622:  ps->cs = 622; goto _test_eof; 
	_test_eof623:  ps->cs = 623; goto _test_eof; 
	_test_eof624:  ps->cs = 624; goto _test_eof; 
	_test_eof625:  ps->cs = 625; goto _test_eof; 
	_test_eof626:  ps->cs = 626; goto _test_eof; 
	_test_eof627:  ps->cs = 627; goto _test_eof; 
	_test_eof628:  ps->cs = 628; goto _test_eof; 
	_test_eof629:  ps->cs = 629; goto _test_eof; 
	_test_eof630:  ps->cs = 630; goto _test_eof; 
	_test_eof631:  ps->cs = 631; goto _test_eof; 
	_test_eof632:  ps->cs = 632; goto _test_eof; 
	_test_eof633:  ps->cs = 633; goto _test_eof; 
	_test_eof634:  ps->cs = 634; goto _test_eof; 
	_test_eof635:  ps->cs = 635; goto _test_eof; 
	_test_eof636:  ps->cs = 636; goto _test_eof; 
	_test_eof637:  ps->cs = 637; goto _test_eof; 
	_test_eof638:  ps->cs = 638; goto _test_eof; 
	_test_eof639:  ps->cs = 639; goto _test_eof; 
	_test_eof640:  ps->cs = 640; goto _test_eof; 
	_test_eof641:  ps->cs = 641; goto _test_eof; 
	_test_eof642:  ps->cs = 642; goto _test_eof; 
	_test_eof643:  ps->cs = 643; goto _test_eof; 
	_test_eof644:  ps->cs = 644; goto _test_eof; 
	_test_eof645:  ps->cs = 645; goto _test_eof; 
	_test_eof646:  ps->cs = 646; goto _test_eof; 
	_test_eof647:  ps->cs = 647; goto _test_eof; 
	_test_eof648:  ps->cs = 648; goto _test_eof; 
	_test_eof649:  ps->cs = 649; goto _test_eof; 
	_test_eof650:  ps->cs = 650; goto _test_eof; 
	_test_eof651:  ps->cs = 651; goto _test_eof; 
	_test_eof652:  ps->cs = 652; goto _test_eof; 
	_test_eof653:  ps->cs = 653; goto _test_eof; 
	_test_eof654:  ps->cs = 654; goto _test_eof; 
	_test_eof655:  ps->cs = 655; goto _test_eof; 
	_test_eof656:  ps->cs = 656; goto _test_eof; 
	_test_eof657:  ps->cs = 657; goto _test_eof; 
	_test_eof658:  ps->cs = 658; goto _test_eof; 
	_test_eof659:  ps->cs = 659; goto _test_eof; 
	_test_eof660:  ps->cs = 660; goto _test_eof; 
	_test_eof661:  ps->cs = 661; goto _test_eof; 
	_test_eof662:  ps->cs = 662; goto _test_eof; 
	_test_eof663:  ps->cs = 663; goto _test_eof; 
	_test_eof664:  ps->cs = 664; goto _test_eof; 
	_test_eof665:  ps->cs = 665; goto _test_eof; 
	_test_eof666:  ps->cs = 666; goto _test_eof; 
	_test_eof667:  ps->cs = 667; goto _test_eof; 
	_test_eof668:  ps->cs = 668; goto _test_eof; 
	_test_eof669:  ps->cs = 669; goto _test_eof; 
	_test_eof670:  ps->cs = 670; goto _test_eof; 
	_test_eof671:  ps->cs = 671; goto _test_eof; 
	_test_eof672:  ps->cs = 672; goto _test_eof; 
	_test_eof673:  ps->cs = 673; goto _test_eof; 
	_test_eof674:  ps->cs = 674; goto _test_eof; 
	_test_eof675:  ps->cs = 675; goto _test_eof; 
	_test_eof676:  ps->cs = 676; goto _test_eof; 
	_test_eof677:  ps->cs = 677; goto _test_eof; 
	_test_eof678:  ps->cs = 678; goto _test_eof; 
	_test_eof679:  ps->cs = 679; goto _test_eof; 
	_test_eof680:  ps->cs = 680; goto _test_eof; 
	_test_eof681:  ps->cs = 681; goto _test_eof; 
	_test_eof682:  ps->cs = 682; goto _test_eof; 
	_test_eof683:  ps->cs = 683; goto _test_eof; 
	_test_eof684:  ps->cs = 684; goto _test_eof; 
	_test_eof685:  ps->cs = 685; goto _test_eof; 
	_test_eof686:  ps->cs = 686; goto _test_eof; 
	_test_eof687:  ps->cs = 687; goto _test_eof; 
	_test_eof688:  ps->cs = 688; goto _test_eof; 
	_test_eof689:  ps->cs = 689; goto _test_eof; 
	_test_eof690:  ps->cs = 690; goto _test_eof; 
	_test_eof691:  ps->cs = 691; goto _test_eof; 
	_test_eof692:  ps->cs = 692; goto _test_eof; 
	_test_eof693:  ps->cs = 693; goto _test_eof; 
	_test_eof694:  ps->cs = 694; goto _test_eof; 
	_test_eof695:  ps->cs = 695; goto _test_eof; 
	_test_eof696:  ps->cs = 696; goto _test_eof; 
	_test_eof697:  ps->cs = 697; goto _test_eof; 
	_test_eof698:  ps->cs = 698; goto _test_eof; 
	_test_eof699:  ps->cs = 699; goto _test_eof; 
	_test_eof700:  ps->cs = 700; goto _test_eof; 
	_test_eof701:  ps->cs = 701; goto _test_eof; 
	_test_eof702:  ps->cs = 702; goto _test_eof; 
	_test_eof703:  ps->cs = 703; goto _test_eof; 
	_test_eof704:  ps->cs = 704; goto _test_eof; 
	_test_eof705:  ps->cs = 705; goto _test_eof; 
	_test_eof706:  ps->cs = 706; goto _test_eof; 
	_test_eof707:  ps->cs = 707; goto _test_eof; 
	_test_eof708:  ps->cs = 708; goto _test_eof; 
	_test_eof709:  ps->cs = 709; goto _test_eof; 
	_test_eof710:  ps->cs = 710; goto _test_eof; 
	_test_eof711:  ps->cs = 711; goto _test_eof; 
	_test_eof712:  ps->cs = 712; goto _test_eof; 
	_test_eof713:  ps->cs = 713; goto _test_eof; 
	_test_eof714:  ps->cs = 714; goto _test_eof; 
	_test_eof715:  ps->cs = 715; goto _test_eof; 
	_test_eof716:  ps->cs = 716; goto _test_eof; 
	_test_eof717:  ps->cs = 717; goto _test_eof; 
	_test_eof718:  ps->cs = 718; goto _test_eof; 
	_test_eof719:  ps->cs = 719; goto _test_eof; 
	_test_eof720:  ps->cs = 720; goto _test_eof; 
	_test_eof721:  ps->cs = 721; goto _test_eof; 
	_test_eof722:  ps->cs = 722; goto _test_eof; 
	_test_eof723:  ps->cs = 723; goto _test_eof; 
	_test_eof724:  ps->cs = 724; goto _test_eof; 
	_test_eof725:  ps->cs = 725; goto _test_eof; 
	_test_eof726:  ps->cs = 726; goto _test_eof; 
	_test_eof727:  ps->cs = 727; goto _test_eof; 
	_test_eof728:  ps->cs = 728; goto _test_eof; 
	_test_eof729:  ps->cs = 729; goto _test_eof; 
	_test_eof730:  ps->cs = 730; goto _test_eof; 
	_test_eof731:  ps->cs = 731; goto _test_eof; 
	_test_eof732:  ps->cs = 732; goto _test_eof; 
	_test_eof733:  ps->cs = 733; goto _test_eof; 
	_test_eof734:  ps->cs = 734; goto _test_eof; 
	_test_eof735:  ps->cs = 735; goto _test_eof; 
	_test_eof736:  ps->cs = 736; goto _test_eof; 
	_test_eof737:  ps->cs = 737; goto _test_eof; 
	_test_eof738:  ps->cs = 738; goto _test_eof; 
	_test_eof739:  ps->cs = 739; goto _test_eof; 
	_test_eof740:  ps->cs = 740; goto _test_eof; 
	_test_eof741:  ps->cs = 741; goto _test_eof; 
	_test_eof742:  ps->cs = 742; goto _test_eof; 
	_test_eof743:  ps->cs = 743; goto _test_eof; 
	_test_eof744:  ps->cs = 744; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 410 "grammar/proxy.rl"
        ps->used += (size_t)(p - start);
        *consumed += (size_t)(p - start);

        if (ps->cs == mxq_proxy_error)
            ps->status = MXQ_PROXY_ERROR;
        else if (ps->line_done)
            ps->status = MXQ_PROXY_DONE;
        else if (ps->used == ps->limit)
            /* v2 ends with its block: inside a field is truncation. A v1
             * line without CRLF in its 107 octets is too long. */
            ps->status = ps->hdr.version == 2 &&
                                 ps->cs >= mxq_proxy_first_final &&
                                 ps->tlv_left == 0 && ps->sub_left == 0
                             ? MXQ_PROXY_DONE
                             : MXQ_PROXY_ERROR;
    }
    if (ps->status == MXQ_PROXY_DONE) {
        ps->hdr.length = ps->used;
        *out = ps->hdr;
    }
    return ps->status;
}

/* ------------------------------------------------------------ formatting */

static size_t
put_decimal(char *out, size_t at, unsigned v)
{
    if (v >= 100)
        out[at++] = (char)('0' + v / 100);
    if (v >= 10)
        out[at++] = (char)('0' + v / 10 % 10);
    out[at++] = (char)('0' + v % 10);
    return at;
}

static size_t
put_quad(char *out, size_t at, const uint8_t *q)
{
    for (int i = 0; i < 4; i++) {
        if (i > 0)
            out[at++] = '.';
        at = put_decimal(out, at, q[i]);
    }
    return at;
}

/* A group in lower case without leading zeros (RFC 5952 4.1, 4.3). */
static size_t
put_group(char *out, size_t at, unsigned v)
{
    static const char digits[] = "0123456789abcdef";
    bool started = false;

    for (int shift = 12; shift >= 0; shift -= 4) {
        unsigned d = (v >> shift) & 0xf;
        if (d != 0 || started || shift == 0) {
            out[at++] = digits[d];
            started = true;
        }
    }
    return at;
}

static size_t
put_ipv6(char *out, size_t at, const uint8_t *ip)
{
    static const uint8_t mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                        0xff, 0xff };
    unsigned g[8];
    int best = -1, best_len = 0;

    /* RFC 5952 5: IPv4-mapped addresses in mixed notation. */
    if (memcmp(ip, mapped, sizeof mapped) == 0) {
        memcpy(out + at, "::ffff:", 7);
        return put_quad(out, at + 7, ip + 12);
    }
    for (int i = 0; i < 8; i++)
        g[i] = (unsigned)ip[2 * i] << 8 | ip[2 * i + 1];
    /* RFC 5952 4.2: the longest run of two or more zero groups, the
     * first one on a tie. */
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && g[j] == 0)
            j++;
        if (j - i >= 2 && j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        i = j > i ? j : i + 1;
    }
    for (int i = 0; i < 8;) {
        if (i == best) {
            out[at++] = ':';
            out[at++] = ':';
            i += best_len;
            continue;
        }
        if (i > 0 && i != best + best_len)
            out[at++] = ':';
        at = put_group(out, at, g[i]);
        i++;
    }
    return at;
}

size_t
mxq_proxy_format_ip(enum mxq_proxy_family family, const uint8_t *ip,
                    char *out, size_t cap)
{
    char text[MXQ_PROXY_IP_TEXT_MAX];
    size_t n;

    if (ip == NULL || out == NULL)
        return 0;
    if (family == MXQ_PROXY_AF_INET)
        n = put_quad(text, 0, ip);
    else if (family == MXQ_PROXY_AF_INET6)
        n = put_ipv6(text, 0, ip);
    else
        return 0;
    if (n >= cap)
        return 0;
    memcpy(out, text, n);
    out[n] = '\0';
    return n;
}
