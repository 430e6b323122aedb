-- A store built before ideal points existed, opened read-only, has no ideal tables (writable opens add them).
SELECT count(*) = 2 FROM information_schema.tables WHERE table_name IN ('ideal_runs', 'ideal_points');
