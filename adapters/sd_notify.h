/*
 * systemd's readiness protocol without libsystemd: one datagram to the
 * AF_UNIX socket named by $NOTIFY_SOCKET (a path, or an abstract name
 * written with a leading '@'), as sd_notify(3) describes it. The unit
 * (debian/mxqd.service) is Type=notify: systemd counts mxqd as started
 * once it says READY=1, after the listeners are bound and the store is
 * open, and as stopping when it says STOPPING=1.
 */
#ifndef MXQD_SD_NOTIFY_H
#define MXQD_SD_NOTIFY_H

/* Sends state ("READY=1", "STOPPING=1", newline-separated assignments)
 * to $NOTIFY_SOCKET. Returns 1 when sent, 0 when NOTIFY_SOCKET is not set
 * (not under systemd: nothing to do), -1 on an error (errno set, and a
 * warning in the application log; mxqd goes on). Safe from any thread;
 * reads the environment, never changes it. */
int mxqd_sd_notify(const char *state);

#endif
