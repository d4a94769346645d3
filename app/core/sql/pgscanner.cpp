#include "pgscanner.h"

#include <pg_query.h>

#include <QCoreApplication>

namespace {

// pg_query_scan returns a protobuf ScanResult { repeated ScanToken tokens = 2; } with
// ScanToken { int32 start = 1; int32 end = 2; Token token = 4; KeywordKind keyword_kind = 5; }
// (libpg_query's protobuf/pg_query.proto). Debian ships no protobuf-c header for it, and
// four varint fields do not justify a protobuf dependency: decode them by hand.
class ProtoReader
{
public:
    ProtoReader(const uchar *begin, const uchar *end) : m_p(begin), m_end(end) { }

    bool atEnd() const { return m_p >= m_end; }

    bool varint(quint64 *value)
    {
        quint64 result = 0;
        for (int shift = 0; shift < 64 && m_p < m_end; shift += 7) {
            const uchar byte = *m_p++;
            result |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        return false;
    }

    // Reads a field key; for length-delimited fields also the payload bounds.
    bool field(int *number, int *wireType, const uchar **payload, const uchar **payloadEnd)
    {
        quint64 key = 0;
        if (!varint(&key))
            return false;
        *number = int(key >> 3);
        *wireType = int(key & 7);
        if (*wireType == 2) {
            quint64 length = 0;
            if (!varint(&length) || length > quint64(m_end - m_p))
                return false;
            *payload = m_p;
            *payloadEnd = m_p + length;
            m_p += length;
        }
        return true;
    }

    bool skip(int wireType)
    {
        quint64 ignored = 0;
        switch (wireType) {
        case 0: return varint(&ignored);
        case 1: return advance(8);
        case 2: return true;  // field() already stepped over the payload
        case 5: return advance(4);
        default: return false;
        }
    }

private:
    bool advance(qint64 bytes)
    {
        if (m_end - m_p < bytes)
            return false;
        m_p += bytes;
        return true;
    }

    const uchar *m_p;
    const uchar *m_end;
};

bool decodeToken(const uchar *begin, const uchar *end, PgScanner::Token *token)
{
    ProtoReader reader(begin, end);
    while (!reader.atEnd()) {
        int number = 0, wireType = 0;
        const uchar *payload = nullptr, *payloadEnd = nullptr;
        if (!reader.field(&number, &wireType, &payload, &payloadEnd))
            return false;
        if (wireType == 0 && (number == 1 || number == 2 || number == 4 || number == 5)) {
            quint64 value = 0;
            if (!reader.varint(&value))
                return false;
            if (number == 1)
                token->start = int(value);
            else if (number == 2)
                token->end = int(value);
            else if (number == 4)
                token->token = int(value);
            else
                token->keywordKind = int(value);
        } else if (!reader.skip(wireType)) {
            return false;
        }
    }
    return true;
}

bool decode(const PgQueryProtobuf &buffer, QList<PgScanner::Token> *tokens)
{
    const auto *data = reinterpret_cast<const uchar *>(buffer.data);
    ProtoReader reader(data, data + buffer.len);
    while (!reader.atEnd()) {
        int number = 0, wireType = 0;
        const uchar *payload = nullptr, *payloadEnd = nullptr;
        if (!reader.field(&number, &wireType, &payload, &payloadEnd))
            return false;
        if (number == 2 && wireType == 2) {
            PgScanner::Token token;
            if (!decodeToken(payload, payloadEnd, &token))
                return false;
            tokens->append(token);
        } else if (!reader.skip(wireType)) {
            return false;
        }
    }
    return true;
}

} // namespace

PgScanner::Result PgScanner::scan(const char *input)
{
    Result result;
    PgQueryScanResult scanned = pg_query_scan(input);
    if (scanned.error) {
        result.errorMessage = QString::fromUtf8(scanned.error->message);
        result.errorCursor = scanned.error->cursorpos;
    } else if (!decode(scanned.pbuf, &result.tokens)) {
        result.tokens.clear();
        result.errorMessage = QCoreApplication::translate(
                "StatementSplitter", "could not read the PostgreSQL lexer's output");
    } else {
        result.ok = true;
    }
    pg_query_free_scan_result(scanned);
    return result;
}
