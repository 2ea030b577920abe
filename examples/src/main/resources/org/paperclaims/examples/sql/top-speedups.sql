-- The 10 largest speedups, with the paper, the baseline and the evidence text.
SELECT paper_id, paper_title, factor, factorMax, bound, aspect, baseline, text AS evidence
FROM claims
WHERE type = 'speedup'
ORDER BY factor DESC, paper_id, start
LIMIT 10;
