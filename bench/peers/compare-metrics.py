"""Peer of `crucible compare`: what a user would write by hand for the same job, in plain Python.

Reads each run's metrics file (nested keys joined with "."), averages every metric over the runs of each side, and
prints the table of baseline, current and their difference.
    python3 compare-metrics.py --baseline a.json [--baseline ...] --current b.json [--current ...]
"""
import argparse
import json
import statistics


def flatten(document, prefix=""):
    for key, value in document.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            yield from flatten(value, name)
        else:
            yield name, value


def load(paths):
    runs = []
    for path in paths:
        with open(path) as file:
            runs.append(dict(flatten(json.load(file))))
    return runs


def means(runs):
    names = {name for run in runs for name in run}
    return {name: statistics.fmean(run[name] for run in runs if name in run) for name in names}


parser = argparse.ArgumentParser()
parser.add_argument("--baseline", action="append", required=True)
parser.add_argument("--current", action="append", required=True)
args = parser.parse_args()
baseline = means(load(args.baseline))
current = means(load(args.current))
print(f"{'metric':<30} {'baseline':>10} {'current':>10} {'delta':>10} {'delta %':>8}")
for name in sorted(baseline.keys() | current.keys()):
    before, after = baseline.get(name), current.get(name)
    if before is None or after is None:
        print(f"{name:<30} {before!s:>10} {after!s:>10}")
        continue
    delta = after - before
    percent = f"{delta / abs(before) * 100:+.3g}%" if before else ""
    print(f"{name:<30} {before:>10.4g} {after:>10.4g} {delta:>+10.3g} {percent:>8}")
