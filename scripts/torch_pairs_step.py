#!/usr/bin/env python3
"""PyTorch timing of the staircase's concat-critic step on ALL K*K pairs (the SMILE authors' concat critic): an MLP on
[x_i, y_j] for every i, j (K^2 rows), InfoNCE loss, Adam. The same step as `mine4j perf concat-pairs:d:n:HxL`.
Run with one thread:  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 scripts/torch_pairs_step.py concat-pairs:20:64:256x2
Prints the median ms per step over 5 blocks after a warm-up (the format of ../shared/reference/torch_step.py)."""
import argparse, math, statistics, time
import torch

p = argparse.ArgumentParser()
p.add_argument('--threads', type=int, default=1)
p.add_argument('--steps', type=int, default=200)
p.add_argument('specs', nargs='+')
a = p.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(0)

for spec in a.specs:
    critic, d, n, hl = spec.split(':'); d, n = int(d), int(n); h, L = map(int, hl.split('x'))
    assert critic == 'concat-pairs', 'this script times concat-pairs specs only'
    layers, w = [], 2 * d
    for _ in range(L):
        layers += [torch.nn.Linear(w, h), torch.nn.ReLU()]; w = h
    net = torch.nn.Sequential(*layers, torch.nn.Linear(w, 1))
    opt = torch.optim.Adam(net.parameters(), lr=5e-4)
    rho = 0.5
    def step():
        x = torch.randn(n, d); y = rho * x + math.sqrt(1 - rho * rho) * torch.randn(n, d)
        pairs = torch.cat([x.repeat_interleave(n, 0), y.repeat(n, 1)], 1)  # row i*n + j = [x_i, y_j]
        s = net(pairs).view(n, n)
        loss = -(math.log(n) + (s.diag() - torch.logsumexp(s, 1)).mean())
        opt.zero_grad(set_to_none=True); loss.backward(); opt.step()
    for _ in range(max(20, a.steps // 10)): step()
    blocks = []
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(a.steps // 5): step()
        blocks.append((time.perf_counter() - t) / (a.steps // 5) * 1e3)
    print(f"torch {torch.__version__} threads={a.threads} {spec}: {statistics.median(blocks):.3f} ms/step "
          f"(blocks {min(blocks):.3f}..{max(blocks):.3f})", flush=True)
