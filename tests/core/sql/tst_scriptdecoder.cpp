// Script bytes to text without silent changes: strict UTF-8 with the place of the first bad
// byte, named encodings (Qt / ICU and PostgreSQL names), NUL refused.
#include "sql/scriptdecoder.h"
#include "sql/utf8validator.h"

#include <QTest>

class TestScriptDecoder : public QObject
{
    Q_OBJECT
private slots:
    void validUtf8IsDecodedAndABomDropped()
    {
        const ScriptDecoder::Result r = ScriptDecoder::decode("\xEF\xBB\xBFselect 'caf\xc3\xa9', '\xf0\x9f\x98\x80'");
        QVERIFY(r.ok());
        QCOMPARE(r.text, QStringLiteral("select 'café', '\U0001F600'"));
        QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
        QVERIFY(ScriptDecoder::decode("").ok());
    }

    void latin1IsRefusedWithItsPlace()
    {
        // The file: psql refuses it; QString::fromUtf8 would make it 'caf\uFFFD'.
        ScriptDecoder::Result r = ScriptDecoder::decode("select 'caf\xe9'");
        QCOMPARE(r.problem, ScriptDecoder::Problem::InvalidUtf8);
        QCOMPARE(r.byteOffset, qsizetype(11));
        QCOMPARE(r.line, 1);
        QVERIFY(r.text.isEmpty());
        QCOMPARE(ScriptDecoder::describe(r), QStringLiteral("not valid UTF-8 at byte 12 (line 1)"));

        r = ScriptDecoder::decode("\xEF\xBB\xBFselect 1;\r\nselect 'ü';\nselect '\xfc';");
        QCOMPARE(r.problem, ScriptDecoder::Problem::InvalidUtf8);
        QCOMPARE(r.line, 3);
        QCOMPARE(r.byteOffset, qsizetype(3 + 11 + 13 + 8));   // counted in the file, BOM included
    }

    void malformedSequencesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset");
        QTest::newRow("stray continuation") << QByteArray("a\x80") << 1;
        QTest::newRow("overlong '/'") << QByteArray("ab\xc0\xaf") << 2;
        QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << 0;
        QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << 1;
        QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::newRow("F5") << QByteArray("\xf5\x80\x80\x80") << 0;
        QTest::newRow("cut short at the end") << QByteArray("ok \xe2\x82") << 3;
        QTest::newRow("cut short inside") << QByteArray("\xe2\x82z") << 0;
    }

    void malformedSequencesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        QCOMPARE(Utf8Validator::firstInvalid(bytes), qsizetype(offset));
        const ScriptDecoder::Result r = ScriptDecoder::decode(bytes);
        QCOMPARE(r.problem, ScriptDecoder::Problem::InvalidUtf8);
        QCOMPARE(r.byteOffset, qsizetype(offset));
    }

    void everyWellFormedCodePointPasses()
    {
        for (char32_t c : {char32_t(0x7f), char32_t(0x80), char32_t(0x7ff), char32_t(0x800), char32_t(0xd7ff),
                           char32_t(0xe000), char32_t(0xfffd), char32_t(0x10000), char32_t(0x10ffff)}) {
            const QByteArray utf8 = QString::fromUcs4(&c, 1).toUtf8();
            QCOMPARE(Utf8Validator::firstInvalid(utf8), qsizetype(-1));
            QCOMPARE(Utf8Validator::sequenceLength(utf8), utf8.size());
        }
    }

    void aNulIsRefused()
    {
        // libpq would send the statement only up to it.
        ScriptDecoder::Result r = ScriptDecoder::decode(QByteArray("select 1;\nselect '\0x'", 21));
        QCOMPARE(r.problem, ScriptDecoder::Problem::NulCharacter);
        QCOMPARE(r.byteOffset, qsizetype(18));
        QCOMPARE(r.line, 2);
        r = ScriptDecoder::decode(QByteArray("a\0b", 3), QStringLiteral("latin1"));
        QCOMPARE(r.problem, ScriptDecoder::Problem::NulCharacter);
        QCOMPARE(r.byteOffset, qsizetype(1));
    }

    void aNamedEncodingDecodes_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("latin1") << QStringLiteral("latin1") << QByteArray("select 'caf\xe9'")
                                << QStringLiteral("select 'café'") << QStringLiteral("ISO-8859-1");
        QTest::newRow("PostgreSQL LATIN1") << QStringLiteral("LATIN1") << QByteArray("\xe9") << QStringLiteral("é")
                                           << QStringLiteral("ISO-8859-1");
        QTest::newRow("PostgreSQL WIN1252") << QStringLiteral("WIN1252") << QByteArray("\x80") << QStringLiteral("€")
                                            << QStringLiteral("windows-1252");
        QTest::newRow("ICU name") << QStringLiteral("windows-1252") << QByteArray("\x93q\x94")
                                  << QStringLiteral("“q”") << QStringLiteral("windows-1252");
        QTest::newRow("UTF-8 by name stays strict") << QStringLiteral("utf8") << QByteArray("\xc3\xa9")
                                                    << QStringLiteral("é") << QStringLiteral("UTF-8");
    }

    void aNamedEncodingDecodes()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const ScriptDecoder::Result r = ScriptDecoder::decode(bytes, encoding);
        QVERIFY2(r.ok(), qPrintable(ScriptDecoder::describe(r)));
        QCOMPARE(r.text, text);
        QCOMPARE(r.encoding, canonical);
    }

    void bytesInvalidInTheNamedEncodingAreRefusedWithTheirPlace()
    {
        // Shift_JIS: 0x82 0xA0 is 'あ'; 0xFF starts nothing.
        ScriptDecoder::Result r = ScriptDecoder::decode("select '\x82\xa0';\nselect '\xff';", QStringLiteral("SJIS"));
        QCOMPARE(r.problem, ScriptDecoder::Problem::InvalidInEncoding);
        QCOMPARE(r.byteOffset, qsizetype(21));
        QCOMPARE(r.line, 2);
        QCOMPARE(ScriptDecoder::describe(r), QStringLiteral("not valid Shift_JIS at byte 22 (line 2)"));
        r = ScriptDecoder::decode("abc", QStringLiteral("UTF-16LE"));
        QCOMPARE(r.problem, ScriptDecoder::Problem::InvalidInEncoding);
        QCOMPARE(ScriptDecoder::decode("\xc3\xa9\xe9", QStringLiteral("UTF-8")).problem,
                 ScriptDecoder::Problem::InvalidUtf8);
    }

    void unknownEncodingsAreSaidSo()
    {
        QVERIFY(ScriptDecoder::canonicalEncoding(QStringLiteral("no-such-charset")).isEmpty());
        const ScriptDecoder::Result r = ScriptDecoder::decode("x", QStringLiteral("no-such-charset"));
        QCOMPARE(r.problem, ScriptDecoder::Problem::UnknownEncoding);
        QCOMPARE(ScriptDecoder::describe(r), QStringLiteral("unknown encoding “no-such-charset”"));
    }
};

QTEST_GUILESS_MAIN(TestScriptDecoder)
#include "tst_scriptdecoder.moc"
