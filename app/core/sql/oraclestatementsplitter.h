#pragma once
#include "sqlstatement.h"

#include <QList>
#include <QString>

// Oracle, with the rules of SQL*Plus (what Oracle scripts are written for):
// - ';' ends plain SQL; the ';' is not part of the text (OCI rejects it: ORA-00911).
// - PL/SQL (DECLARE, BEGIN, <<label>>, CREATE [OR REPLACE] [EDITIONABLE | NONEDITIONABLE]
//   FUNCTION | PROCEDURE | PACKAGE [BODY] | TRIGGER | TYPE [BODY] | LIBRARY | JAVA, and
//   WITH FUNCTION / WITH PROCEDURE queries) ends only at a line holding nothing but '/';
//   the text keeps its final "END;".
// - A '/' line also ends pending plain SQL; a '/' line with nothing pending (SQL*Plus would
//   run the previous statement again) is ignored, so nothing runs twice.
// - SQL*Plus commands at the start of a line (SET, PROMPT, REM[ARK], SPOOL, SHOW, DEFINE,
//   UNDEFINE, WHENEVER, EXIT, QUIT, @file, @@file) are one-line statements marked
//   isClientCommand. SET ROLE / TRANSACTION / CONSTRAINT[S] stay SQL.
// Not modelled: SQLBLANKLINES (a blank line does not end SQL here), '-' line continuation of
// SQL*Plus commands, and SET SQLTERMINATOR / BLOCKTERMINATOR.
class OracleStatementSplitter
{
public:
    static QList<SqlStatement> split(const QString &script, QString *warning = nullptr);
};
