CREATE OR REPLACE TEMP TABLE incoming_ties (
    state VARCHAR, partner VARCHAR, partner_kind VARCHAR, indicator VARCHAR, year INTEGER, value DOUBLE,
    unit VARCHAR, direction VARCHAR, basis VARCHAR
);
