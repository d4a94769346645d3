// tessera-cli's output formats, connection strings and error places, without a server.
#include "clirunner.h"
#include "connectiontarget.h"
#include "errorreport.h"
#include "jsonwriter.h"
#include "outputstream.h"
#include "resultwriter.h"
#include "tablewriter.h"
#include "sql/utf8validator.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
ResultColumns columns()
{
    return {{QStringLiteral("id"), QStringLiteral("int4"), ColumnKind::Integer},
            {QStringLiteral("name"), QStringLiteral("text"), ColumnKind::Text},
            {QStringLiteral("ok"), QStringLiteral("bool"), ColumnKind::Boolean}};
}

RowBatchPtr batch(const QList<QList<const char *>> &rows)
{
    auto b = std::make_shared<RowBatch>(3);
    for (const auto &row : rows) {
        b->beginRow();
        for (const char *cell : row) {
            if (cell)
                b->appendCell(cell, qsizetype(qstrlen(cell)));
            else
                b->appendNull();
        }
    }
    return b;
}

QByteArray render(ResultWriter::Format format, const QList<RowBatchPtr> &batches, const ResultColumns &cols = columns())
{
    QByteArray out;
    {
        OutputStream stream(&out);
        auto writer = ResultWriter::create(format, &stream);
        writer->begin(cols);
        qint64 rows = 0;
        for (const RowBatchPtr &b : batches) {
            writer->writeBatch(b);
            rows += b->rowCount();
        }
        writer->end(rows);
    }
    return out;
}
} // namespace

class TestCliFormat : public QObject
{
    Q_OBJECT
private slots:
    void csvQuotesOnlyWhatNeedsIt()
    {
        const QByteArray out = render(ResultWriter::Format::Csv,
                                      {batch({{"1", "plain", "t"}, {"2", "a,b", nullptr}}),
                                       batch({{"3", "say \"hi\"", "f"}, {nullptr, "", "t"}, {"5", "two\nlines", "t"}})});
        QCOMPARE(out, QByteArray("id,name,ok\n"
                                 "1,plain,t\n"
                                 "2,\"a,b\",\n"
                                 "3,\"say \"\"hi\"\"\",f\n"
                                 ",\"\",t\n"
                                 "5,\"two\nlines\",t\n"));
    }

    void jsonTypesAndEscapes()
    {
        const QByteArray out = render(ResultWriter::Format::Json,
                                      {batch({{"1", "tab\there \"q\" \\", "t"}, {"2", nullptr, "f"}})});
        QCOMPARE(out, QByteArray("[\n"
                                 "{\"id\":1,\"name\":\"tab\\there \\\"q\\\" \\\\\",\"ok\":true},\n"
                                 "{\"id\":2,\"name\":null,\"ok\":false}\n"
                                 "]\n"));
        QCOMPARE(render(ResultWriter::Format::Json, {}), QByteArray("[]\n"));
    }

    void csvSetsOffEveryResultSetAfterTheFirst()
    {
        // Two SELECTs in one script: one stream, a header row each, and a line between them
        // that no data line can look like.
        QByteArray out;
        {
            OutputStream stream(&out);
            auto writer = ResultWriter::create(ResultWriter::Format::Csv, &stream);
            writer->begin(columns());
            writer->writeBatch(batch({{"1", "#not a separator", "t"}}));
            writer->end(1);
            writer->begin({{QStringLiteral("#n"), QStringLiteral("int4"), ColumnKind::Integer}});
            writer->end(0);
            writer->begin({{QStringLiteral("b"), QStringLiteral("text"), ColumnKind::Text}});
            auto one = std::make_shared<RowBatch>(1);
            one->beginRow();
            one->appendCell("x", 1);
            writer->writeBatch(one);
            writer->end(1);
        }
        QCOMPARE(out, QByteArray("id,name,ok\n"
                                 "1,\"#not a separator\",t\n"
                                 "\n"
                                 "# result set 2\n"
                                 "\"#n\"\n"
                                 "\n"
                                 "# result set 3\n"
                                 "b\n"
                                 "x\n"));
    }

