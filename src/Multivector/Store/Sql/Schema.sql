-- Plain tables without foreign keys or indexes beyond the small ones, so that the same data can be
-- partitioned (for example votes by session) and queried by another engine unchanged.
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS states (
    code VARCHAR PRIMARY KEY,       -- ISO 3166-1 alpha-3 where one exists
    iso2 VARCHAR,
    cow INTEGER,                    -- Correlates of War ccode
    cow_abbrev VARCHAR,
    name VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS memberships (
    state VARCHAR NOT NULL,
    member_from DATE NOT NULL,
    member_to DATE,                 -- inclusive; NULL while the membership lasts
    note VARCHAR
);
CREATE TABLE IF NOT EXISTS state_aliases (
    source VARCHAR NOT NULL,        -- voeten (country name), iso2, cow, undl (ms_code)
    alias VARCHAR NOT NULL,
    state VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS imports (
    import_id INTEGER PRIMARY KEY,
    format VARCHAR NOT NULL,        -- unvotes, dataverse, undl
    source VARCHAR NOT NULL,        -- voeten, undl
    files VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,        -- of the first file
    version VARCHAR,
    imported_at TIMESTAMP NOT NULL,
    roll_calls_added INTEGER NOT NULL,
    roll_calls_matched INTEGER NOT NULL,
    votes_added BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS roll_calls (
    rcid BIGINT PRIMARY KEY,        -- Voeten's rcid for Voeten roll calls; 100000000 + n for others
    session INTEGER NOT NULL,
    date DATE NOT NULL,
    symbol VARCHAR,
    symbol_key VARCHAR,             -- upper case, no spaces or brackets: what matching and search use
    title VARCHAR NOT NULL,
    description VARCHAR,
    amendment BOOLEAN,
    paragraph BOOLEAN,
    important BOOLEAN,
    official_yes INTEGER,
    official_no INTEGER,
    official_abstain INTEGER,
    official_non_voting INTEGER,
    source VARCHAR NOT NULL,
    source_id BIGINT NOT NULL,
    import_id INTEGER NOT NULL
);
-- Every source that holds a roll call: the one whose votes are in `votes` (matched_by 'first') and each
-- later source matched to it (docs/importers.md, matching rule), with that source's own id and tally.
CREATE TABLE IF NOT EXISTS roll_call_sources (
    rcid BIGINT NOT NULL,
    source VARCHAR NOT NULL,
    source_id BIGINT NOT NULL,
    import_id INTEGER NOT NULL,
    matched_by VARCHAR NOT NULL,    -- first, same source, symbol and date
    official_yes INTEGER,
    official_no INTEGER,
    official_abstain INTEGER,
    official_non_voting INTEGER
);
-- The votes a later source records for a roll call the store already held, kept so that `sources diff`
-- can say where two sources disagree; reports read `votes` only.
CREATE TABLE IF NOT EXISTS source_votes (
    rcid BIGINT NOT NULL,
    source VARCHAR NOT NULL,
    state VARCHAR NOT NULL,
    vote UTINYINT NOT NULL
);
CREATE TABLE IF NOT EXISTS roll_call_issues (
    rcid BIGINT NOT NULL,
    issue VARCHAR NOT NULL          -- me, nu, di, hr, co, ec
);
CREATE TABLE IF NOT EXISTS votes (
    rcid BIGINT NOT NULL,
    state VARCHAR NOT NULL,
    vote UTINYINT NOT NULL          -- 1 yes, 2 abstain, 3 no, 8 absent as recorded by the source
);
-- Registry of ties (data/registry/, see its README): summits of the C5+X formats and treaties. A date known
-- only to the month or year is stored as the first day of that period with its precision (day, month, year).
CREATE TABLE IF NOT EXISTS summit_formats (
    id VARCHAR PRIMARY KEY,         -- C5, C5+1, C5+China, ...
    name VARCHAR NOT NULL,
    partners VARCHAR,               -- state codes separated by ';'; NULL for the five alone or a non-state partner
    note VARCHAR
);
CREATE TABLE IF NOT EXISTS summits (
    id VARCHAR PRIMARY KEY,
    date DATE NOT NULL,
    precision VARCHAR NOT NULL,     -- day, month, year
    format VARCHAR NOT NULL,
    level VARCHAR NOT NULL,         -- heads-of-state, foreign-ministers
    title VARCHAR NOT NULL,
    place VARCHAR NOT NULL,
    host VARCHAR,
    participants VARCHAR NOT NULL,  -- as the source words them
    source VARCHAR NOT NULL,        -- URLs separated by ' ; '
    note VARCHAR,
    description VARCHAR NOT NULL    -- the source list's own description of the meeting
);
CREATE TABLE IF NOT EXISTS summit_states (
    summit VARCHAR NOT NULL,
    state VARCHAR NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS summit_documents (
    summit VARCHAR NOT NULL,
    document VARCHAR NOT NULL,      -- the statements corpus's document id (its file name without extension)
    position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS treaties (
    id VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL,
    short_title VARCHAR NOT NULL,
    format VARCHAR NOT NULL,
    summit VARCHAR,
    place VARCHAR,
    source VARCHAR NOT NULL,
    note VARCHAR
);
CREATE TABLE IF NOT EXISTS treaty_parties (
    treaty VARCHAR NOT NULL,
    state VARCHAR NOT NULL,
    signed DATE,                    -- NULL: no signature established
    signed_precision VARCHAR,
    ratified DATE,
    ratified_precision VARCHAR,
    source VARCHAR NOT NULL,
    note VARCHAR
);

-- Statements (Texts/). Offsets in segments are character offsets into documents.text.
CREATE TABLE IF NOT EXISTS text_imports (
    import_id INTEGER PRIMARY KEY,
    format VARCHAR NOT NULL,        -- folder, json-lines
    corpus VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    documents_added INTEGER NOT NULL,
    documents_matched INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,         -- the corpus's own identifier (JSON-Lines id, or the file name)
    date DATE NOT NULL,
    title VARCHAR NOT NULL,
    issuers VARCHAR NOT NULL,       -- state codes and group names separated by '|'
    format VARCHAR,                 -- C5+1, G7, ... when known
    language VARCHAR,
    source_url VARCHAR,
    licence VARCHAR,
    corpus VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,        -- of the text, so a re-import can tell same from changed
    import_id INTEGER NOT NULL,
    place VARCHAR,
    completeness VARCHAR,           -- full, partial, or NULL when the source does not say
    retrieved_at TIMESTAMP          -- when `texts fetch` downloaded it (UTC); NULL for files
);
-- Stores from before place and completeness get them on their next writable open.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS place VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS completeness VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS retrieved_at TIMESTAMP;
CREATE TABLE IF NOT EXISTS segments (
    document VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,          -- paragraph, sentence, commitment
    ordinal INTEGER NOT NULL,       -- paragraphs and clauses are numbered separately, from 0
    start_offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    paragraph INTEGER NOT NULL
);

-- Ideal-point runs (see docs/methodology.md, "Ideal points"): one row per fit with the settings that define
-- it (JSON; a later request with the same settings reuses the run), and one row per state and period.
CREATE TABLE IF NOT EXISTS ideal_runs (
    run_id INTEGER PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    settings VARCHAR NOT NULL,      -- JSON: selection, by, binary, minority, evolution, replicates, seed, tolerance
    by_period VARCHAR NOT NULL,     -- session or year
    binary_mode BOOLEAN NOT NULL,   -- yes/no only, abstentions missing
    states INTEGER NOT NULL,
    periods INTEGER NOT NULL,
    roll_calls INTEGER NOT NULL,    -- kept after dropping near-unanimous ones
    dropped INTEGER NOT NULL,
    items INTEGER NOT NULL,         -- roll calls after bridged ones share parameters
    bridges INTEGER NOT NULL,
    bridged_roll_calls INTEGER NOT NULL,
    observations BIGINT NOT NULL,
    iterations INTEGER NOT NULL,
    converged BOOLEAN NOT NULL,
    replicates INTEGER NOT NULL,
    seconds DOUBLE NOT NULL,        -- the whole request: reading votes, fitting, bootstrap
    fit_seconds DOUBLE NOT NULL     -- the EM fit alone, the figure to compare with other estimators
);
CREATE TABLE IF NOT EXISTS ideal_points (
    run_id INTEGER NOT NULL,
    state VARCHAR NOT NULL,
    period VARCHAR NOT NULL,        -- session number or year, as text
    period_index INTEGER NOT NULL,  -- order of the periods within the run
    position DOUBLE NOT NULL,       -- standardised: mean 0, sd 1 over the run's state-periods; USA positive
    low DOUBLE,                     -- bootstrap interval; NULL without replicates
    high DOUBLE,
    votes INTEGER NOT NULL          -- votes the state cast in the period that the fit used
);

-- Money and people (Sources/Ties/): any bilateral indicator, one row per state, partner, indicator and year,
-- seen from the state (direction inflow: partner → state; outflow: state → partner). A partner is a state
-- code, or the name of a territory or an aggregate (partner_kind), kept apart from states.
CREATE TABLE IF NOT EXISTS tie_imports (
    import_id INTEGER PRIMARY KEY,
    format VARCHAR NOT NULL,        -- knomad-remittances, knomad-migration, imf, tidy
    source VARCHAR NOT NULL,        -- knomad, imf, or what a tidy file says
    files VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    version VARCHAR,
    imported_at TIMESTAMP NOT NULL,
    rows_added INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ties (
    state VARCHAR NOT NULL,
    partner VARCHAR NOT NULL,
    partner_kind VARCHAR NOT NULL,  -- state, territory, aggregate
    indicator VARCHAR NOT NULL,     -- remittances, emigrants, fdi-position, ...
    year INTEGER NOT NULL,
    value DOUBLE NOT NULL,
    unit VARCHAR NOT NULL,          -- USD millions, people
    direction VARCHAR NOT NULL,     -- inflow, outflow
    basis VARCHAR,                  -- estimated, reported, derived (mirror)
    source VARCHAR NOT NULL,
    version VARCHAR,
    import_id INTEGER NOT NULL
);
