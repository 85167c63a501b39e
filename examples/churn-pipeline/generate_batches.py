#!/usr/bin/env python3
"""Production batches for the monitoring part of the pipeline: one CSV per day of scored customers.

Each row has the training data's columns (customer_id, tenure_months, monthly_charges, contract, churned: the
label, known once the month is over) plus `predicted`, the model's prediction (1: will churn), as a serving log
would hold them. Standard library only; the same --seed gives the same files.

- A healthy day draws customers from the training data (data/train.csv), with a little noise on the numbers:
  what the model was trained on, so `crucible monitor` finds no drift.
- A drifted day is what a price campaign aimed at new sign-ups does: most customers are new (tenure of a few
  months), on month-to-month contracts, paying more, and churn more. Tenure, contract and monthly charges drift,
  and so do the label and the prediction.

    python3 generate_batches.py --out-dir batches [--days 5] [--drift-from 4] [--rows 500] [--seed 7]
                                [--start 2026-12-01] [--model model/model.json] [--reference data/train.csv]

writes batches/2026-12-01.csv ... batches/2026-12-05.csv, the days from --drift-from on (here the 4th and 5th)
drifted; --drift-from 0 keeps every day healthy. Without --model, the model is trained here first with seed 1, as
`train.py --seed 1` would.
"""

import argparse
import csv
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # no __pycache__ in the example's folder
import train  # noqa: E402  (the model and its features live beside this file)

COLUMNS = ["customer_id", "tenure_months", "monthly_charges", "contract", "churned", "predicted"]


def healthy_row(rng, reference):
    row = dict(rng.choice(reference))
    row["tenure_months"] = str(min(72, max(0, int(row["tenure_months"]) + rng.randint(-1, 1))))
    row["monthly_charges"] = f"{max(0.0, float(row['monthly_charges']) * (1 + rng.gauss(0, 0.01))):.2f}"
    return row


def drifted_row(rng, reference):
    if rng.random() < 0.35:
        return healthy_row(rng, reference)
    return {
        "tenure_months": str(rng.randint(0, 6)),
        "monthly_charges": f"{min(200.0, max(20.0, rng.gauss(98, 12))):.2f}",
        "contract": "month-to-month" if rng.random() < 0.9 else "one-year",
        "churned": "1" if rng.random() < 0.7 else "0",
    }


def write_day(path, rows, seed, first_id, drifted, reference, model):
    rng = random.Random(seed)
    make = drifted_row if drifted else healthy_row
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for i in range(rows):
            row = make(rng, reference)
            writer.writerow([first_id + i, row["tenure_months"], row["monthly_charges"], row["contract"], row["churned"], model.predict_row(row)])


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description="Write a day of scored churn customers per file, healthy or drifted.")
    parser.add_argument("--out-dir", required=True, help="folder for the <date>.csv files")
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--drift-from", type=int, default=4, help="first drifted day (1-based); 0 for none")
    parser.add_argument("--rows", type=int, default=500, help="customers a day (at most 999,999)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", default="2026-12-01", help="date of the first day (YYYY-MM-DD), the first file's name")
    parser.add_argument("--model", help="model file from train.py; absent, one is trained with seed 1")
    parser.add_argument("--reference", default=os.path.join(here, "data", "train.csv"), help="data healthy days are drawn from")
    args = parser.parse_args(argv)
    if args.days < 1 or not 1 <= args.rows < 1_000_000 or args.drift_from < 0:
        parser.error("--days must be at least 1, --rows from 1 to 999999, --drift-from 0 or more.")
    try:
        start = datetime.date.fromisoformat(args.start)
    except ValueError:
        parser.error(f"--start must be a date like 2026-12-01, got {args.start!r}.")

    reference = train.read_rows(args.reference)
    model = train.Model.load(args.model) if args.model else train.train(reference, seed=1)[0]
    os.makedirs(args.out_dir, exist_ok=True)
    for day in range(1, args.days + 1):
        drifted = args.drift_from != 0 and day >= args.drift_from
        path = os.path.join(args.out_dir, f"{start + datetime.timedelta(days=day - 1)}.csv")
        write_day(path, args.rows, args.seed * 1000 + day, day * 1_000_000, drifted, reference, model)
        print(f"{path}: {args.rows} rows, {'drifted' if drifted else 'healthy'}")


if __name__ == "__main__":
    main()
