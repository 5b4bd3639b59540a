#!/usr/bin/env python3
"""Generate the reference numbers that test/stats/*.test.ts compare the TypeScript stats against.

Run from the repository root:  python3 scripts/stats-reference.py
Needs numpy and scipy (written against scipy 1.17). The output under test/stats/reference/ is
committed; CI never runs this script. p-values come straight from scipy.stats; where scipy has
no function (Hodges-Lehmann interval, Newcombe interval, pymannkendall's Mann-Kendall test,
sample-size formulas) the formulas are implemented here, independently of the TypeScript, and
cross-checked against scipy where scipy has a counterpart.
"""

import json
import math
import os
import shutil
import subprocess

import numpy as np
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), "..", "test", "stats", "reference")
rng = np.random.default_rng(20240601)
ALTERNATIVES = ("less", "greater")


def clean(v):
    """JSON has no inf/nan: spell them as strings the tests revive."""
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [clean(x) for x in v]
    if isinstance(v, (np.floating, float)):
        v = float(v)
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return v
    if isinstance(v, np.integer):
        return int(v)
    return v


def write(name, payload):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        json.dump(clean(payload), f, allow_nan=False, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {os.path.getsize(path)} bytes")


# ---------------------------------------------------------------- two-sample data sets


def normal(n, mu, sd, digits=None):
    x = rng.normal(mu, sd, n)
    return np.round(x, digits) if digits is not None else x


def lognormal(n, mu, sigma, digits=1):
    return np.round(rng.lognormal(mu, sigma, n), digits)


def two_sample_sets():
    s = []
    add = lambda name, c, b: s.append((name, np.asarray(c, float), np.asarray(b, float)))
    add("n=2 both sides", normal(2, 0.8, 0.1, 3), normal(2, 0.7, 0.1, 3))
    add("n=2 vs 5", normal(2, 0.6, 0.1, 3), normal(5, 0.8, 0.1, 3))
    add("n=3 vs 3 exact values", [1.0, 2.0, 3.0], [2.0, 3.0, 4.0])
    add("n=5 vs 8", normal(5, 10, 2), normal(8, 11, 3))
    add("ties: one-decimal scores", normal(30, 0.7, 0.15, 1), normal(40, 0.8, 0.15, 1))
    add("ties: likert 1..5", rng.integers(1, 6, 50), rng.integers(2, 6, 60))
    add("ties: heavy, binary-like", rng.integers(0, 2, 40), rng.integers(0, 2, 45))
    add("unequal sizes 10 vs 200", normal(10, 0.75, 0.1, 3), normal(200, 0.8, 0.05, 3))
    add("unequal sizes 200 vs 10", normal(200, 0.8, 0.05, 3), normal(10, 0.75, 0.2, 3))
    add("zero variance candidate", [0.75] * 12, normal(30, 0.8, 0.05, 3))
    add("zero variance baseline", normal(25, 420, 60, 1), [400.0] * 15)
    same = normal(40, 0.85, 0.05, 2)
    add("identical samples", same, same.copy())
    add("identical constant samples (MWU all tied)", [3.0] * 5, [3.0] * 7)
    add("huge difference, p ~1e-25", normal(60, 0.65, 0.08, 3), normal(200, 0.85, 0.05, 3))
    add("huge difference, Welch p ~1e-235", normal(200, 0.5, 0.05, 3), normal(200, 0.85, 0.05, 3))
    add("huge difference, Welch p ~1e-245", normal(300, 0.6, 0.05, 4), normal(300, 0.85, 0.05, 4))
    add("disjoint n=800, MWU p ~1e-260", normal(800, 0.6, 0.03, 3), normal(800, 0.85, 0.03, 3))
    add("disjoint ranges small", [10.0, 11.0, 12.0, 13.0], [1.0, 2.0, 3.0])
    add("large n latency", lognormal(3000, 6.0, 0.4), lognormal(2500, 6.02, 0.4))
    add("large n tokens with ties", rng.poisson(430, 2000), rng.poisson(425, 1800))
    add("large n quality 2 decimals", normal(2500, 0.84, 0.07, 2), normal(4000, 0.845, 0.07, 2))
    add("cost micro-euros", normal(80, 0.00169, 0.0002, 6), normal(200, 0.00165, 0.0002, 6))
    add("latency skewed small", lognormal(35, 6.1, 0.5), lognormal(40, 6.0, 0.5))
    add("equal means different spread", normal(50, 1.0, 0.1), normal(70, 1.0, 1.0))
    add("negative values", normal(45, -3.0, 2.0, 2), normal(55, -2.0, 2.5, 2))
    for k in range(26):
        n1, n2 = int(rng.integers(2, 300)), int(rng.integers(2, 300))
        kind = k % 3
        if kind == 0:
            c = normal(n1, 0.8 + rng.normal(0, 0.03), 0.08, 3)
            b = normal(n2, 0.8, 0.08, 3)
        elif kind == 1:
            c = lognormal(n1, 6.0 + rng.normal(0, 0.1), 0.5)
            b = lognormal(n2, 6.0, 0.5)
        else:
            c = rng.integers(300, 330, n1) + rng.integers(0, 3) * 2
            b = rng.integers(300, 330, n2)
        add(f"random #{k} kind {kind}", c, b)
    return s


def mwu_z(c, b, alternative):
    """z as the TypeScript reports it: U of the candidate, continuity toward the null."""
    n1, n2 = len(c), len(b)
    ranks = stats.rankdata(np.concatenate([c, b]))
    u = ranks[:n1].sum() - n1 * (n1 + 1) / 2
    _, t = np.unique(np.concatenate([c, b]), return_counts=True)
    n = n1 + n2
    sd = math.sqrt(n1 * n2 / 12 * ((n + 1) - (t**3 - t).sum() / (n * (n - 1))))
    if sd == 0:
        return 0.0
    return (u - n1 * n2 / 2 - (0.5 if alternative == "greater" else -0.5)) / sd


def hodges_lehmann(c, b, level):
    d = np.sort(np.subtract.outer(c, b).ravel())
    total = d.size
    z = stats.norm.ppf(1 - (1 - level) / 2)
    k = max(1, math.floor(total / 2 - z * math.sqrt(total * (len(c) + len(b) + 1) / 12)))
    return {"shift": float(np.median(d)), "ci": [float(d[k - 1]), float(d[total - k])]}


def two_sample():
    cases = []
    for name, c, b in two_sample_sets():
        case = {"name": name, "candidate": c.tolist(), "baseline": b.tolist()}
        both_constant = np.ptp(c) == 0 and np.ptp(b) == 0
        if not both_constant:
            case["welch"] = {}
            for alt in ALTERNATIVES:
                r = stats.ttest_ind(c, b, equal_var=False, alternative=alt)
                ci = stats.ttest_ind(c, b, equal_var=False).confidence_interval(0.95)
                case["welch"][alt] = {
                    "t": r.statistic,
                    "df": r.df,
                    "p": r.pvalue,
                    "diff": c.mean() - b.mean(),
                    "ci95": [ci.low, ci.high],
                }
        case["mwu"] = {}
        for alt in ALTERNATIVES:
            r = stats.mannwhitneyu(c, b, alternative=alt, method="asymptotic", use_continuity=True)
            z = mwu_z(c, b, alt)
            # The z above must reproduce scipy's p-value, or our reading of scipy is wrong.
            p_from_z = stats.norm.sf(z) if alt == "greater" else stats.norm.cdf(z)
            assert z == 0 or math.isclose(p_from_z, r.pvalue, rel_tol=1e-12), name
            case["mwu"][alt] = {"u": r.statistic, "z": z, "p": r.pvalue}
        if len(c) * len(b) <= 3_000_000:
            case["hl"] = {"95": hodges_lehmann(c, b, 0.95), "90": hodges_lehmann(c, b, 0.90)}
        cases.append(case)
    write("two-sample.json", {"cases": cases})
    print(f"  two-sample data sets: {len(cases)} ({2 * len(cases)} per test with alternatives)")


def hodges_lehmann_large():
    """n1*n2 above the exact-sort limit, so the TypeScript takes its selection path."""
    cases = []
    for n1, n2, digits in ((2000, 1200, 1), (1600, 1500, None)):
        c = lognormal(n1, 6.05, 0.4, digits) if digits else normal(n1, 0.8, 0.1)
        b = lognormal(n2, 6.0, 0.4, digits) if digits else normal(n2, 0.82, 0.1)
        cases.append(
            {
                "candidate": c.tolist(),
                "baseline": b.tolist(),
                "95": hodges_lehmann(c, b, 0.95),
            }
        )
    write("hodges-lehmann-large.json", {"cases": cases})


# ---------------------------------------------------------------- rates


def wilson(s, n, z):
    p = s / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (0.0 if s == 0 else centre - half, 1.0 if s == n else centre + half)


def newcombe(cs, cn, bs, bn, level):
    z = stats.norm.ppf(1 - (1 - level) / 2)
    p1, p2 = cs / cn, bs / bn
    l1, u1 = wilson(cs, cn, z)
    l2, u2 = wilson(bs, bn, z)
    d = p1 - p2
    return [d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)]


