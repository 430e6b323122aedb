INSERT INTO summit_states VALUES ($summit, $state, $position);
