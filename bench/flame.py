#!/usr/bin/env python3
"""Where mxqd's time goes, from `perf script` output (perf record -g).

    perf script -i perf.data | bench/flame.py --svg flame.svg --folded out.folded

Prints each sample's category (the table below, first match by priority
over the whole stack, so that a write(2) under the committer counts as the
file queue and a malloc under the document builder as JSON) with its
share, then the busiest functions. --folded writes the stacks in the
"frame;frame;frame count" form of Brendan Gregg's flamegraph.pl;
--svg draws the flame graph itself (root at the bottom, width = samples,
colour = category), so that nothing outside Debian is needed.
"""

import argparse
import collections
import html
import re
import sys

# (category, pattern on a frame's function name, colour), by priority.
CATEGORIES = [
    ("file queue: write, fsync, rename (committer thread)",
     r"^(committer_main|mxqd_fq_batch_commit|fq_flush|fsync|fdatasync)$|"
     r"^(__GI_)*_*(libc_)?(open|openat|rename|renameat2?)$",
     "#d9822b"),
    ("TLS (wolfSSL)", r"wolfSSL|^wc_|^tls_", "#8e44ad"),
    ("AMQP framing and publishing (rabbitmq-c)", r"^amqp_|^publisher_main$",
     "#c0392b"),
    ("logging", r"^mxqd_log|^syslog|^received_log", "#7f8c8d"),
    ("JSON documents (yajl, UTF-8 check)",
     r"yajl|^mxq_documents_|^mxq_utf8|json|^put_", "#27ae60"),
    ("parsing (Ragel machines)",
     r"_scan$|^mxq_parse|_exec$|^mxq_header|^mxq_address|^mxq_mime|"
     r"^mxq_xmq|^mxq_proxy", "#2980b9"),
    ("network system calls (send, recv, accept, epoll)",
     r"^(__GI_)*_*(libc_)?(send|sendto|recv|recvfrom|accept4|epoll_wait|"
     r"epoll_ctl|getpeername|getsockname|close|writev)$|^flush_output$|"
     r"^accept_some$", "#e67e22"),
    ("memory (malloc, free)", r"malloc|^cfree|^free$|realloc|calloc|"
     r"^_int_|unlink_chunk|sysmalloc", "#95a5a6"),
    ("SMTP engine (session, replies, other)", r"^mxq_|^session_|^reply",
     "#16a085"),
]
RULES = [(name, re.compile(rx), colour) for name, rx, colour in CATEGORIES]
OTHER = ("other (the loop, libc, kernel under none of the above)", "#bdc3c7")
KERNEL_COLOUR = "#f0b27a"

HEAD = re.compile(r"^(\S.*?)\s+\d+(?:/\d+)?\s+(?:\[\d+\]\s+)?[\d.]+:")
FRAME = re.compile(r"^\s+[0-9a-f]+\s+(.+?)\s+\((.*)\)\s*$")


def read_samples(lines):
    """[(comm, [frames leaf first: (function, dso)])]"""
    samples, comm, frames = [], None, []
    for line in lines:
        if not line.strip():
            if comm is not None:
                samples.append((comm, frames))
            comm, frames = None, []
            continue
        m = HEAD.match(line)
        if m and not line.startswith((" ", "\t")):
            comm, frames = m.group(1), []
            continue
        m = FRAME.match(line)
        if m and comm is not None:
            sym, dso = m.group(1), m.group(2)
            sym = re.sub(r"\+0x[0-9a-f]+$", "", sym)
            if sym == "[unknown]":
                sym = "[%s]" % dso.rsplit("/", 1)[-1]
            frames.append((sym, dso))
    if comm is not None:
        samples.append((comm, frames))
    return samples


def is_kernel(dso):
    return "kernel" in dso or dso.startswith("[")