def rates():
    tables = [
        (56, 70, 48, 80),  # Newcombe (1998) example (a)
        (9, 10, 3, 10),
        (5, 56, 0, 29),
        (0, 10, 0, 20),
        (10, 10, 0, 20),
        (0, 10, 10, 10),
        (58, 60, 197, 200),
        (0, 30, 0, 30),
        (30, 30, 30, 30),
        (0, 50, 3, 60),
        (50, 50, 57, 60),
        (1, 1, 0, 1),
        (0, 1, 1, 1),
        (100, 1000, 300, 1000),
        (300, 1000, 100, 1000),
        (50, 3000, 400, 3000),
        (2900, 3000, 2990, 3000),
        (2995, 3000, 2700, 2800),
        (0, 3000, 120, 3000),
        (1500, 3000, 1500, 3000),
        (1, 2000, 2, 4000),
        (10, 4000, 900, 2500),
        (0, 3000, 700, 3000),  # p ~1e-231
        (5, 3000, 800, 3000),  # p ~1e-257
        (3000, 3000, 2300, 3000),
    ]
    for _ in range(18):
        cn, bn = int(rng.integers(5, 2500)), int(rng.integers(5, 2500))
        pc, pb = rng.uniform(0.5, 1.0), rng.uniform(0.5, 1.0)
        tables.append((int(rng.binomial(cn, pc)), cn, int(rng.binomial(bn, pb)), bn))
    cases = []
    for cs, cn, bs, bn in tables:
        table = [[cs, cn - cs], [bs, bn - bs]]
        fisher = {}
        for alt in ALTERNATIVES:
            r = stats.fisher_exact(table, alternative=alt)
            fisher[alt] = {"p": r.pvalue, "oddsRatio": r.statistic}
        cases.append(
            {
                "cs": cs,
                "cn": cn,
                "bs": bs,
                "bn": bn,
                "fisher": fisher,
                "newcombe95": newcombe(cs, cn, bs, bn, 0.95),
                "newcombe90": newcombe(cs, cn, bs, bn, 0.90),
            }
        )
    write("rates.json", {"cases": cases})


