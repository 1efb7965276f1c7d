#!/bin/sh
# systemd-analyze verify on the unit CMake made from
# dist/systemd/mxqd.service.in: clean, no warning. The unit names the
# installed /usr/sbin/mxqd, which a build tree has not, so a copy naming
# the built mxqd is verified (systemd-analyze checks that it exists).
#   ci/check-unit.sh UNIT [MXQD]
# Exits 77 (ctest: skipped) when systemd-analyze is not installed.
set -eu
unit=$1
mxqd=${2:-}
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "systemd_unit_verify: systemd-analyze is not installed (skipped)"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copy="$tmp/mxqd.service"
if [ -n "$mxqd" ] && [ ! -x "$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$unit")" ]; then
    sed "s|^ExecStart=[^ ]*|ExecStart=$mxqd|" "$unit" >"$copy"
else
    cp "$unit" "$copy"
fi
# Without a running systemd (CI containers) verify still loads and checks
# the unit; it then complains about the manager, not the unit: those lines
# are left out. Anything that names the unit or a setting fails the test.
set +e
out=$(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no "$copy" 2>&1)
rc=$?
set -e
echo "$out"
relevant=$(printf '%s\n' "$out" | grep -v '^$' |
    grep -Ev 'Failed to (connect to|create) .*bus|System has not been booted with systemd|Failed to initialize manager|dbus' || true)
if [ -n "$relevant" ]; then
    echo "systemd-analyze verify: not clean (exit $rc)"
    exit 1
fi
if [ $rc -ne 0 ]; then
    echo "systemd-analyze verify: exit $rc"
    exit 1
fi
echo "systemd-analyze verify: $(basename "$unit") is clean"
