#include "scriptdecoder.h"

#include "sql/utf8validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <functional>

namespace {

// PostgreSQL's names for client encodings (psql's \encoding, PGCLIENTENCODING) that ICU does
// not know by those names.
QString fromPostgresName(const QString &name)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("UTF8"), QStringLiteral("UTF-8")},
        {QStringLiteral("LATIN1"), QStringLiteral("ISO-8859-1")},
        {QStringLiteral("LATIN2"), QStringLiteral("ISO-8859-2")},
        {QStringLiteral("LATIN3"), QStringLiteral("ISO-8859-3")},
        {QStringLiteral("LATIN4"), QStringLiteral("ISO-8859-4")},
        {QStringLiteral("LATIN5"), QStringLiteral("ISO-8859-9")},
        {QStringLiteral("LATIN6"), QStringLiteral("ISO-8859-10")},
        {QStringLiteral("LATIN7"), QStringLiteral("ISO-8859-13")},
        {QStringLiteral("LATIN8"), QStringLiteral("ISO-8859-14")},
        {QStringLiteral("LATIN9"), QStringLiteral("ISO-8859-15")},
        {QStringLiteral("WIN866"), QStringLiteral("IBM866")},
        {QStringLiteral("WIN874"), QStringLiteral("windows-874")},
        {QStringLiteral("WIN1250"), QStringLiteral("windows-1250")},
        {QStringLiteral("WIN1251"), QStringLiteral("windows-1251")},
        {QStringLiteral("WIN1252"), QStringLiteral("windows-1252")},
        {QStringLiteral("WIN1253"), QStringLiteral("windows-1253")},
        {QStringLiteral("WIN1254"), QStringLiteral("windows-1254")},
        {QStringLiteral("WIN1255"), QStringLiteral("windows-1255")},
        {QStringLiteral("WIN1256"), QStringLiteral("windows-1256")},
        {QStringLiteral("WIN1257"), QStringLiteral("windows-1257")},
        {QStringLiteral("WIN1258"), QStringLiteral("windows-1258")},
        {QStringLiteral("KOI8R"), QStringLiteral("KOI8-R")},
        {QStringLiteral("KOI8U"), QStringLiteral("KOI8-U")},
        {QStringLiteral("SJIS"), QStringLiteral("Shift_JIS")},
        {QStringLiteral("EUC_JP"), QStringLiteral("EUC-JP")},
        {QStringLiteral("EUC_KR"), QStringLiteral("EUC-KR")},
        {QStringLiteral("EUC_CN"), QStringLiteral("GB2312")},
        {QStringLiteral("EUC_TW"), QStringLiteral("EUC-TW")},
        {QStringLiteral("UHC"), QStringLiteral("windows-949")},
    };
    return names.value(name.toUpper());
}

// Qt 6.4 takes encoding names as char * only.
QStringDecoder decoderFor(const QString &name, QStringConverter::Flags flags = QStringConverter::Flag::Default)
{
    return QStringDecoder(name.toLatin1().constData(), flags);
}

int lineOf(const QString &textBefore)
{
    return int(textBefore.count(QLatin1Char('\n'))) + 1;
}

ScriptDecoder::Result failure(ScriptDecoder::Problem problem, qsizetype offset, int line, const QString &encoding)
{
    ScriptDecoder::Result r;
    r.problem = problem;
    r.byteOffset = offset;
    r.line = line;
    r.encoding = encoding;
    return r;
}

// Decoders say that something was wrong, not where: the shortest prefix that shows the fault
// is found by bisection (a prefix cut inside a character is not a fault for a stateful decoder).
qsizetype firstFaultyByte(QByteArrayView bytes, const QString &encoding,
                          const std::function<bool(QStringDecoder &, const QString &)> &faulty)
{
    qsizetype good = 0;            // decoding this many bytes shows no fault
    qsizetype bad = bytes.size();  // decoding this many does
    while (bad - good > 1) {
        const qsizetype mid = good + (bad - good) / 2;
        QStringDecoder decoder = decoderFor(encoding);
        const QString text = decoder.decode(bytes.first(mid));
        (faulty(decoder, text) ? bad : good) = mid;
    }
    return bad - 1;
}

