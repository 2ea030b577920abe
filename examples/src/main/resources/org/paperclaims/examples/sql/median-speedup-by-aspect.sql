-- The median speedup factor by aspect (what got faster); claims that do not say are '(unspecified)'.
SELECT coalesce(aspect, '(unspecified)') AS aspect, count(*) AS claims, median(factor) AS median_factor
FROM claims
WHERE type = 'speedup'
GROUP BY ALL
ORDER BY median_factor DESC, aspect;
