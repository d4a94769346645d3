#include "resultwriter.h"

#include "csvwriter.h"
#include "jsonwriter.h"
#include "tablewriter.h"

std::unique_ptr<ResultWriter> ResultWriter::create(Format format, OutputStream *out)
{
    switch (format) {
    case Format::Table: return std::make_unique<TableWriter>(out);
    case Format::Csv: return std::make_unique<CsvWriter>(out);
    case Format::Json: return std::make_unique<JsonWriter>(out);
    }
    return nullptr;
}

bool ResultWriter::formatFromName(const QString &name, Format *format)
{
    if (name == QLatin1String("table") || name == QLatin1String("aligned"))
        *format = Format::Table;
    else if (name == QLatin1String("csv"))
        *format = Format::Csv;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

QByteArrayView ResultWriter::cellText(const ResultColumn &column, QByteArrayView raw, QByteArray *scratch)
{
    if (column.kind != ColumnKind::Binary || raw.startsWith("\\x"))
        return raw;
    QByteArray hex = QByteArrayLiteral("\\x") + raw.toByteArray().toHex();   // raw may live in *scratch
    *scratch = std::move(hex);
    return *scratch;
}
