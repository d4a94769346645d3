#include "jsonwriter.h"

#include "outputstream.h"
#include "sql/utf8validator.h"

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Writes into a QByteArray the way JsonWriter::writeString writes to the stream; used once per
// column for the keys.
QByteArray escaped(QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (const char ch : text) {
        const auto u = quint8(ch);
        switch (ch) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}
} // namespace

bool JsonWriter::isJsonNumber(QByteArrayView t)
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    qsizetype i = 0;
    const qsizetype n = t.size();
    if (i < n && t[i] == '-')
        ++i;
    if (i >= n)
        return false;
    if (t[i] == '0') {
        ++i;
    } else if (isDigit(t[i])) {
        while (i < n && isDigit(t[i]))
            ++i;
    } else {
        return false;
    }
    if (i < n && t[i] == '.') {
        ++i;
        if (i >= n || !isDigit(t[i]))
            return false;
        while (i < n && isDigit(t[i]))
            ++i;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < n && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (i >= n || !isDigit(t[i]))
            return false;
        while (i < n && isDigit(t[i]))
            ++i;
    }
    return i == n;
}

void JsonWriter::begin(const ResultColumns &columns)
{
    m_columns = columns;
    m_anyRow = false;
    m_keys.clear();
    for (const ResultColumn &c : columns)
        m_keys.append(escaped(c.name.toUtf8()) + ':');
}

void JsonWriter::writeBatch(const RowBatchPtr &batchPtr)
{
    const RowBatch &batch = *batchPtr;
    const int columns = batch.columnCount();
    RowBatch::RowCursor row(batch);
    while (row.next()) {
        m_out->write(m_anyRow ? QByteArrayView(",\n{") : QByteArrayView("[\n{"));
        m_anyRow = true;
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                m_out->write(',');
            m_out->write(m_keys.at(c));
            if (row.isNull(c))
                m_out->write("null");
            else
                writeValue(c, cellText(m_columns.at(c), row.cell(c), &m_scratch));
        }
        m_out->write('}');
    }
}

void JsonWriter::end(qint64 rowCount)
{
    Q_UNUSED(rowCount);
    m_out->write(m_anyRow ? QByteArrayView("\n]\n") : QByteArrayView("[]\n"));
}

void JsonWriter::writeValue(int column, QByteArrayView text)
{
    const ResultColumn &col = m_columns.at(column);
    if (col.isNumeric() && isJsonNumber(text)) {
        m_out->write(text);
        return;
    }
    if (col.kind == ColumnKind::Boolean) {
        if (text == "t" || text == "true" || text == "1") {
            m_out->write("true");
            return;
        }
        if (text == "f" || text == "false" || text == "0") {
            m_out->write("false");
            return;
        }
    }
    writeString(text);
}

void JsonWriter::writeString(QByteArrayView text)
{
    // Runs of plain bytes go out in one piece; only quotes, backslashes, control characters
    // and bytes that are not valid UTF-8 need escaping (valid UTF-8 passes through as it is).
    m_out->write('"');
    qsizetype from = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const auto u = quint8(text[i]);
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            ++i;
            continue;
        }
        if (u >= 0x80) {
            const qsizetype length = Utf8Validator::sequenceLength(text.sliced(i));
            if (length > 0) {
                i += length;
                continue;
            }
        }
        m_out->write(text.sliced(from, i - from));
        if (u >= 0x80) {
            // Not UTF-8 (a SQL_ASCII database sends whatever bytes it holds): the byte as a
            // lone low surrogate, as Python's "surrogateescape" does, so the output stays valid
            // UTF-8 and the byte can be told apart from the character U+00XX.
            static const char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', 'd', 'c', hex[u >> 4], hex[u & 0xf]};
            m_out->write(QByteArrayView(escape, sizeof escape));
        } else {
            const QByteArray e = escaped(text.sliced(i, 1));
            m_out->write(QByteArrayView(e).sliced(1, e.size() - 2));
        }
        from = ++i;
    }
    m_out->write(text.sliced(from));
    m_out->write('"');
}
