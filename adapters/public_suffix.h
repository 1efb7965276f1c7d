/*
 * The public suffix list (libpsl) for DMARC's organizational domains:
 * loaded once, read-only afterwards, so every worker may ask at once.
 */
#ifndef MXQD_PUBLIC_SUFFIX_H
#define MXQD_PUBLIC_SUFFIX_H

/* The list Debian's publicsuffix package installs, or libpsl's built-in
 * one; NULL only when neither loads. */
void *mxqd_public_suffix_list(void);

/* mxq_config.org_domain: the registrable domain (the public suffix and
 * one label more) within `domain`, or NULL when it is a suffix itself. */
const char *mxqd_org_domain(void *list, const char *domain);

#endif