    void jsonNeverWritesInvalidUtf8()
    {
        // A SQL_ASCII database sends whatever bytes it holds: each byte that is not part of
        // valid UTF-8 becomes \udcXX, valid UTF-8 stays as it is.
        const QByteArray out = render(ResultWriter::Format::Json,
                                      {batch({{"1", "caf\xe9 \xc3\xa9", "t"},
                                              {"2", "\xed\xa0\x80|\xff|\xc3", "f"},
                                              {"3", "\xf0\x9f\x98\x80 \xe2\x82", "t"}})});
        QCOMPARE(out, QByteArray("[\n"
                                 "{\"id\":1,\"name\":\"caf\\udce9 \xc3\xa9\",\"ok\":true},\n"
                                 "{\"id\":2,\"name\":\"\\udced\\udca0\\udc80|\\udcff|\\udcc3\",\"ok\":false},\n"
                                 "{\"id\":3,\"name\":\"\xf0\x9f\x98\x80 \\udce2\\udc82\",\"ok\":true}\n"
                                 "]\n"));
        QCOMPARE(Utf8Validator::firstInvalid(out), qsizetype(-1));
    }

    void jsonNumbersOnlyWhenValid()
    {
        QVERIFY(JsonWriter::isJsonNumber("0"));
        QVERIFY(JsonWriter::isJsonNumber("-12.50"));
        QVERIFY(JsonWriter::isJsonNumber("1e+100"));
        QVERIFY(JsonWriter::isJsonNumber("123456789012345678901234567890"));
        QVERIFY(!JsonWriter::isJsonNumber("NaN"));
        QVERIFY(!JsonWriter::isJsonNumber("Infinity"));
        QVERIFY(!JsonWriter::isJsonNumber("$1.00"));
        QVERIFY(!JsonWriter::isJsonNumber("01"));
        QVERIFY(!JsonWriter::isJsonNumber("1."));
        QVERIFY(!JsonWriter::isJsonNumber(""));
        const QByteArray out = render(ResultWriter::Format::Json, {batch({{"NaN", "x", "t"}})});
        QVERIFY(out.contains("\"id\":\"NaN\""));
    }

    void tableIsAlignedLikePsql()
    {
        const QByteArray out = render(ResultWriter::Format::Table,
                                      {batch({{"1", "alice", "t"}}), batch({{"22", nullptr, "f"}, {"3", "a\nb", nullptr}})});
        QCOMPARE(out, QByteArray(" id | name  | ok\n"
                                 "----+-------+----\n"
                                 "  1 | alice | t\n"
                                 " 22 |       | f\n"
                                 "  3 | a\\nb  |\n"
                                 "(3 rows)\n\n"));
        QCOMPARE(render(ResultWriter::Format::Table, {}), QByteArray(" id | name | ok\n----+------+----\n(0 rows)\n\n"));
    }

    void tableWidthsComeFromTheFirstRowsOnly()
    {
        // Rows past the measured ones are written as they come: a long one overflows its line.
        QList<RowBatchPtr> batches;
        for (int i = 0; i < TableWriter::kMeasureRows; ++i)
            batches.append(batch({{"1", "a", "t"}}));
        batches.append(batch({{"2", "much longer", "t"}}));
        const QByteArray out = render(ResultWriter::Format::Table, batches);
        QVERIFY(out.startsWith(" id | name | ok\n----+------+----\n  1 | a    | t\n"));
        QVERIFY(out.contains("\n  2 | much longer | t\n"));
    }

    void tableCountsCodePoints()
    {
        QCOMPARE(TableWriter::displayWidth("één"), 3);
        QCOMPARE(TableWriter::displayWidth(""), 0);
    }

