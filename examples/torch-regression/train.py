"""A small PyTorch trainer written the way the train action expects a trainer to behave.

- Runs on CUDA when a GPU is visible, else on the CPU (`--device` forces one).
- Resumes from `--checkpoint-dir/last.pt` when it is there (the action restores that folder from the cache).
- On SIGINT or SIGTERM (a cancel, or the action's time budget) it finishes the current step, saves a checkpoint
  and its metrics so far, and exits 0: the next run continues where this one stopped.
- Shows a carriage-return progress bar per epoch on stderr (the action collapses it in the log) and logs metrics
  as DVCLive does (`dvclive/metrics.json`, `dvclive/plots/metrics/**.tsv`, `dvclive/params.yaml`).

The data is synthetic (a noisy non-linear regression), so the example needs nothing but torch.

    python train.py --epochs 20 --lr 0.01 --seed 1 --checkpoint-dir checkpoints --out dvclive
"""
import argparse
import json
import os
import signal
import sys
import time

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=20)
parser.add_argument("--lr", type=float, default=0.01)
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--batch-size", type=int, default=256)
parser.add_argument("--samples", type=int, default=20000)
parser.add_argument("--checkpoint-dir", default="checkpoints")
parser.add_argument("--out", default="dvclive")
parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
args = parser.parse_args()

stop = {"signal": None}


def request_stop(signum, _frame):
    # Finish the step in hand, then save: a half-written checkpoint is worse than none.
    stop["signal"] = signal.Signals(signum).name


signal.signal(signal.SIGINT, request_stop)
signal.signal(signal.SIGTERM, request_stop)

torch.manual_seed(args.seed)
device = torch.device(args.device)
features = torch.randn(args.samples, 16)
target = (features[:, :4].sin().sum(1) + 0.5 * features[:, 4:8].pow(2).sum(1) + 0.1 * torch.randn(args.samples)).unsqueeze(1)
split = int(args.samples * 0.8)
train_x, train_y = features[:split].to(device), target[:split].to(device)
test_x, test_y = features[split:].to(device), target[split:].to(device)

model = nn.Sequential(nn.Linear(16, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, 1)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
loss_fn = nn.MSELoss()

os.makedirs(args.checkpoint_dir, exist_ok=True)
checkpoint_path = os.path.join(args.checkpoint_dir, "last.pt")
history = {"train/loss": [], "eval/mse": []}
start_epoch = 0
if os.path.exists(checkpoint_path):
    state = torch.load(checkpoint_path, map_location=device)
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optimizer"])
    start_epoch = state["epoch"]
    history = state["history"]
    print(f"resumed from {checkpoint_path} at epoch {start_epoch}", flush=True)
print(f"device {device}" + (f" ({torch.cuda.get_device_name(device)})" if device.type == "cuda" else ""), flush=True)


def save(epoch):
    tmp = checkpoint_path + ".tmp"
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": epoch, "history": history}, tmp)
    os.replace(tmp, checkpoint_path)


def write_metrics():
    os.makedirs(os.path.join(args.out, "plots", "metrics", "train"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "plots", "metrics", "eval"), exist_ok=True)
    for name, points in history.items():
        with open(os.path.join(args.out, "plots", "metrics", f"{name}.tsv"), "w") as handle:
            handle.write(f"step\t{name.split('/')[-1]}\n")
            for step, value in points:
                handle.write(f"{step}\t{value}\n")
    final = {name.split("/")[0]: {} for name in history}
    for name, points in history.items():
        if points:
            final[name.split("/")[0]][name.split("/")[1]] = points[-1][1]
    with open(os.path.join(args.out, "metrics.json"), "w") as handle:
        json.dump(final, handle, indent=2)
    with open(os.path.join(args.out, "params.yaml"), "w") as handle:
        handle.write(f"lr: {args.lr}\nepochs: {args.epochs}\nseed: {args.seed}\nbatch_size: {args.batch_size}\n")


batches = (split + args.batch_size - 1) // args.batch_size
epoch = start_epoch
for epoch in range(start_epoch, args.epochs):
    model.train()
    order = torch.randperm(split, device=device)
    total = 0.0
    began = time.time()
    for batch in range(batches):
        index = order[batch * args.batch_size : (batch + 1) * args.batch_size]
        optimizer.zero_grad()
        loss = loss_fn(model(train_x[index]), train_y[index])
        loss.backward()
        optimizer.step()
        total += loss.item() * len(index)
        done = (batch + 1) * 30 // batches
        sys.stderr.write(f"\repoch {epoch + 1}/{args.epochs} [{'=' * done}{' ' * (30 - done)}] {batch + 1}/{batches} loss {loss.item():.4f}")
        if stop["signal"] is not None:
            break
    sys.stderr.write("\n")
    if stop["signal"] is not None:
        # The epoch did not finish: resume it from its start.
        save(epoch)
        write_metrics()
        print(f"{stop['signal']}: saved {checkpoint_path} at epoch {epoch}; the next run resumes there", flush=True)
        sys.exit(0)
    model.eval()
    with torch.no_grad():
        mse = loss_fn(model(test_x), test_y).item()
    history["train/loss"].append([epoch + 1, total / split])
    history["eval/mse"].append([epoch + 1, mse])
    print(f"epoch {epoch + 1}: train loss {total / split:.4f}, eval mse {mse:.4f} ({time.time() - began:.1f}s)", flush=True)
    save(epoch + 1)

write_metrics()
print("done", flush=True)
