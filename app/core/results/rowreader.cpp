#include "rowreader.h"

#include "driverhandles.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>

#include <libpq-fe.h>

namespace {

// The OIDs of PostgreSQL's built-in types that are not shown as plain text.
ColumnKind kindOfPgType(Oid oid, QString *name)
{
    struct TypeInfo { Oid oid; const char *name; ColumnKind kind; };
    static constexpr TypeInfo types[] = {
        {16, "bool", ColumnKind::Boolean},     {17, "bytea", ColumnKind::Binary},
        {20, "int8", ColumnKind::Integer},     {21, "int2", ColumnKind::Integer},
        {23, "int4", ColumnKind::Integer},     {26, "oid", ColumnKind::Integer},
        {700, "float4", ColumnKind::Float},    {701, "float8", ColumnKind::Float},
        {790, "money", ColumnKind::Decimal},   {1700, "numeric", ColumnKind::Decimal},
        {1082, "date", ColumnKind::Date},      {1083, "time", ColumnKind::Time},
        {1266, "timetz", ColumnKind::Time},    {1114, "timestamp", ColumnKind::Timestamp},
        {1184, "timestamptz", ColumnKind::Timestamp}, {25, "text", ColumnKind::Text},
        {1043, "varchar", ColumnKind::Text},   {1042, "bpchar", ColumnKind::Text},
        {19, "name", ColumnKind::Text},        {114, "json", ColumnKind::Text},
        {3802, "jsonb", ColumnKind::Text},     {2950, "uuid", ColumnKind::Text},
        {1186, "interval", ColumnKind::Other}, {869, "inet", ColumnKind::Other},
    };
    for (const TypeInfo &t : types) {
        if (t.oid == oid) {
            *name = QString::fromLatin1(t.name);
            return t.kind;
        }
    }
    *name = QStringLiteral("oid %1").arg(oid);
    return ColumnKind::Other;
}

class PostgresRowReader final : public RowReader
{
public:
    ResultColumns columns(const QSqlQuery &query) override
    {
        ResultColumns cols;
        PGresult *res = DriverHandles::postgresResult(query);
        if (!res)
            return cols;
        const int n = PQnfields(res);
        cols.reserve(n);
        for (int c = 0; c < n; ++c) {
            ResultColumn col;
            col.name = QString::fromUtf8(PQfname(res, c));
            col.kind = kindOfPgType(PQftype(res, c), &col.typeName);
            cols.append(col);
        }
        m_columnCount = n;
        return cols;
    }

    void appendCurrentRow(const QSqlQuery &query, RowBatch &batch) override
    {
        PGresult *res = DriverHandles::postgresResult(query);
        batch.beginRow();
        for (int c = 0; c < m_columnCount; ++c) {
            if (PQgetisnull(res, 0, c))
                batch.appendNull();
            else
                batch.appendCell(PQgetvalue(res, 0, c), PQgetlength(res, 0, c));
        }
    }

private:
    int m_columnCount = 0;
};

class GenericRowReader final : public RowReader
{
public:
    ResultColumns columns(const QSqlQuery &query) override
    {
        ResultColumns cols;
        const QSqlRecord record = query.record();
        for (int c = 0; c < record.count(); ++c) {
            const QSqlField field = record.field(c);
            ResultColumn col;
            col.name = field.name();
            col.typeName = QString::fromLatin1(field.metaType().name());
            switch (field.metaType().id()) {
            case QMetaType::Int: case QMetaType::LongLong: case QMetaType::UInt: case QMetaType::ULongLong:
                col.kind = ColumnKind::Integer; break;
            case QMetaType::Double: col.kind = ColumnKind::Float; break;
            case QMetaType::Bool: col.kind = ColumnKind::Boolean; break;
            case QMetaType::QByteArray: col.kind = ColumnKind::Binary; break;
            case QMetaType::QDate: col.kind = ColumnKind::Date; break;
            case QMetaType::QDateTime: col.kind = ColumnKind::Timestamp; break;
            default: col.kind = ColumnKind::Text; break;
            }
            cols.append(col);
        }
        m_columnCount = int(cols.size());
        return cols;
    }

    void appendCurrentRow(const QSqlQuery &query, RowBatch &batch) override
    {
        batch.beginRow();
        for (int c = 0; c < m_columnCount; ++c) {
            const QVariant v = query.value(c);
            if (v.isNull()) {
                batch.appendNull();
            } else if (v.metaType().id() == QMetaType::QByteArray) {
                const QByteArray bytes = v.toByteArray();
                batch.appendCell(bytes.constData(), bytes.size());
            } else {
                const QByteArray text = v.toString().toUtf8();
                batch.appendCell(text.constData(), text.size());
            }
        }
    }

private:
    int m_columnCount = 0;
};

} // namespace

std::unique_ptr<RowReader> RowReader::create(Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL)
        return std::make_unique<PostgresRowReader>();
    return std::make_unique<GenericRowReader>();
}
