#!/usr/bin/env python3
"""Turns run.sh's results (one JSON object per line: {"name", "data"}) into the summary table,
prints it, and puts it into BENCHMARKS.md between the bench:results markers."""
import argparse
import json
import statistics
import sys
from collections import defaultdict

BEGIN = "<!-- bench:results:begin -->"
END = "<!-- bench:results:end -->"


def load(path):
    runs = defaultdict(list)
    errors = defaultdict(list)
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            entry = json.loads(line)
            if "error" in entry["data"]:
                errors[entry["name"]].append(entry["data"]["error"])
            else:
                runs[entry["name"]].append(entry["data"])
    return runs, errors


class Results:
    def __init__(self, runs, errors):
        self.runs, self.errors = runs, errors

    def median(self, name, field):
        values = [r[field] for r in self.runs.get(name, []) if field in r]
        return statistics.median(values) if values else None

    def spread(self, name, field):
        values = [r[field] for r in self.runs.get(name, []) if field in r]
        return (min(values), max(values)) if values else None


def fmt_ms(v):
    return "n/a" if v is None else (f"{v:.0f} ms" if v >= 100 else f"{v:.1f} ms")


def fmt_mb(kb):
    return "n/a" if kb is None else f"{kb / 1024:.0f} MB"


def ratio(a, b):
    return None if a is None or b in (None, 0) else a / b


def fmt_ratio(r):
    return "n/a" if r is None else f"{r:.2f}×"


def verdict(ok):
    return "n/a" if ok is None else ("**PASS**" if ok else "**FAIL**")


