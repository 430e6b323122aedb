-- How many imports recorded this source version (0 when the bundled file was never imported).
SELECT count(*) FROM imports WHERE version = $version;