ScriptDecoder::Result decodeUtf8(QByteArrayView bytes)
{
    const QString utf8 = QStringLiteral("UTF-8");
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    bytes = bytes.sliced(bom);
    const qsizetype invalid = Utf8Validator::firstInvalid(bytes);
    const qsizetype nul = bytes.indexOf('\0');
    if (invalid >= 0 || nul >= 0) {
        // Whichever comes first; the bytes before it are valid UTF-8, so they count lines as text.
        const bool isNul = nul >= 0 && (invalid < 0 || nul < invalid);
        const qsizetype at = isNul ? nul : invalid;
        const int line = int(bytes.first(at).count('\n')) + 1;
        return failure(isNul ? ScriptDecoder::Problem::NulCharacter : ScriptDecoder::Problem::InvalidUtf8, bom + at,
                       line, utf8);
    }
    ScriptDecoder::Result r;
    r.text = QString::fromUtf8(bytes);
    r.encoding = utf8;
    return r;
}

} // namespace

QString ScriptDecoder::canonicalEncoding(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString candidate = fromPostgresName(trimmed);
    if (candidate.isEmpty())
        candidate = trimmed;
    const QStringDecoder decoder = decoderFor(candidate);
    if (!decoder.isValid())
        return {};
    // ICU answers some aliases without a name of its own (windows-874): keep the one given.
    const QString known = QString::fromLatin1(decoder.name());
    return known.isEmpty() ? candidate : known;
}

ScriptDecoder::Result ScriptDecoder::decode(QByteArrayView bytes, const QString &encoding)
{
    if (encoding.trimmed().isEmpty())
        return decodeUtf8(bytes);
    const QString name = canonicalEncoding(encoding);
    if (name.isEmpty())
        return failure(Problem::UnknownEncoding, -1, 0, encoding.trimmed());
    if (name == QLatin1String("UTF-8"))
        return decodeUtf8(bytes);

    QStringDecoder decoder = decoderFor(name, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    // Qt's own UTF-16/32 decoders let a cut-off last character through as U+FFFD unflagged.
    const int unit = name.startsWith(QLatin1String("UTF-16")) ? 2 : name.startsWith(QLatin1String("UTF-32")) ? 4 : 1;
    if (decoder.hasError() || bytes.size() % unit != 0) {
        const auto hasError = [](QStringDecoder &d, const QString &) { return d.hasError(); };
        qsizetype at = decoder.hasError() ? firstFaultyByte(bytes, name, hasError) : bytes.size() - bytes.size() % unit;
        at = std::min(at, bytes.size() - 1);
        QStringDecoder before = decoderFor(name);
        return failure(Problem::InvalidInEncoding, at, lineOf(before.decode(bytes.first(at))), name);
    }
    const qsizetype nul = text.indexOf(QChar(u'\0'));
    if (nul >= 0) {
        const auto hasNul = [](QStringDecoder &, const QString &t) { return t.contains(QChar(u'\0')); };
        const qsizetype at = firstFaultyByte(bytes, name, hasNul);
        return failure(Problem::NulCharacter, at, lineOf(text.first(nul)), name);
    }
    Result r;
    r.text = text;
    r.encoding = name;
    return r;
}

QString ScriptDecoder::describe(const Result &r)
{
    const auto place = [&r] {
        return QCoreApplication::translate("ScriptDecoder", "at byte %1 (line %2)").arg(r.byteOffset + 1).arg(r.line);
    };
    switch (r.problem) {
    case Problem::None:
        return {};
    case Problem::InvalidUtf8:
        return QCoreApplication::translate("ScriptDecoder", "not valid UTF-8 %1").arg(place());
    case Problem::InvalidInEncoding:
        return QCoreApplication::translate("ScriptDecoder", "not valid %1 %2").arg(r.encoding, place());
    case Problem::NulCharacter:
        return QCoreApplication::translate("ScriptDecoder", "a NUL character %1 (SQL text cannot hold one)").arg(place());
    case Problem::UnknownEncoding:
        return QCoreApplication::translate("ScriptDecoder", "unknown encoding “%1”").arg(r.encoding);
    }
    return {};
}
