DELETE FROM summit_formats;
DELETE FROM summits;
DELETE FROM summit_states;
DELETE FROM summit_documents;
DELETE FROM treaties;
DELETE FROM treaty_parties;
