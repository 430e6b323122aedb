-- What bridging reads: each roll call's description and whether it was a vote on an amendment or a paragraph.
SELECT rcid, session, description, title, coalesce(amendment, false), coalesce(paragraph, false)
FROM roll_calls;