# ---------------------------------------------------------------- multiple testing


def holm(ps):
    ps = np.asarray(ps, float)
    m = len(ps)
    order = np.argsort(ps, kind="stable")
    adj = np.minimum(1, np.maximum.accumulate((m - np.arange(m)) * ps[order]))
    out = np.empty(m)
    out[order] = adj
    return out


def corrections():
    vectors = [
        [0.01],
        [0.5],
        [0.01, 0.04],
        [0.01, 0.01],
        [0.04, 0.01, 0.03, 0.005],
        [0.9, 0.8, 0.95, 0.99, 1.0],
        [1e-30, 0.2, 0.03, 0.03, 0.049, 0.7],
        [0.2, 0.2, 0.2, 0.2],
    ]
    for _ in range(12):
        m = int(rng.integers(2, 40))
        v = rng.uniform(0, 1, m) ** 3
        if m > 4:
            v[: m // 4] = v[m // 4]  # ties
        vectors.append(rng.permutation(v).tolist())
    cases = []
    for v in vectors:
        bh = stats.false_discovery_control(v, method="bh")
        # statsmodels is not installed; check our Holm against the textbook definition.
        m = len(v)
        srt = sorted(v)
        for i, p in enumerate(v):
            rank = srt.index(p)
            naive = min(1.0, max((m - j) * srt[j] for j in range(rank + 1)))
            assert math.isclose(naive, holm(v)[i], rel_tol=1e-15)
        cases.append({"p": v, "holm": holm(v).tolist(), "bh": np.asarray(bh).tolist()})
    write("corrections.json", {"cases": cases})


# ---------------------------------------------------------------- trend


def mann_kendall(y, days):
    """pymannkendall.original_test and sens_slope, re-implemented; `days` places the values."""
    y = np.asarray(y, float)
    n = len(y)
    s = 0
    for k in range(n - 1):
        s += np.sign(y[k + 1 :] - y[k]).sum()
    _, tp = np.unique(y, return_counts=True)
    if len(tp) == n:
        var_s = (n * (n - 1) * (2 * n + 5)) / 18
    else:
        var_s = (n * (n - 1) * (2 * n + 5) - np.sum(tp * (tp - 1) * (2 * tp + 5))) / 18
    z = (s - 1) / math.sqrt(var_s) if s > 0 else (s + 1) / math.sqrt(var_s) if s < 0 else 0.0
    # pymannkendall: p = 2 * (1 - norm.cdf(abs(z))); sf keeps the digits of tiny p-values.
    p = 2 * stats.norm.sf(abs(z))
    # pymannkendall's sens_slope on the full daily series with NaN for missing days.
    full = np.full(int(days[-1]) + 1, np.nan)
    full[np.asarray(days, int)] = y
    idx = np.arange(len(full))
    slopes = [
        (full[j] - full[i]) / (j - i)
        for i in range(len(full))
        for j in range(i + 1, len(full))
    ]
    slope = np.nanmedian(slopes)
    intercept = np.nanmedian(full) - np.median(idx[~np.isnan(full)]) * slope
    ts = stats.theilslopes(y, np.asarray(days, float))
    assert math.isclose(slope, ts.slope, rel_tol=1e-12, abs_tol=1e-15), (slope, ts.slope)
    assert math.isclose(intercept, ts.intercept, rel_tol=1e-9, abs_tol=1e-12)
    tau = s / (0.5 * n * (n - 1))
    if len(tp) == n:
        kt = stats.kendalltau(days, y).statistic
        assert math.isclose(tau, kt, rel_tol=1e-12, abs_tol=1e-15), (tau, kt)
    return {
        "n": n,
        "s": int(s),
        "varS": var_s,
        "z": z,
        "tau": tau,
        "p": p,
        "pIncreasing": stats.norm.sf(z),
        "pDecreasing": stats.norm.cdf(z),
        "senSlope": slope,
        "intercept": intercept,
    }


def trend():
    series = []
    add = lambda name, y, days=None: series.append(
        (name, list(map(float, y)), list(range(len(y))) if days is None else days)
    )
    add("n=3 increasing", [1, 2, 3])
    add("n=3 decreasing with tie", [5, 5, 4])
    add("n=4 flat", [2, 2, 2, 2])
    add("up trend", np.round(0.7 + 0.004 * np.arange(30) + rng.normal(0, 0.02, 30), 4))
    add("down trend", np.round(0.9 - 0.003 * np.arange(45) + rng.normal(0, 0.02, 45), 4))
    add("no trend", np.round(rng.normal(450, 30, 40), 1))
    add("ties", np.round(0.8 + 0.002 * np.arange(28) + rng.normal(0, 0.03, 28), 1))
    add("strong up, p tiny", np.arange(120) * 1.5 + rng.normal(0, 0.1, 120))
    days = sorted(rng.choice(60, 35, replace=False).tolist())
    add("gaps", np.round(400 + 2.0 * np.asarray(days) + rng.normal(0, 15, 35), 1), days)
    days = [0, 1, 2, 5, 9, 10, 11, 20]
    add("gaps with ties", [3, 3, 4, 4, 5, 4, 6, 6], days)
    days = [0, 3, 4]
    add("n=3 with gap", [10.0, 7.0, 9.0], days)
    for k in range(6):
        n = int(rng.integers(3, 50))
        add(f"random #{k}", np.round(rng.normal(0, 1, n) + rng.normal(0, 0.05) * np.arange(n), 2))
    cases = [{"name": nm, "values": y, "x": d, **mann_kendall(y, d)} for nm, y, d in series]
    write("mann-kendall.json", {"cases": cases})


# ---------------------------------------------------------------- descriptive, power


def describe():
    samples = [
        [5.0],
        [2.0, 1.0],
        [3.0, 1.0, 2.0],
        normal(10, 0.8, 0.1, 3).tolist(),
        normal(11, 0.8, 0.1).tolist(),
        lognormal(200, 6.0, 0.5).tolist(),
        rng.integers(0, 5, 37).astype(float).tolist(),
        normal(1000, -1.0, 3.0).tolist(),
        # numpy interpolates from the upper end when gamma >= 0.5; here that changes the last bit.
        [-0.8649727462818201, -0.3649087419473726, -0.15236188875684828, 0.10302313848680769,
         0.24238142867215043, 0.6092164928327407, 0.8957830431894438],
    ]
    ps = [0.0, 0.01, 0.05, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 0.95, 0.99, 1.0]
    cases = []
    for x in samples:
        a = np.asarray(x)
        cases.append(
            {
                "x": x,
                "mean": a.mean(),
                "variance": a.var(ddof=1) if len(x) > 1 else None,
                "median": np.median(a),
                "p": ps,
                "quantiles": [np.quantile(a, p) for p in ps],
            }
        )
    write("describe.json", {"cases": cases})


def power():
    def per_side(n):
        return math.inf if math.isinf(n) else max(2, math.ceil(n))

    def means(sc, sb, d, alpha, pw):
        z = stats.norm.ppf(1 - alpha) + stats.norm.ppf(pw)
        return math.inf if d == 0 else z * z * (sc * sc + sb * sb) / (d * d)

    def rates_n(pb, pc, alpha, pw):
        if pb == pc:
            return math.inf
        za, zb = stats.norm.ppf(1 - alpha), stats.norm.ppf(pw)
        pbar = (pb + pc) / 2
        root = za * math.sqrt(2 * pbar * (1 - pbar)) + zb * math.sqrt(pb * (1 - pb) + pc * (1 - pc))
        return root * root / ((pc - pb) ** 2)

    mean_cases = []
    for sc, sb, d, alpha, pw in [
        (0.05, 0.05, -0.085, 0.05, 0.8),
        (0.1, 0.08, 0.02, 0.05, 0.8),
        (60.0, 55.0, 130.0, 0.01, 0.9),
        (0.0003, 0.0002, 0.0003, 0.05, 0.8),
        (1.0, 1.0, 0.0, 0.05, 0.8),
        (0.0, 0.0, 1.0, 0.05, 0.8),
        (2.0, 3.0, -0.5, 0.1, 0.95),
    ]:
        raw = means(sc, sb, d, alpha, pw)
        mean_cases.append(
            {
                "sdCandidate": sc,
                "sdBaseline": sb,
                "delta": d,
                "alpha": alpha,
                "power": pw,
                "means": per_side(raw),
                "medians": per_side(raw * math.pi / 3),
                "raw": raw,
            }
        )
    rate_cases = []
    for pb, pc, alpha, pw in [
        (0.985, 0.935, 0.05, 0.8),
        (0.5, 0.45, 0.05, 0.8),
        (0.9, 0.9, 0.05, 0.8),
        (1.0, 0.95, 0.01, 0.9),
        (0.2, 0.3, 0.05, 0.8),
        (0.0, 0.05, 0.05, 0.8),
    ]:
        raw = rates_n(pb, pc, alpha, pw)
        rate_cases.append(
            {"pBaseline": pb, "pCandidate": pc, "alpha": alpha, "power": pw, "n": per_side(raw), "raw": raw}
        )
    write("power.json", {"means": mean_cases, "rates": rate_cases})


# ---------------------------------------------------------------- paired (by case)


def signed_rank_counts(n):
    """Counts of rank subsets by sum: the exact null of r+, by the counting recurrence."""
    counts = [1] + [0] * (n * (n + 1) // 2)
    for rank in range(1, n + 1):
        for s in range(len(counts) - 1, rank - 1, -1):
            counts[s] += counts[s - rank]
    return counts


def walsh(d, level):
    """Hodges-Lehmann estimate and interval over the Walsh averages, as src/stats/wilcoxon.ts documents."""
    d = np.sort(np.asarray(d, float))
    n = len(d)
    w = np.sort(np.concatenate([(d[i] + d[i:]) / 2 for i in range(n)]))
    total = len(w)
    a = (1 - level) / 2
    absd = np.abs(d)
    exact = n <= 50 and not (d == 0).any() and len(np.unique(absd)) == n
    if exact:
        counts = signed_rank_counts(n)
        # R's qsignrank(a, n): the smallest k with P(T <= k) >= a; checked against scipy's pmf.
        pmf = np.asarray(counts, float) / 2**n
        from scipy.stats._hypotests import _get_wilcoxon_distr
        assert np.allclose(pmf, _get_wilcoxon_distr(n), rtol=1e-12, atol=0)
        k, cum = 0, counts[0]
        while cum / 2**n < a:
            k += 1
            cum += counts[k]
    else:
        z = stats.norm.ppf(1 - a)
        k = math.floor(total / 2 - z * math.sqrt(n * (n + 1) * (2 * n + 1) / 24))
    k = max(1, k)
    return {"estimate": float(np.median(w)), "ci": [float(w[k - 1]), float(w[total - k])]}


def exact_signed_rank_p(d, alt):
    """Exact tail with integers, for p-values below what scipy's 1 - cdf keeps."""
    d = np.asarray(d, float)
    n = len(d)
    r = stats.rankdata(np.abs(d))
    r_plus = int(round(r[d > 0].sum()))
    counts = signed_rank_counts(n)
    tail = sum(counts[r_plus:]) if alt == "greater" else sum(counts[: r_plus + 1])
    return tail / 2**n


def paired_sets(prng):
    s = []
    add = lambda name, c, b: s.append((name, np.asarray(c, float), np.asarray(b, float)))
    add("n=2", [0.8, 0.7], [0.75, 0.72])
    add("n=5 exact", [1.1, 2.3, 2.9, 4.4, 5.0], [1.0, 2.0, 3.0, 4.0, 5.5])
    add("n=8 with a zero (permutation)", [3, 5, 7, 9, 11, 12, 13, 20], [3, 4, 8, 8.5, 10, 14, 12.5, 15])
    add("n=10 with ties (permutation)", [2, 4, 6, 8, 10, 3, 5, 7, 9, 11], [1, 3, 5, 9, 11, 2, 6, 6, 8, 12])
    add("n=13 ties and zeros (permutation)", [5, 5, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15],
        [5, 4, 6, 8, 7, 9, 8, 11, 10, 12, 12, 13, 16])
    add("n=20 exact", prng.normal(500, 50, 20), prng.normal(480, 50, 20))
    add("n=14 with ties (asymptotic)", np.round(prng.normal(0.8, 0.1, 14), 1), np.round(prng.normal(0.8, 0.1, 14), 1))
    base = prng.normal(0.8, 0.12, 30)
    add("n=30 cases, candidate -12 %", base * 0.88 + prng.normal(0, 0.04 / math.sqrt(2), 30),
        base + prng.normal(0, 0.04 / math.sqrt(2), 30))
    add("n=30 cases, no change", base + prng.normal(0, 0.03, 30), base + prng.normal(0, 0.03, 30))
    add("n=50 exact, far tail", np.arange(50) + 100.5, np.arange(50) * 0.5)
    add("n=51 asymptotic", prng.lognormal(6.0, 0.4, 51), prng.lognormal(6.0, 0.4, 51))
    add("n=120 latency, rounded", np.round(prng.lognormal(6.1, 0.4, 120)), np.round(prng.lognormal(6.0, 0.4, 120)))
    add("negative shift n=40", prng.normal(-2, 1, 40), prng.normal(-1, 1, 40))
    same = prng.integers(100, 900, 25).astype(float)
    add("constant differences", same + 25, same)
    for k in range(10):
        n = int(prng.integers(3, 200))
        c = np.round(prng.normal(0.8, 0.1, n) + prng.normal(0, 0.03), int(prng.integers(1, 4)))
        b = np.round(prng.normal(0.8, 0.1, n), int(prng.integers(1, 4)))
        add(f"random #{k}", c, b)
    return s


def paired():
    prng = np.random.default_rng(20261204)
    cases = []
    for name, c, b in paired_sets(prng):
        d = c - b
        case = {"name": name, "candidate": c.tolist(), "baseline": b.tolist()}
        if np.ptp(d) > 0:
            case["t"] = {}
            for alt in ALTERNATIVES:
                r = stats.ttest_rel(c, b, alternative=alt)
                ci95 = stats.ttest_rel(c, b).confidence_interval(0.95)
                ci90 = stats.ttest_rel(c, b).confidence_interval(0.90)
                case["t"][alt] = {"t": r.statistic, "df": r.df, "p": r.pvalue, "diff": d.mean(),
                                  "ci95": [ci95.low, ci95.high], "ci90": [ci90.low, ci90.high]}
        if (d != 0).any():
            case["wilcoxon"] = {}
            for alt in ALTERNATIVES:
                r = stats.wilcoxon(c, b, alternative=alt)
                entry = {"rPlus": r.statistic, "p": r.pvalue}
                nz = d[d != 0]
                if len(d) <= 50 and len(nz) == len(d) and len(np.unique(np.abs(d))) == len(d):
                    entry["pExact"] = exact_signed_rank_p(d, alt)
                    assert math.isclose(entry["pExact"], r.pvalue, rel_tol=1e-6, abs_tol=1e-14), name
                case["wilcoxon"][alt] = entry
        case["walsh"] = {"95": walsh(d, 0.95), "90": walsh(d, 0.90)}
        cases.append(case)
    tables = [(3, 10, 30), (0, 5, 30), (5, 0, 30), (0, 0, 30), (1, 1, 2), (12, 3, 40),
              (40, 60, 300), (0, 25, 25), (7, 9, 50), (150, 220, 2000), (1, 0, 1)]
    for _ in range(10):
        n = int(prng.integers(2, 3000))
        disc = int(prng.integers(0, n + 1))
        up = int(prng.integers(0, disc + 1))
        tables.append((up, disc - up, n))
    mcnemar = []
    for up, down, n in tables:
        entry = {"up": up, "down": down, "cases": n}
        nd = up + down
        if nd > 0:
            for alt in ALTERNATIVES:
                entry[alt] = stats.binomtest(up, nd, 0.5, alternative=alt).pvalue
        for lvl in (0.95, 0.90):
            # diff = q (2 pi - 1): Clopper-Pearson for q and pi, each at (1 + level) / 2.
            inner = (1 + lvl) / 2
            q = stats.binomtest(nd, n, 0.5).proportion_ci(inner, method="exact")
            if nd > 0:
                pi = stats.binomtest(up, nd, 0.5).proportion_ci(inner, method="exact")
                lo_pi, hi_pi = pi.low, pi.high
            else:
                lo_pi, hi_pi = 0.0, 1.0
            a, b = 2 * lo_pi - 1, 2 * hi_pi - 1
            entry[f"ci{int(lvl * 100)}"] = [q.high * a if a < 0 else q.low * a, q.high * b if b > 0 else q.low * b]
            if nd > 0:
                ci = stats.binomtest(up, nd, 0.5).proportion_ci(lvl, method="exact")
                entry[f"cp{int(lvl * 100)}"] = [ci.low, ci.high]
        mcnemar.append(entry)
    binom = []
    for k, n, p in [(0, 10, 0.5), (3, 10, 0.5), (9, 10, 0.5), (10, 10, 0.5), (4, 50, 0.3), (40, 50, 0.3),
                    (1, 2000, 0.5), (950, 2000, 0.5), (1100, 2000, 0.5), (5, 100000, 0.0002),
                    (30, 40, 0.9), (2, 7, 0.05), (600, 1000, 0.55)]:
        binom.append({"k": k, "n": n, "p": p, "cdf": stats.binom.cdf(k, n, p), "sf": stats.binom.sf(k - 1, n, p)})
    za = lambda alpha: stats.norm.ppf(1 - alpha)
    zb = lambda pw: stats.norm.ppf(pw)
    power_cases = []
    for sd, delta, alpha, pw in [(0.04, 0.08, 0.05, 0.8), (0.1, 0.02, 0.01, 0.9), (60.0, 130.0, 0.0125, 0.8),
                                 (0.0, 0.1, 0.05, 0.8), (2.0, -0.5, 0.1, 0.95)]:
        raw = (za(alpha) + zb(pw)) ** 2 * sd**2 / delta**2
        power_cases.append({"sd": sd, "delta": delta, "alpha": alpha, "power": pw,
                            "t": max(2, math.ceil(raw)), "rank": max(2, math.ceil(raw * math.pi / 3))})
    mcnemar_power = []
    for psi, delta, alpha, pw in [(0.1, 0.05, 0.05, 0.8), (0.02, 0.05, 0.05, 0.8), (0.3, 0.1, 0.01, 0.9)]:
        q = max(psi, abs(delta))
        raw = (za(alpha) * math.sqrt(q) + zb(pw) * math.sqrt(q - delta**2)) ** 2 / delta**2
        mcnemar_power.append({"discordance": psi, "delta": delta, "alpha": alpha, "power": pw,
                              "n": max(2, math.ceil(raw))})
    write("paired.json", {"cases": cases, "mcnemar": mcnemar, "binomial": binom,
                          "power": power_cases, "mcnemarPower": mcnemar_power})


# ---------------------------------------------------------------- day-level test


def day_level_cases():
    """Days of values with and without day effects, a new day, and the expected numbers.

    F is scipy.stats.f_oneway's; the variance component is Searle's ANOVA estimator and the
    test the random-effects prediction of a new day's mean (Higgins, Thompson & Spiegelhalter
    2009) plus the new day's own variance, with Satterthwaite degrees of freedom; p-values and
    interval from scipy.stats.t.
    """
    r = np.random.default_rng(20261204)
    cases = []
    shapes = [
        ("balanced, no day effect", [50] * 8, 0.0, 0.0),
        ("balanced, day effect", [40] * 10, 0.05, 0.0),
        ("unbalanced, day effect", [12, 80, 33, 150, 7, 64, 20, 95, 41], 0.04, 0.03),
        ("unbalanced, shifted new day", [200, 180, 220, 90, 300, 250, 130], 0.02, -0.08),
        ("few days", [30, 45, 25], 0.03, 0.01),
        ("many days, big effect", [25] * 28, 0.1, -0.05),
        ("two-valued rates", [60, 80, 70, 90, 50, 75], 0.0, 0.0),
        ("rates, a new day without a failure", [60, 80, 70, 90, 50, 75, 65, 85], 0.0, 0.0),
    ]
    for name, sizes, tau, shift in shapes:
        if name == "two-valued rates":
            days = [(r.random(n) < 0.9).astype(float) for n in sizes]
            new = (r.random(40) < 0.85).astype(float)
        elif name.startswith("rates, a new day without"):
            days = [(r.random(n) < 0.99).astype(float) for n in sizes]
            new = np.ones(40)
        else:
            days = [np.round(r.normal(0.8 + tau * r.normal(), 0.1, n), 6) for n in sizes]
            new = np.round(r.normal(0.8 + tau * r.normal() + shift, 0.1, 60), 6)
        n = np.array([len(d) for d in days], float)
        m = np.array([d.mean() for d in days])
        D, N = len(days), n.sum()
        grand = (n * m).sum() / N
        msb = (n * (m - grand) ** 2).sum() / (D - 1)
        msw = sum(((d - d.mean()) ** 2).sum() for d in days) / (N - D)
        n0 = (N - (n**2).sum() / N) / (D - 1)
        f = stats.f_oneway(*days).statistic
        assert abs(f - msb / msw) <= 1e-9 * f
        tau2 = max(0.0, (msb - msw) / n0)
        w = 1 / (msw / n + tau2)
        ref = (w * m).sum() / w.sum()
        # A new day without spread varies as the days' calls do within a day (msw), not at 0.
        own = (new.var(ddof=1) if new.var(ddof=1) > 0 else msw) / len(new)
        between = tau2 + 1 / w.sum()
        var = own + between
        df_b = D - 1 if tau2 > 0 else N - D
        df = var**2 / (own**2 / (len(new) - 1) + between**2 / df_b)
        diff = new.mean() - ref
        se = math.sqrt(var)
        t = diff / se
        q = stats.t.ppf(0.975, df)
        cases.append(
            {
                "name": name,
                "days": [d.tolist() for d in days],
                "day": new.tolist(),
                "f": f,
                "msBetween": msb,
                "msWithin": msw,
                "n0": n0,
                "tau2": tau2,
                "reference": ref,
                "diff": diff,
                "se": se,
                "df": df,
                "pLess": stats.t.cdf(t, df),
                "pGreater": stats.t.sf(t, df),
                "ci95": [diff - q * se, diff + q * se],
            }
        )
    write("day-level.json", {"cases": cases})


# ---------------------------------------------------------------------------
# stratified.json: the exact conditional test of success across matched cases (paired success
# with repeated calls): the candidate's summed successes against the convolution of each case's
# hypergeometric distribution (scipy.stats.hypergeom.pmf), and the Mantel-Haenszel statistic.


def stratified_exact(strata, alt):
    dist = np.array([1.0])
    observed = lowest = 0
    for kc, nc, kb, nb in strata:
        m, N = kc + kb, nc + nb
        if m in (0, N):
            continue
        lo, hi = max(0, m - nb), min(nc, m)
        dist = np.convolve(dist, stats.hypergeom.pmf(np.arange(lo, hi + 1), N, m, nc))
        observed += kc
        lowest += lo
    if len(dist) == 1:
        return 1.0
    t = observed - lowest
    return float(min(1.0, dist[: t + 1].sum() if alt == "less" else dist[t:].sum()))


def mantel_haenszel(strata, alt):
    mean = var = observed = 0.0
    for kc, nc, kb, nb in strata:
        m, N = kc + kb, nc + nb
        if m in (0, N):
            continue
        observed += kc
        mean += nc * m / N
        var += nc * nb * m * (N - m) / (N * N * (N - 1))
    if var == 0:
        return 1.0
    z = (observed - mean + 0.5) / math.sqrt(var) if alt == "less" else (mean - observed + 0.5) / math.sqrt(var)
    return float(stats.norm.cdf(z))


def stratified():
    prng = np.random.default_rng(77)
    sets = [
        ("one call a side (McNemar)", [(1, 1, 0, 1)] * 3 + [(0, 1, 1, 1)] * 9 + [(1, 1, 1, 1)] * 30),
        ("no informative case", [(1, 1, 4, 4)] * 20 + [(0, 2, 0, 3)] * 5),
        ("flaky baseline, candidate passed", [(1, 1, 3, 4)] * 10 + [(1, 1, 4, 4)] * 40),
        ("losses where the baseline never failed", [(0, 1, 4, 4)] * 6 + [(1, 1, 3, 4)] * 8 + [(1, 1, 4, 4)] * 150),
        ("three calls a side", [(2, 3, 3, 3)] * 4 + [(3, 3, 2, 3)] * 3 + [(1, 3, 2, 3)] + [(3, 3, 3, 3)] * 50),
        ("unequal calls per case", [(0, 2, 5, 5), (1, 2, 4, 5), (2, 2, 3, 5), (1, 1, 0, 2), (3, 4, 1, 1), (0, 1, 1, 6)]),
        ("every case lost", [(0, 1, 4, 4)] * 12),
        ("every call succeeded", [(3, 3, 3, 3)] * 40),
    ]
    for i in range(6):
        cases = int(prng.integers(20, 400))
        nb, nc = int(prng.integers(1, 6)), int(prng.integers(1, 4))
        p = np.clip(prng.beta(2 * 0.93, 2 * 0.07, cases), 0, 1)
        drop = float(prng.choice([0.0, 0.03, 0.08]))
        kb = prng.binomial(nb, p)
        kc = prng.binomial(nc, np.clip(p - drop, 0, 1))
        sets.append((f"random {i}: {cases} cases, {nb} baseline and {nc} candidate calls, drop {drop}",
                     [(int(a), nc, int(b), nb) for a, b in zip(kc, kb)]))
    cases = []
    for name, strata in sets:
        entry = {"name": name, "strata": [list(s) for s in strata]}
        for alt in ALTERNATIVES:
            entry[alt] = stratified_exact(strata, alt)
            entry["mh_" + alt] = mantel_haenszel(strata, alt)
        # The t interval of the mean per-case rate difference, its variance at least the calls'
        # binomial noise at the pooled rate (successes + 2) / (calls + 4).
        d = np.array([kc / nc - kb / nb for kc, nc, kb, nb in strata])
        if len(d) >= 2:
            k = sum(kc + kb for kc, _, kb, _ in strata)
            n = sum(nc + nb for _, nc, _, nb in strata)
            pooled = (k + 2) / (n + 4)
            noise = pooled * (1 - pooled) * sum(1 / nc + 1 / nb for _, nc, _, nb in strata) / len(d)
            sd = math.sqrt(max(np.var(d, ddof=1), noise))
            entry["sd"] = sd
            t = d.mean() / (sd / math.sqrt(len(d)))
            entry["t_less"] = float(stats.t.cdf(t, len(d) - 1))
            entry["t_greater"] = float(stats.t.cdf(-t, len(d) - 1))
            for lvl in (0.95, 0.90):
                half = stats.t.ppf(1 - (1 - lvl) / 2, len(d) - 1) * sd / math.sqrt(len(d))
                entry[f"ci{int(lvl * 100)}"] = [max(-1.0, d.mean() - half), min(1.0, d.mean() + half)]
                if np.var(d, ddof=1) >= noise:
                    t_ci = stats.ttest_rel([kc / nc for kc, nc, _, _ in strata],
                                           [kb / nb for _, _, kb, nb in strata]).confidence_interval(lvl)
                    assert math.isclose(t_ci.low, d.mean() - half, rel_tol=1e-9, abs_tol=1e-12), name
        if all(nc == 1 and nb == 1 for _, nc, _, nb in strata):
            up = sum(1 for kc, _, kb, _ in strata if kc > kb)
            down = sum(1 for kc, _, kb, _ in strata if kc < kb)
            for alt in ALTERNATIVES:
                assert math.isclose(entry[alt], stats.binomtest(up, up + down, 0.5, alternative=alt).pvalue, rel_tol=1e-9)
        cases.append(entry)
    write("stratified.json", {"cases": cases})


if __name__ == "__main__":
    import sys

    os.makedirs(OUT, exist_ok=True)
    # Sections by name (e.g. `paired`) regenerate only those files; none regenerates all.
    only = set(sys.argv[1:])
    if not only:
        for section in (two_sample, hodges_lehmann_large, rates, corrections, trend, describe, power):
            section()
    if not only or "paired" in only:
        paired()
    if not only or "day-level" in only:
        day_level_cases()
    if not only or "stratified" in only:
        stratified()
    # The committed files are in Prettier's layout (the repository's lint checks it).
    if shutil.which("npx"):
        subprocess.run(["npx", "prettier", "--log-level", "warn", "--write", OUT], check=True)
    else:
        print("npx not found: run 'npx prettier --write test/stats/reference' before committing")
