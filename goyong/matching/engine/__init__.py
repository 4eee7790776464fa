"""Matching engine: pure numeric code (no Django).

``features`` (input arrays and per-pair features), ``scoring`` (hard constraints, linear
score, Korean explanation), ``kernels`` (compiled pair score and top-k scan), ``topk``
(blocked exact top-k both ways, congestion control and metrics), ``assignment`` (job-fair
interview assignment by min-cost flow), ``evaluation`` (Recall@k, NDCG@k, coverage,
congestion, group gaps, rule baseline), ``synthetic`` (generated instances for tests and
the benchmark). Usage and formulas: ``docs/matching.md``.
"""
