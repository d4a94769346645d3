-- header; comment
CREATE OR REPLACE FUNCTION add(a int, b int) RETURNS int AS $$
  SELECT a + b; -- body; with semicolons
$$ LANGUAGE sql;
DO $body$ BEGIN RAISE NOTICE 'it''s; %', $x$;$x$; END $body$;
CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END;
SELECT add(1, 2), E'a\'b;', U&'d\0061t', B'101', X'1F' /* a /* nested; */ */;
CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);
/*+ SeqScan(t) */ SELECT * FROM t WHERE id = :id AND x::int > $1 AND a[1:2] = 'é😀';
