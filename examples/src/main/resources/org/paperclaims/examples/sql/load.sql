-- Loads paper records (JSON Lines as `paperclaims extract` writes them) into two tables:
-- papers (one row per paper, claims as a list) and claims (one row per claim, every claim field a column).
-- The schema is explicit so that a corpus without, say, any speedup claim still has a factor column.
-- Set the input first: SET VARIABLE input = 'papers.jsonl';
CREATE OR REPLACE TABLE papers AS
SELECT * FROM read_json(getvariable('input'), format = 'newline_delimited', columns = {
    id: 'VARCHAR', title: 'VARCHAR', abstract: 'VARCHAR', authors: 'STRUCT(name VARCHAR)[]',
    authorCount: 'INTEGER', organization: 'VARCHAR', published: 'DATE', upvotes: 'INTEGER',
    claims: 'STRUCT(type VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER,
        factor DOUBLE, factorMax DOUBLE, bound VARCHAR, percent DOUBLE, aspect VARCHAR, resource VARCHAR,
        baseline VARCHAR, metric VARCHAR, value DOUBLE, unit VARCHAR, "from" DOUBLE, delta DOUBLE,
        dataset VARCHAR, kind VARCHAR, seconds DOUBLE, workload VARCHAR, hardware VARCHAR, name VARCHAR,
        longName VARCHAR, url VARCHAR, status VARCHAR, repo VARCHAR, count INTEGER, memoryGB DOUBLE,
        parameters BIGINT)[]'});

CREATE OR REPLACE TABLE claims AS
SELECT id AS paper_id, title AS paper_title, unnest(claims, recursive := true)
FROM papers;
