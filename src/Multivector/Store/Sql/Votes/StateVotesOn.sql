SELECT rcid, state, vote FROM votes WHERE rcid = $rcid;
