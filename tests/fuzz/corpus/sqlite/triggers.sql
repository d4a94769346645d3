CREATE TABLE t (id INTEGER PRIMARY KEY, a, "b;c", `d`, [e;f]);
CREATE TEMP TRIGGER IF NOT EXISTS trg AFTER INSERT ON t BEGIN
  INSERT INTO log VALUES (new.id, CASE WHEN new.a > 0 THEN 'pos;' ELSE 'neg;' END);
  UPDATE c SET n = n + 1; /* x; */ -- y;
END;
EXPLAIN CREATE TRIGGER t2 DELETE ON t BEGIN SELECT 1; END;
BEGIN; INSERT INTO t VALUES (1, 'it''s; é😀'); END; COMMIT;
SELECT :a, ?1, @b, $c; /* unterminated