def category(frames):
    best = None
    for sym, dso in frames:
        if is_kernel(dso):
            continue
        name = sym if "yajl" not in dso else "yajl " + sym
        for i, (_, rx, _) in enumerate(RULES):
            if rx.search(name):
                if best is None or i < best:
                    best = i
                break
    return RULES[best][0] if best is not None else OTHER[0]


def colour_of(sym, dso):
    if is_kernel(dso):
        return KERNEL_COLOUR
    name = sym if "yajl" not in dso else "yajl " + sym
    for _, rx, colour in RULES:
        if rx.search(name):
            return colour
    return OTHER[1]


def write_svg(path, folded, total, title):
    """A flame graph: one rectangle per frame, root at the bottom."""
    width, row, pad = 1200, 16, 10
    tree = {}
    colours = {}
    for stack, n in folded.items():
        node = tree
        for frame in stack:
            entry = node.setdefault(frame[0], [0, {}])
            entry[0] += n
            colours.setdefault(frame[0], colour_of(*frame))
            node = entry[1]
    depth = max((len(s) for s in folded), default=1)
    height = (depth + 3) * row + 2 * pad
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'font-family="monospace" font-size="11">' % (width, height),
           '<rect width="100%" height="100%" fill="#ffffff"/>',
           '<text x="%d" y="%d" font-size="14">%s</text>'
           % (pad, pad + 12, html.escape(title))]
    scale = (width - 2 * pad) / max(total, 1)

    def draw(node, x, level):
        for name, (n, children) in sorted(node.items()):
            w = n * scale
            y = height - pad - (level + 1) * row
            if w >= 1.0:  # narrower ones are left out: a smaller file
                label = "%s (%d samples, %.2f%%)" % (name, n, 100.0 * n / total)
                out.append('<g><title>%s</title><rect x="%.1f" y="%d" '
                           'width="%.1f" height="%d" fill="%s" '
                           'stroke="#ffffff" stroke-width="0.3"/>'
                           % (html.escape(label), x, y, w, row - 1,
                              colours[name]))
                chars = int(w / 6.6)
                if chars >= 3:
                    text = name if len(name) <= chars else name[:chars - 2] + ".."
                    out.append('<text x="%.1f" y="%d">%s</text>'
                               % (x + 2, y + row - 4, html.escape(text)))
                out.append("</g>")
                draw(children, x, level + 1)
            x += w
    draw(tree, pad, 0)
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?", default="-")
    ap.add_argument("--folded")
    ap.add_argument("--svg")
    ap.add_argument("--title", default="mxqd")
    ap.add_argument("--comm", default=None,
                    help="only samples of threads whose name starts so")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    src = sys.stdin if args.input == "-" else open(args.input)
    samples = read_samples(src)
    if args.comm:
        samples = [s for s in samples if s[0].startswith(args.comm)]
    total = len(samples)
    if total == 0:
        sys.exit("no samples")
    shares = collections.Counter(category(f) for _, f in samples)
    own = collections.Counter(f[0][0] for _, f in samples if f)
    folded = collections.Counter()
    for comm, frames in samples:
        folded[((comm, ""),) + tuple(reversed(frames))] += 1
    print("%-56s %8s %7s" % ("where the time goes", "samples", "share"))
    order = [c[0] for c in CATEGORIES] + [OTHER[0]]
    for name in order:
        if shares[name]:
            print("%-56s %8d %6.1f%%" % (name, shares[name],
                                         100.0 * shares[name] / total))
    print("%-56s %8d" % ("all", total))
    print()
    print("busiest functions (own time):")
    for sym, n in own.most_common(args.top):
        print("  %6.2f%%  %s" % (100.0 * n / total, sym))
    if args.folded:
        with open(args.folded, "w") as f:
            for stack, n in sorted(folded.items()):
                f.write(";".join(s for s, _ in stack) + " %d\n" % n)
    if args.svg:
        write_svg(args.svg, folded, total, args.title)


if __name__ == "__main__":
    main()
