-- The most frequent datasets and benchmarks: in how many papers each canonical name occurs.
SELECT name AS dataset, min(kind) AS kind, count(DISTINCT paper_id) AS papers
FROM claims
WHERE type = 'dataset'
GROUP BY name
ORDER BY papers DESC, dataset
LIMIT 10;