    void conninfoKeepsThePasswordOutOfTheProfile()
    {
        ConnectionTarget t;
        QString error;
        QVERIFY(ConnectionTarget::fromConnectionString(QStringLiteral("host=/tmp port=5433 user=alice password=s3cret dbname=x"),
                                                       std::nullopt, &t, &error));
        QCOMPARE(t.profile.dialect, Dialect::PostgreSQL);
        QCOMPARE(t.credentials.user, QStringLiteral("alice"));
        QCOMPARE(t.credentials.password, QStringLiteral("s3cret"));
        QVERIFY(!t.profile.connectionString.contains(QStringLiteral("s3cret")));
        QVERIFY(t.profile.connectionString.contains(QStringLiteral("port=5433")));

        QVERIFY(ConnectionTarget::fromConnectionString(QStringLiteral("postgresql://bob:pw@localhost:5499/db?sslmode=disable"),
                                                       std::nullopt, &t, &error));
        QCOMPARE(t.credentials.user, QStringLiteral("bob"));
        QCOMPARE(t.credentials.password, QStringLiteral("pw"));
        QVERIFY(!t.profile.connectionString.contains(QStringLiteral(":pw@")));

        QVERIFY(!ConnectionTarget::fromConnectionString(QStringLiteral("host='unterminated"), std::nullopt, &t, &error));
        QVERIFY(!error.isEmpty());
    }

    void sqliteByPrefixOrExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QFile(path).open(QIODevice::WriteOnly);
        ConnectionTarget t;
        QString error;
        QVERIFY(ConnectionTarget::fromConnectionString(path, std::nullopt, &t, &error));
        QCOMPARE(t.profile.dialect, Dialect::SQLite);
        QCOMPARE(t.profile.database, path);
        QVERIFY(ConnectionTarget::fromConnectionString(QStringLiteral("sqlite:") + path, std::nullopt, &t, &error));
        QCOMPARE(t.profile.dialect, Dialect::SQLite);
        QCOMPARE(t.profile.database, path);
        QVERIFY(ConnectionTarget::fromConnectionString(QStringLiteral("sqlite://") + path, std::nullopt, &t, &error));
        QCOMPARE(t.profile.database, path);
    }

    void errorPlacesCountInTheWholeScript()
    {
        const QString script = QStringLiteral("select 1;\n\nselect *\n  from nope;\n");
        SqlStatement s;
        s.offset = int(script.indexOf(QStringLiteral("select *")));
        s.text = QStringLiteral("select *\n  from nope");
        s.line = 3;
        SqlErrorInfo e;
        e.message = QStringLiteral("relation \"nope\" does not exist");
        e.position = int(s.text.indexOf(QStringLiteral("nope"))) + 1;
        e.hint = QStringLiteral("a hint");
        const QStringList lines = ErrorReport::format(script, s, 2, e);
        QCOMPARE(lines, QStringList({QStringLiteral("tessera-cli: statement 2, line 4, column 8: ERROR:  relation \"nope\" does not exist"),
                                     QStringLiteral("LINE 4:   from nope;"),
                                     QStringLiteral("               ^"),
                                     QStringLiteral("HINT:  a hint")}));
        e.position = 0;
        QCOMPARE(ErrorReport::format(script, s, 2, e).first(),
                 QStringLiteral("tessera-cli: statement 2, line 3: ERROR:  relation \"nope\" does not exist"));
    }

    void authenticationFailuresAreRecognised()
    {
        SqlErrorInfo e;
        e.message = QStringLiteral("connection to server failed: FATAL:  password authentication failed for user \"alice\"");
        QVERIFY(CliRunner::isAuthenticationFailure(e));
        e.message = QStringLiteral("fe_sendauth: no password supplied");
        QVERIFY(CliRunner::isAuthenticationFailure(e));
        e.message = QStringLiteral("could not connect: No such file or directory");
        QVERIFY(!CliRunner::isAuthenticationFailure(e));
    }
};

QTEST_GUILESS_MAIN(TestCliFormat)
#include "tst_cliformat.moc"
