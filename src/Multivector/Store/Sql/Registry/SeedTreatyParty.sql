INSERT INTO treaty_parties VALUES ($treaty, $state, $signed, $signed_precision, $ratified, $ratified_precision, $source, $note);
