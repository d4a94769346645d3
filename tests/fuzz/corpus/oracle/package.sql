SET SERVEROUTPUT ON
PROMPT creating; package
CREATE OR REPLACE PACKAGE pkg AS
  PROCEDURE run(p VARCHAR2 DEFAULT ';');
END pkg;
/
CREATE OR REPLACE EDITIONABLE PACKAGE BODY pkg AS
  PROCEDURE run(p VARCHAR2 DEFAULT ';') IS
  BEGIN
    DBMS_OUTPUT.PUT_LINE(q'[it's; done]' || nq'{x}' || Q'<y>' || q'!z!' || p); -- c;
  END run;
END pkg;
/
DECLARE v NUMBER := :bind; BEGIN <<l>> NULL; END;
/
SELECT "a;b", 'c''d' /* e; */ FROM dual;
SELECT 4
/ 2 FROM dual
/
@script.sql
REM done
