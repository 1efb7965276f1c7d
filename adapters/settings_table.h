/*
 * The settings table (private to adapters/settings*.c): one row per
 * setting, saying how its value is read and where it goes.
 */
#ifndef MXQD_SETTINGS_TABLE_H
#define MXQD_SETTINGS_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "settings.h"

enum mxqd_type {
    TYPE_TEXT,        /* any text (char[] field, or kept as text) */
    TYPE_BOOL,        /* bool */
    TYPE_UINT,        /* uint32_t, between min and max */
    TYPE_SIZE,        /* uint64_t bytes, between min and max */
    TYPE_SECONDS,     /* uint32_t milliseconds, written as seconds with up
                         to three decimals (MailerQ's DNS timers: 3.0),
                         between min and max milliseconds */
    TYPE_PORTS,       /* struct mxqd_port_list */
    TYPE_CIDRS,       /* struct mxqd_cidr_list */
    TYPE_IP,          /* char[]: one IPv4/IPv6 address, checked */
    TYPE_HOSTNAME,    /* char[]: a host name, checked */
    TYPE_ZONES,       /* struct mxqd_zone_list: comma list of host names
                         (DNS zones), at most MXQ_DNSBL_ZONES_MAX */
    TYPE_VALIDATE,    /* enum mxq_address_mode: strict|loose */
    TYPE_QUEUE,       /* char[]: a queue name, checked */
    TYPE_WORDS,       /* unsigned: bit i for words[i], comma list */
    TYPE_CHOICE,      /* unsigned: 1 + index of one of words[] */
    TYPE_LOG_TARGETS  /* application-log */
};

enum mxqd_flags {
    FLAG_EMPTY_OK = 1u << 0, /* may be set to empty though its default is
                                not (e.g. application-log: no log) */
    FLAG_SECRET = 1u << 1,   /* printed commented out and hidden */
    FLAG_PATTERN = 1u << 2,  /* the name ends in '*': a name family */
    FLAG_FIRST_ALONE = 1u << 3 /* TYPE_WORDS: words[0] takes no others
                                  (NOTIFY=NEVER, RFC 3461 §4.1) */
};

#define NO_FIELD ((size_t)-1)

struct mxqd_setting {
    const char *name;
    enum mxqd_type type;
    enum mxqd_status status;
    const char *def;          /* default, in config-file syntax */
    size_t offset;            /* in struct mxqd_settings, or NO_FIELD */
    size_t size;              /* of the field */
    uint64_t min, max;        /* TYPE_UINT, TYPE_SIZE, TYPE_SECONDS */
    const char *const *words; /* TYPE_WORDS, TYPE_CHOICE; NULL-terminated */
    unsigned flags;
    const char *meaning;
    const char *alias_of;     /* an older name of this setting: its value
                                 goes there (NO_FIELD here) */
};

extern const struct mxqd_setting mxqd_setting_table[];
extern const size_t mxqd_setting_rows;

/* Index of the row for name[0..n), or -1. Exact names win over families. */
int mxqd_setting_find(const char *name, size_t n);

const char *mxqd_type_name(enum mxqd_type type);

#endif
