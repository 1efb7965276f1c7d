/*
 * Privilege drop: setgroups, setgid, setuid, in that order (each needs
 * the privilege the next one removes), then a check that root cannot be
 * regained.
 */
#include "privdrop.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

int mxqd_privdrop(const char *user, char *err, size_t errlen)
{
    struct passwd *pw;

    if (user[0] == '\0')
        return 0;
    errno = 0;
    pw = getpwnam(user);
    if (pw == NULL) {
        snprintf(err, errlen, "user %s: %s", user,
                 errno ? strerror(errno) : "no such user");
        return -1;
    }
    if (getuid() == pw->pw_uid && geteuid() == pw->pw_uid &&
        getgid() == pw->pw_gid)
        return 0; /* already that user */
    if (setgroups(1, &pw->pw_gid) < 0 || setgid(pw->pw_gid) < 0 ||
        setuid(pw->pw_uid) < 0) {
        snprintf(err, errlen, "user %s: cannot switch: %s", user,
                 strerror(errno));
        return -1;
    }
    if (pw->pw_uid != 0 && setuid(0) == 0) {
        snprintf(err, errlen, "user %s: root could be regained", user);
        return -1;
    }
    return 0;
}
