INSERT INTO roll_calls
SELECT p.rcid, i.session, i.date, i.symbol, i.symbol_key, i.title, i.description, i.amendment, i.paragraph, i.important,
       i.official_yes, i.official_no, i.official_abstain, i.official_non_voting, $source, i.source_id, $import_id
FROM incoming_roll_calls i JOIN incoming_plan p USING (source_id)
WHERE p.is_new;
INSERT INTO roll_call_issues
SELECT p.rcid, x.issue FROM incoming_issues x JOIN incoming_plan p USING (source_id) WHERE p.is_new;
INSERT INTO votes
SELECT p.rcid, v.state, v.vote FROM incoming_votes v JOIN incoming_plan p USING (source_id) WHERE p.is_new;
