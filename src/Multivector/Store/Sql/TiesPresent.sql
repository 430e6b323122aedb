-- Whether the store has the ties table (stores built before it was added do not, until opened for writing).
SELECT count(*) FROM information_schema.tables WHERE table_name = 'ties' AND table_schema = 'main';
