"""Raking (generalised raking ratio): results checked against hand arithmetic."""

import numpy as np
import pytest

from werkzorg.microsim.calibrate import CalibrationError, rake


def test_two_by_two_raking_gives_the_independence_table():
    # Four cells (row, column) = (1,1), (1,2), (2,1), (2,2), design weight 1 each; margins rows 30/70, columns 40/60.
    # Raking from a uniform start converges to w_ij = row_i × column_j / total (hand arithmetic):
    # 30·40/100 = 12, 30·60/100 = 18, 70·40/100 = 28, 70·60/100 = 42.
    X = np.array([[1, 0, 1], [1, 0, 0], [0, 1, 1], [0, 1, 0]], dtype=np.float32)  # row 1, row 2, column 1
    result = rake(np.ones(4), X, np.array([30.0, 70.0, 40.0]))
    assert result.weights == pytest.approx([12, 18, 28, 42], rel=1e-9)
    assert result.max_relative_error < 1e-9


def test_continuous_total_and_count_together():
    # Two households with 10 and 30 hours, design weight 1. Targets: 2 households and 50 hours in total.
    # w1 + w2 = 2 and 10 w1 + 30 w2 = 50 give w1 = 0.5, w2 = 1.5 (hand arithmetic); raking keeps both positive.
    X = np.array([[1, 10], [1, 30]], dtype=np.float32)
    result = rake(np.ones(2), X, np.array([2.0, 50.0]))
    assert result.weights == pytest.approx([0.5, 1.5], rel=1e-8)


def test_unreachable_target_is_refused():
    X = np.array([[1, 0], [1, 0]], dtype=np.float32)  # nobody in the second category
    with pytest.raises(CalibrationError):
        rake(np.ones(2), X, np.array([2.0, 1.0]))


def test_blocks_give_the_same_weights():
    rng = np.random.default_rng(3)
    X = np.column_stack([np.ones(1000), rng.integers(0, 2, 1000), rng.uniform(0, 40, 1000)]).astype(np.float32)
    targets = np.array([1200.0, 500.0, 25_000.0])
    whole = rake(np.ones(1000), X, targets)
    blocked = rake(np.ones(1000), X, targets, block=77)
    assert np.allclose(whole.weights, blocked.weights, rtol=1e-10)
    assert whole.weights @ X[:, 2] == pytest.approx(25_000, rel=1e-6)  # float32 matrix: ~1e-7 rounding
