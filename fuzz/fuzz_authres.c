/*
 * fuzz-authres: the authserv-id of an Authentication-Results body
 * (grammar/authres.rl) on any bytes.
 *
 * Invariants: an id found is 1..MXQ_AUTHRES_ID_MAX octets and holds no
 * line break; the body then claims exactly that id (and in upper case
 * too), and no id that is one octet longer.
 */
#include "fuzz_support.h"

#include <ctype.h>

#include "authres.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *body = fuzz_copy(data, size);
    char id[MXQ_AUTHRES_ID_MAX + 1];
    if (mxq_authres_id(body, size, id)) {
        size_t n = strnlen(id, sizeof id);
        FUZZ_CHECK(n < sizeof id, "id not terminated");
        FUZZ_CHECK(strpbrk(id, "\r\n") == NULL, "line break in id %s", id);
        if (n > 0 && memchr(id, '\0', n) == NULL && strlen(id) == n) {
            FUZZ_CHECK(mxq_authres_claims(body, size, id),
                       "does not claim its own id %s", id);
            char upper[MXQ_AUTHRES_ID_MAX + 2];
            for (size_t i = 0; i <= n; i++)
                upper[i] = (char)toupper((unsigned char)id[i]);
            FUZZ_CHECK(mxq_authres_claims(body, size, upper),
                       "case matters for %s", id);
            memcpy(upper, id, n);
            upper[n] = 'x';
            upper[n + 1] = '\0';
            FUZZ_CHECK(!mxq_authres_claims(body, size, upper),
                       "claims a longer id than %s", id);
        }
    }
    free(body);
    return 0;
}
