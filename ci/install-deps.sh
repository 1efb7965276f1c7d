#!/bin/sh
# Installs what mxq needs on Debian 12 (build, tests, fuzzing). Idempotent:
# skips apt entirely when everything is already there.
# haproxy (its binary only, run by test_proxy_haproxy) and whois (for
# mkpasswd, which makes test_auth's password hashes) serve the tests;
# unbound is the loopback DNS server of the DNS and SPF tests, python3-yaml
# reads the SPF conformance suites, python3-spf (pyspf) is the reference
# the SPF integration test compares with, python3-authres reads the
# Authentication-Results field it checks, python3-dkim (dkimpy: dknewkey,
# dkim.sign/verify) makes and checks the DKIM test's keys and signatures.
# libpsl and publicsuffix give DMARC its organizational domains.
# spamassassin, spamc and spamd: the real spamd of the spam check's test.
# libopendkim-dev, libssl-dev and opendkim-tools are what bench_dkim
# compares the DKIM verifier with (OpenDKIM, OpenSSL's libcrypto).
# zlib, libzip and expat read
# report attachments (engine/report: gzip, zip, DMARC XML).
# dpkg-dev, debhelper, fakeroot and lintian build and check the Debian
# package (test_package); systemd gives systemd-analyze (the unit's
# verify), man-db and groff-base read the man pages (docs_fresh).
# libmicrohttpd serves metrics-address; prometheus gives promtool, which
# test_metrics runs on the endpoint's output.
set -eu
packages="build-essential cmake pkg-config ragel libyajl-dev libcmocka-dev
libwolfssl-dev librabbitmq-dev zlib1g-dev libc-ares-dev clang libclang-rt-14-dev lld-14
afl++ python3 swaks libnet-ssleay-perl openssl postfix rabbitmq-server
amqp-tools libcrypt-dev haproxy whois unbound python3-yaml python3-spf
python3-dnspython python3-authres libzip-dev libexpat1-dev python3-dkim
libpsl-dev publicsuffix libopendkim-dev libssl-dev opendkim-tools
spamassassin spamc spamd
dpkg-dev debhelper fakeroot lintian systemd man-db groff-base
libmicrohttpd-dev prometheus"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
# postfix only provides smtp-source/smtp-sink for the benchmarks: no
# configuration, and no daemon of its own is started by us.
echo "postfix postfix/main_mailer_type select No configuration" |
    $SUDO debconf-set-selections
# Another apt run (unattended upgrades) may hold the lock: wait for it.
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
    --no-install-recommends $missing >/dev/null
