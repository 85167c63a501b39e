#!/usr/bin/env python3
"""Churn classifier for the pipeline example: logistic regression trained by mini-batch gradient descent.

Needs only Python's standard library (3.8 or newer), so the pipeline runs on any runner with python3 and nothing
installed. The seed picks the initial weights and the batch order, so several seeds are several honest runs for
compare-metrics to judge noise from; the train/eval split has a seed of its own (--split-seed, fixed by default) so
that every seed is scored on the same held-out customers. The same seeds give the same files.

It logs as DVCLive does, which compare-metrics, train and report read with the per-epoch history:
    <metrics-dir>/metrics.json                 final values ({"train": {...}, "eval": {...}, "step": N})
    <metrics-dir>/plots/metrics/<group>/<m>.tsv one row per epoch (step, value)
    <metrics-dir>/params.yaml                  the hyperparameters
and writes the model (weights plus the feature scaling) as JSON to --model, which generate_batches.py and a
deploy step read.

    python3 train.py --seed 1 [--data data/train.csv] [--metrics-dir dvclive] [--model model/model.json]
                     [--epochs 40] [--lr 0.1] [--batch-size 32] [--eval-share 0.2] [--split-seed 0]
"""

import argparse
import csv
import json
import math
import os
import random
import sys

FEATURES = ["tenure_months", "monthly_charges", "contract=month-to-month", "contract=two-year"]
TARGET = "churned"
MODEL_FORMAT = "crucible-example/logistic-regression@1"


def raw_features(row):
    """The model's inputs from one CSV row (the schema's columns); one-year is the contract baseline."""
    return [
        float(row["tenure_months"]),
        float(row["monthly_charges"]),
        1.0 if row["contract"] == "month-to-month" else 0.0,
        1.0 if row["contract"] == "two-year" else 0.0,
    ]


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    missing = [name for name in ("tenure_months", "monthly_charges", "contract", TARGET) if rows and name not in rows[0]]
    if not rows or missing:
        sys.exit(f"{path}: expected a CSV with the columns tenure_months, monthly_charges, contract and {TARGET}; "
                 f"missing {', '.join(missing) or 'every row'}.")
    return rows


def sigmoid(z):
    # Split so that exp never overflows on a large negative or positive score.
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class Model:
    """Weights over standardised features; mean and scale are the train split's, kept with the model."""

    def __init__(self, mean, scale, weights, bias):
        self.mean, self.scale, self.weights, self.bias = mean, scale, weights, bias

    def standardise(self, x):
        return [(v - m) / s for v, m, s in zip(x, self.mean, self.scale)]

    def probability(self, x):
        z = self.bias + sum(w * v for w, v in zip(self.weights, self.standardise(x)))
        return sigmoid(z)

    def predict_row(self, row):
        """1 when the customer is predicted to churn, else 0."""
        return 1 if self.probability(raw_features(row)) >= 0.5 else 0

    def to_json(self, extra):
        return {"format": MODEL_FORMAT, "features": FEATURES, "target": TARGET, "mean": self.mean,
                "scale": self.scale, "weights": self.weights, "bias": self.bias, "threshold": 0.5, **extra}

    @classmethod
    def load(cls, path):
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        if document.get("format") != MODEL_FORMAT:
            sys.exit(f"{path}: not a model written by train.py (format {document.get('format')!r}, expected {MODEL_FORMAT!r}).")
        return cls(document["mean"], document["scale"], document["weights"], document["bias"])


def evaluate(model, examples):
    """Log loss and the usual binary metrics, churn (1) being the positive class."""
    loss = 0.0
    tp = fp = tn = fn = 0
    for x, y in examples:
        p = min(max(model.probability(x), 1e-9), 1 - 1e-9)
        loss -= y * math.log(p) + (1 - y) * math.log(1 - p)
        predicted = 1 if p >= 0.5 else 0
        tp += predicted == 1 and y == 1
        fp += predicted == 1 and y == 0
        tn += predicted == 0 and y == 0
        fn += predicted == 0 and y == 1
    n = len(examples)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"loss": loss / n, "accuracy": (tp + tn) / n, "precision": precision, "recall": recall, "f1": f1}


