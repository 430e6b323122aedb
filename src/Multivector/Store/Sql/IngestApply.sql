INSERT INTO roll_calls
SELECT p.rcid, i.session, i.date, i.symbol, i.symbol_key, i.title, i.description, i.amendment, i.paragraph, i.important,
       i.official_yes, i.official_no, i.official_abstain, i.official_non_voting, $source, i.source_id, $import_id
FROM incoming_roll_calls i JOIN incoming_plan p USING (source_id)
WHERE p.is_new;
INSERT INTO roll_call_issues
SELECT p.rcid, x.issue FROM incoming_issues x JOIN incoming_plan p USING (source_id) WHERE p.is_new;
INSERT INTO votes
SELECT p.rcid, v.state, v.vote FROM incoming_votes v JOIN incoming_plan p USING (source_id) WHERE p.is_new;
INSERT INTO roll_call_sources
SELECT p.rcid, $source, i.source_id, $import_id, coalesce(p.matched_by, 'first'),
       i.official_yes, i.official_no, i.official_abstain, i.official_non_voting
FROM incoming_roll_calls i JOIN incoming_plan p USING (source_id)
WHERE p.is_new OR NOT EXISTS (SELECT 1 FROM roll_call_sources s WHERE s.rcid = p.rcid AND s.source = $source AND s.source_id = i.source_id);
INSERT INTO source_votes
SELECT p.rcid, $source, v.state, v.vote FROM incoming_votes v JOIN incoming_plan p USING (source_id)
WHERE NOT p.is_new AND p.matched_by <> 'same source';
