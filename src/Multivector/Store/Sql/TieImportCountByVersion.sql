-- How many ties imports recorded this version (0 when the bundled file was never imported).
SELECT count(*) FROM tie_imports WHERE version = $version;