def train(rows, seed, epochs=40, lr=0.1, batch_size=32, eval_share=0.2, split_seed=0, log=None):
    """Trains on a seeded split of rows; returns the model, the per-epoch history and the final metrics."""
    examples = [(raw_features(row), int(row[TARGET])) for row in rows]
    random.Random(split_seed).shuffle(examples)
    rng = random.Random(seed)
    cut = int(round(len(examples) * (1 - eval_share)))
    train_set, eval_set = examples[:cut], examples[cut:]
    if not train_set or not eval_set:
        sys.exit(f"--eval-share {eval_share} leaves an empty train or eval split of {len(examples)} rows.")

    columns = list(zip(*(x for x, _ in train_set)))
    mean = [sum(column) / len(column) for column in columns]
    scale = [math.sqrt(sum((v - m) ** 2 for v in column) / len(column)) or 1.0 for column, m in zip(columns, mean)]
    model = Model(mean, scale, [rng.gauss(0.0, 0.01) for _ in FEATURES], 0.0)

    # Train accuracy is left out on purpose: monitoring matches expected metrics to live ones by their last name
    # token, and a live "accuracy" must be held against the eval split's, not the train split's.
    history = {"train/loss": [], "eval/loss": [], "eval/accuracy": []}
    for epoch in range(1, epochs + 1):
        rng.shuffle(train_set)
        for start in range(0, len(train_set), batch_size):
            batch = train_set[start:start + batch_size]
            gradient = [0.0] * len(FEATURES)
            gradient_bias = 0.0
            for x, y in batch:
                error = model.probability(x) - y
                for i, v in enumerate(model.standardise(x)):
                    gradient[i] += error * v
                gradient_bias += error
            model.weights = [w - lr * g / len(batch) for w, g in zip(model.weights, gradient)]
            model.bias -= lr * gradient_bias / len(batch)
        train_metrics = evaluate(model, train_set)
        eval_metrics = evaluate(model, eval_set)
        history["train/loss"].append((epoch, train_metrics["loss"]))
        history["eval/loss"].append((epoch, eval_metrics["loss"]))
        history["eval/accuracy"].append((epoch, eval_metrics["accuracy"]))
        if log is not None:
            log(f"epoch {epoch}/{epochs}: train loss {train_metrics['loss']:.4f}, eval loss {eval_metrics['loss']:.4f}, "
                f"eval accuracy {eval_metrics['accuracy']:.4f}")
    final = {"train": evaluate(model, train_set), "eval": evaluate(model, eval_set)}
    return model, history, final, {"train_rows": len(train_set), "eval_rows": len(eval_set)}


def write_dvclive(folder, history, final, params, epochs):
    os.makedirs(folder, exist_ok=True)
    summary = {"train": {"loss": final["train"]["loss"]}, "eval": final["eval"], "step": epochs}
    with open(os.path.join(folder, "metrics.json"), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=2)
        handle.write("\n")
    with open(os.path.join(folder, "params.yaml"), "w", encoding="utf-8") as handle:
        for key, value in params.items():
            handle.write(f"{key}: {value}\n")
    for name, points in history.items():
        group, metric = name.split("/")
        plot_folder = os.path.join(folder, "plots", "metrics", group)
        os.makedirs(plot_folder, exist_ok=True)
        # DVCLive also writes a timestamp column; leaving it out keeps a seed's output identical run to run.
        with open(os.path.join(plot_folder, f"{metric}.tsv"), "w", encoding="utf-8") as handle:
            handle.write(f"step\t{metric}\n")
            handle.writelines(f"{step}\t{value!r}\n" for step, value in points)


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description="Train the churn classifier (logistic regression, standard library only).")
    parser.add_argument("--seed", type=int, required=True, help="split, initial weights and batch order")
    parser.add_argument("--data", default=os.path.join(here, "data", "train.csv"), help="training CSV (data/schema.yml)")
    parser.add_argument("--metrics-dir", default="dvclive", help="DVCLive-style metrics folder to write")
    parser.add_argument("--model", default=os.path.join("model", "model.json"), help="model file to write")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--eval-share", type=float, default=0.2, help="share of rows held out for evaluation")
    parser.add_argument("--split-seed", type=int, default=0, help="which rows are held out (the same for every --seed)")
    parser.add_argument("--quiet", action="store_true", help="print only the final line")
    args = parser.parse_args(argv)
    if args.epochs < 1 or args.lr <= 0 or args.batch_size < 1 or not 0 < args.eval_share < 1:
        parser.error("--epochs and --batch-size must be at least 1, --lr above 0 and --eval-share between 0 and 1.")

    rows = read_rows(args.data)
    log = None if args.quiet else (lambda line: print(line, flush=True))
    model, history, final, sizes = train(rows, args.seed, args.epochs, args.lr, args.batch_size, args.eval_share, args.split_seed, log)
    params = {"seed": args.seed, "epochs": args.epochs, "lr": args.lr, "batch_size": args.batch_size,
              "eval_share": args.eval_share, "split_seed": args.split_seed}
    write_dvclive(args.metrics_dir, history, final, params, args.epochs)
    os.makedirs(os.path.dirname(os.path.abspath(args.model)), exist_ok=True)
    with open(args.model, "w", encoding="utf-8") as handle:
        json.dump(model.to_json({"params": params, **sizes, "eval": final["eval"]}), handle, indent=2)
        handle.write("\n")
    print(f"trained: seed={args.seed} epochs={args.epochs} eval accuracy={final['eval']['accuracy']:.4f} "
          f"eval loss={final['eval']['loss']:.4f}; wrote {args.metrics_dir}/ and {args.model}")


if __name__ == "__main__":
    main()
