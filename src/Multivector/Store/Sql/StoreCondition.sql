-- Whether a store's build finished: (created_empty, roll calls). A store meant to be filled that holds no
-- roll calls was left by an interrupted first build of a version that built in place.
SELECT (SELECT value FROM meta WHERE key = 'created_empty') AS created_empty,
       (SELECT count(*) FROM roll_calls) AS roll_calls;
