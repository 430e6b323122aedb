-- The peer for ImportBenchmarks: DuckDB reading the same gzipped unvotes triple straight into tables,
-- with its own type sniffing and no validation, matching or state resolution.
CREATE TABLE un_votes AS SELECT * FROM read_csv($votes);
CREATE TABLE un_roll_calls AS SELECT * FROM read_csv($roll_calls);
CREATE TABLE un_roll_call_issues AS SELECT * FROM read_csv($issues);
