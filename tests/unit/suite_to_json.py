#!/usr/bin/python3
"""Converts a conformance suite in YAML (several documents: the OpenSPF
suites, ValiMail's ARC suite) to one JSON array of its scenarios,
unchanged, for tests/unit/test_spf.c and test_arc.c (there is no YAML
parser for C in this project).

yajl's tree API keeps strings NUL-terminated, so a string holding U+0000
(a record in the suites has one) travels as {"$bytes": "<hex of its
UTF-8>"}; every other value is as YAML read it.

Usage: suite_to_json.py SUITE.yml OUT.json
"""
import json
import os
import sys

import yaml


def transport(value):
    if isinstance(value, str) and "\0" in value:
        return {"$bytes": value.encode("utf-8").hex()}
    if isinstance(value, list):
        return [transport(v) for v in value]
    if isinstance(value, dict):
        return {k: transport(v) for k, v in value.items()}
    return value


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        scenarios = [transport(d) for d in yaml.safe_load_all(f) if d is not None]
    os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
    tmp = dst + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        # ensure_ascii: the suites' non-ASCII octets travel as \u escapes
        json.dump(scenarios, f, ensure_ascii=True, indent=1)
    os.replace(tmp, dst)


if __name__ == "__main__":
    main()
