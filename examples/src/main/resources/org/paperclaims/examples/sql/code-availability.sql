-- The share of papers whose code is available, only promised, or not mentioned at all.
WITH per_paper AS (
    SELECT p.id,
           CASE WHEN bool_or(c.status = 'available') THEN 'available'
                WHEN bool_or(c.status = 'promised') THEN 'promised'
                ELSE 'absent' END AS code
    FROM papers p
    LEFT JOIN claims c ON c.paper_id = p.id AND c.type = 'code'
    GROUP BY p.id
)
SELECT code, count(*) AS papers, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS percent
FROM per_paper
GROUP BY code
ORDER BY CASE code WHEN 'available' THEN 1 WHEN 'promised' THEN 2 ELSE 3 END;
