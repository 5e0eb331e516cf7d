"""Calibration of household weights to published totals by raking (generalised raking ratio, as in CALMAR).

Why our own ~80 lines of NumPy and not a PyPI package (see docs/microsim.md, "Calibration"):
`weightipy` (the maintained RIM-weighting fork of Quantipy) and `samplics` rake pandas DataFrames on categorical
margins only and would add pandas to a project that has none; `ipfn` is unmaintained since 2021 and is pure
cell-wise IPF on a dense table; `microcalibrate` needs Python ≥ 3.13 and PyTorch. Our margins mix categorical counts
(households by type), person counts per household (working women) and continuous totals (hours worked, wages), which
generalised raking handles directly: weights w_i = d_i · exp(x_i · λ), with λ the solution of X'w = T found by
Newton's method (Deville and Särndal 1992, JASA 87:376–382; the "raking ratio" method of CALMAR). For 0/1
household-level categories this is exactly iterative proportional fitting; weights stay positive.
"""

from __future__ import annotations

import dataclasses

import numpy as np


class CalibrationError(ValueError):
    """The targets cannot be met: inconsistent or out of reach of the generated population."""


@dataclasses.dataclass(frozen=True)
class CalibrationResult:
    weights: np.ndarray
    iterations: int
    #: Relative error per target after calibration: (X'w − T) / T.
    relative_error: np.ndarray

    @property
    def max_relative_error(self) -> float:
        return float(np.max(np.abs(self.relative_error))) if len(self.relative_error) else 0.0


def weighted_totals(X: np.ndarray, w: np.ndarray, block: int) -> np.ndarray:
    out = np.zeros(X.shape[1])
    for start in range(0, len(w), block):
        out += w[start : start + block] @ X[start : start + block].astype(np.float64)
    return out


def _weighted_cross(X: np.ndarray, w: np.ndarray, block: int) -> np.ndarray:
    out = np.zeros((X.shape[1], X.shape[1]))
    for start in range(0, len(w), block):
        x = X[start : start + block].astype(np.float64)
        out += (x * w[start : start + block, None]).T @ x
    return out


def rake(
    design_weights: np.ndarray,
    X: np.ndarray,
    targets: np.ndarray,
    *,
    tolerance: float = 1e-9,
    max_iterations: int = 100,
    block: int = 1_000_000,
    in_place: bool = False,
) -> CalibrationResult:
    """Weights w close to design_weights (in the raking distance) with X'w = targets.

    X has one row per household and one column per target (e.g. 1 if the household is a single parent, or the number
    of working women in it, or their weekly hours summed). Columns must be linearly independent and every target
    reachable (a category with target > 0 needs at least one household in it). With in_place, a float32 X is
    scaled in place (and so changed).
    """
    d = np.asarray(design_weights, dtype=np.float64)
    targets = np.asarray(targets, dtype=np.float64)
    if X.shape != (len(d), len(targets)):
        raise ValueError(f"X has shape {X.shape}, expected ({len(d)}, {len(targets)})")
    # Scale every column to a mean of one under the design weights so that Newton's system is well conditioned.
    scale = weighted_totals(X, d, block) / d.sum()
    missing = np.flatnonzero((scale == 0) & (targets != 0)).tolist()
    if missing:
        raise CalibrationError(f"targets {missing} have no household in the population")
    scale[scale == 0] = 1.0
    if in_place and X.dtype == np.float32:
        Xs = X
        Xs /= scale.astype(np.float32)  # saves a copy of a matrix of a gigabyte for the full population
    else:
        Xs = X.astype(np.float32) / scale.astype(np.float32)
    T = targets / scale
    lam = np.zeros(len(T))
    w = d.copy()
    error = weighted_totals(Xs, w, block) - T
    for iteration in range(1, max_iterations + 1):
        jacobian = _weighted_cross(Xs, w, block)
        step = np.linalg.lstsq(jacobian, -error, rcond=None)[0]
        # Damped Newton: halve the step until the error shrinks (raking's objective is convex).
        norm = np.linalg.norm(error / np.maximum(np.abs(T), 1e-12))
        for _ in range(30):
            candidate = lam + step
            eta = np.zeros(len(d))
            for start in range(0, len(d), block):
                eta[start : start + block] = Xs[start : start + block].astype(np.float64) @ candidate
            w_new = d * np.exp(np.clip(eta, -50, 50))
            new_error = weighted_totals(Xs, w_new, block) - T
            if np.linalg.norm(new_error / np.maximum(np.abs(T), 1e-12)) < norm or not np.isfinite(norm):
                break
            step /= 2
        lam, w, error = candidate, w_new, new_error
        relative = error / np.where(T == 0, 1.0, T)
        if np.max(np.abs(relative)) < tolerance:
            return CalibrationResult(w, iteration, relative)
    relative = error / np.where(T == 0, 1.0, T)
    if np.max(np.abs(relative)) > 1e-3:
        worst = int(np.argmax(np.abs(relative)))
        raise CalibrationError(f"raking did not converge: target {worst} off by {relative[worst]:.1%}")
    return CalibrationResult(w, max_iterations, relative)
