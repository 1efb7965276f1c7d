#!/bin/sh
# The engine is sans-I/O: libmxq.a may not import any symbol that does I/O,
# reads a clock or sleeps. Fails, naming the symbols, when one shows up.
set -eu
lib=$1
forbidden='^(socket|connect|accept4?|bind|listen|send|sendto|sendmsg|recv|recvfrom|recvmsg|read|write|readv|writev|pread|pwrite|open|open64|openat|fopen|fopen64|close|fclose|fread|fwrite|fprintf|printf|puts|epoll_.*|poll|ppoll|select|pselect|time|clock_gettime|gettimeofday|clock|localtime.*|gmtime.*|sleep|usleep|nanosleep|getenv|syslog|getrandom|rand|random|srand)$'
# Undefined in some object and defined in none: what the library imports.
defined=$(nm --defined-only "$lib" | awk 'NF==3 {print $3}' | sort -u)
undefined=$(nm -u "$lib" | awk 'NF==2 {print $2}' | sed 's/@.*//' | sort -u |
            comm -23 - /dev/fd/3 3<<EOF2
$defined
EOF2
)
bad=$(printf '%s\n' "$undefined" | grep -E "$forbidden" || true)
if [ -n "$bad" ]; then
    echo "libmxq imports I/O or clock symbols:"
    printf '  %s\n' $bad
    exit 1
fi
echo "libmxq imports $(printf '%s\n' "$undefined" | grep -c .) symbols, none for I/O or time:"
printf '%s\n' "$undefined" | tr '\n' ' '
echo

# Fails, naming them, when exported symbols match the pattern (grep -E;
# a third argument -v: when they do not match it).
exported=$(nm -g --defined-only "$lib" | awk 'NF==3 {print $3}')
refuse_exports() {
    why=$1 pattern=$2 invert=${3:-}
    bad=$(printf '%s\n' "$exported" | grep -E $invert "$pattern" || true)
    if [ -n "$bad" ]; then
        echo "libmxq $why:"
        printf '  %s\n' $bad
        exit 1
    fi
}
# Every symbol the library exports carries the mxq_ prefix; the rest are
# local (ci/localize-engine.sh).
refuse_exports "exports symbols without the mxq_ prefix" '^mxq_' -v
# The daemon's own grammars (config file, PROXY header, policy text) are
# not part of the engine.
refuse_exports "holds the daemon's grammars" '^mxq_(cfg|proxy|policy)_'
echo "libmxq exports $(printf '%s\n' "$exported" | grep -c .) symbols, all mxq_, none of the daemon's"
