-- Whether the store has the registry's tables (stores built before it was added do not, until opened for writing).
SELECT count(*) FROM information_schema.tables WHERE table_name = 'summit_formats' AND table_schema = 'main';