def build(res, args):
    r = res
    base = r.median("psql_baseline", "wall_ms") or 0
    rows = []

    def add(target, tess, psql, rat, goal, ok):
        rows.append((target, tess, psql, rat, goal, verdict(ok)))

    t_wall, p_wall = r.median("fetch", "wall_ms"), r.median("psql_fetch", "wall_ms")
    p_net = None if p_wall is None else p_wall - base
    q = ratio(t_wall, p_net)
    add("Fetch `select * from big` (1M rows) into the grid: wall", fmt_ms(t_wall),
        fmt_ms(p_net), fmt_ratio(q), "≤ 0.40× psql", None if q is None else q <= 0.40)

    t_rss, p_rss = r.median("fetch", "peak_rss_kb"), r.median("psql_fetch", "peak_rss_kb")
    q = ratio(t_rss, p_rss)
    add("Same fetch: peak RSS", fmt_mb(t_rss), fmt_mb(p_rss), fmt_ratio(q), "≤ 0.60× psql",
        None if q is None else q <= 0.60)

    t_first, p_first = r.median("stream", "first_row_ms"), r.median("psql_stream", "first_row_ms")
    add("10M-row query: first rows in the model", fmt_ms(t_first), fmt_ms(p_first),
        fmt_ratio(ratio(t_first, p_first)), "≤ 50 ms", None if t_first is None else t_first <= 50)

    for label, name in (("1M fetch", "fetch"), ("10M stream", "stream")):
        mx, p99 = r.median(name, "max_stall_ms"), r.median(name, "p99_stall_ms")
        add(f"GUI-thread stall during the {label}: max", fmt_ms(mx), "—", "—", "≤ 50 ms",
            None if mx is None else mx <= 50)
        add(f"GUI-thread stall during the {label}: p99", fmt_ms(p99), "—", "—", "≤ 16 ms",
            None if p99 is None else p99 <= 16)

    t_cancel, p_cancel = r.median("cancel", "cancel_ms"), r.median("psql_cancel", "cancel_ms")
    add("Cancel `select pg_sleep(60)` after 1 s → session idle", fmt_ms(t_cancel), fmt_ms(p_cancel),
        fmt_ratio(ratio(t_cancel, p_cancel)), "≤ 200 ms", None if t_cancel is None else t_cancel <= 200)

    t_script, p_script = r.median("script", "wall_ms"), r.median("psql_script", "wall_ms")
    p_net = None if p_script is None else p_script - base
    q = ratio(t_script, p_net)
    add("10,000-statement INSERT script (`psql -f`)", fmt_ms(t_script), fmt_ms(p_net), fmt_ratio(q),
        "≤ 1.25× psql", None if q is None else q <= 1.25)

    t_wide, p_wide = r.median("cli_wide", "wall_ms"), r.median("psql_wide", "wall_ms")
    q = ratio(t_wide, p_wide)
    same = (r.runs.get("wide_output") or [{}])[0].get("same")
    add("1,600 columns × 1,001 rows to CSV, `tessera-cli` vs `psql --csv` (whole programs): wall",
        fmt_ms(t_wide), fmt_ms(p_wide), fmt_ratio(q), "≤ 3.00× psql, same bytes",
        None if q is None or same is None else (q <= 3.00 and same))
    t_rss, p_rss = r.median("cli_wide", "peak_rss_kb"), r.median("psql_wide", "peak_rss_kb")
    add("Same CSV: peak RSS", fmt_mb(t_rss), fmt_mb(p_rss), fmt_ratio(ratio(t_rss, p_rss)), "—", None)

    shown = r.median("startup", "window_shown_ms")
    if shown is None and r.errors.get("startup"):
        add("Start `tessera` → main window shown", "not measured¹", "—", "—", "—", None)
    else:
        add("Start `tessera` → main window shown", fmt_ms(shown), "—", "—", "—", None)

    diag = []
    for label, name in (("1M fetch, ResultModel (as in the tree)", "fetch"),
                        ("1M fetch, prototype: columns sized on visible rows", "fetch_proto"),
                        ("10M stream, ResultModel (as in the tree)", "stream"),
                        ("10M stream, prototype: columns sized on visible rows", "stream_proto"),
                        ("10M stream, server with jit=off", "stream_nojit")):
        if not r.runs.get(name):
            continue
        diag.append((label, fmt_ms(r.median(name, "wall_ms")), fmt_ms(r.median(name, "first_row_ms")),
                     fmt_ms(r.median(name, "columns_ms")),
                     fmt_mb(r.median(name, "peak_rss_kb")), fmt_ms(r.median(name, "max_stall_ms")),
                     fmt_ms(r.median(name, "p99_stall_ms")), f"{r.median(name, 'paints'):.0f}",
                     fmt_ms(r.median(name, "paint_ms_total")), fmt_ms(r.median(name, "append_ms_max")),
                     f"{r.median(name, 'rows'):.0f}"))

    out = []
    out.append(f"Measured {args.date} on {args.nproc} × {args.cpu} (load average at the end: {args.load}), "
               f"commit {args.commit}, median of {args.runs} run(s), with `tests/bench/run.sh`.")
    out.append("psql's wall times have its own start and connection taken off "
               f"(`psql -c 'select 1'`: {fmt_ms(base)}); Tessera's start at `execute()` on an open session.")
    out.append("")
    out += table(("Target", "Tessera", "psql (same run)", "Ratio", "Goal", "Result"), rows)
    if r.errors.get("startup"):
        out.append("")
        out.append(f"¹ {r.errors['startup'][0]}")
    other_errors = {k: v for k, v in r.errors.items() if k != "startup"}
    for name, errs in other_errors.items():
        out.append("")
        out.append(f"Errors in `{name}`: {errs[0]}")
    out.append("")
    out.append("Diagnosis (not targets): where the GUI thread's time and the memory go.")
    out.append("")
    out += table(("Run", "Wall", "First row", "Query ran (columns)", "Peak RSS", "Stall max", "Stall p99",
                  "Grid paints", "Paint time", "Slowest append", "Rows"), diag)
    wide = (r.runs.get("wide_output") or [None])[0]
    if wide:
        out.append("")
        out.append(f"Wide CSV: {wide['bytes']:,} bytes; tessera-cli's output "
                   + ("is byte for byte psql's." if wide["same"] else "DIFFERS from psql's (see run.sh)."))
    if r.runs.get("script"):
        out.append("")
        out.append("10,000-statement script, as Run Script: split and syntax-checked (on a pool thread) in "
                   f"{fmt_ms(r.median('script', 'prepare_ms'))}; GUI-thread stall max "
                   f"{fmt_ms(r.median('script', 'max_stall_ms'))}, p99 {fmt_ms(r.median('script', 'p99_stall_ms'))}.")
    return "\n".join(out) + "\n"


def table(header, rows):
    """A Markdown table: the header, its rule, a line a row."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def main():
    p = argparse.ArgumentParser()
    p.add_argument("results")
    p.add_argument("markdown")
    for a in ("--date", "--cpu", "--nproc", "--runs", "--commit", "--load"):
        p.add_argument(a, default="?")
    args = p.parse_args()
    runs, errors = load(args.results)
    section = build(Results(runs, errors), args)
    print(section)
    try:
        text = open(args.markdown).read()
    except FileNotFoundError:
        text = "# Benchmarks\n\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        text = head + BEGIN + "\n" + section + END + tail
    else:
        text = text.rstrip("\n") + "\n\n" + BEGIN + "\n" + section + END + "\n"
    with open(args.markdown, "w") as f:
        f.write(text)
    print(f"written to {args.markdown}", file=sys.stderr)


if __name__ == "__main__":
    main()
