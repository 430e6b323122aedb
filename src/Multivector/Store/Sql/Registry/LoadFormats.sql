SELECT id, name, partners, note FROM summit_formats ORDER BY id;
