#include "scriptfile.h"

#include "sql/scriptdecoder.h"
#include "storage/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>

namespace ScriptFile {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ScriptFile", text);
}
} // namespace

Loaded read(const QString &path, const QString &encoding)
{
    Loaded loaded;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        loaded.error = tr("“%1” is a folder, not a file.").arg(shown);
        return loaded;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = tr("“%1” could not be opened: %2.").arg(shown, file.errorString());
        return loaded;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        loaded.error = tr("“%1” could not be read: %2.").arg(shown, file.errorString());
        return loaded;
    }
    const ScriptDecoder::Result decoded = ScriptDecoder::decode(bytes, encoding);
    if (!decoded.ok()) {
        loaded.notUtf8 = decoded.problem == ScriptDecoder::Problem::InvalidUtf8;
        loaded.error = tr("“%1” was not opened: it is %2. Nothing was changed.")
                           .arg(shown, ScriptDecoder::describe(decoded));
        return loaded;
    }
    loaded.ok = true;
    loaded.text = decoded.text;
    loaded.encoding = encoding.isEmpty() ? QString() : decoded.encoding;
    return loaded;
}

bool write(const QString &path, const QString &text, const QString &encoding, QString *error)
{
    QByteArray bytes;
    if (encoding.isEmpty()) {
        bytes = text.toUtf8();
    } else {
        QStringEncoder encoder(encoding.toLatin1().constData());
        if (!encoder.isValid()) {
            *error = tr("the encoding %1 is not known here").arg(encoding);
            return false;
        }
        bytes = encoder(text);
        if (encoder.hasError()) {
            *error = tr("the text holds characters that %1 cannot store; save it as UTF-8 instead").arg(encoding);
            return false;
        }
    }
    QString reason;
    if (!SafeFile::write(path, bytes, &reason, SafeFile::Owner::Person)) {
        *error = reason;
        return false;
    }
    return true;
}

} // namespace ScriptFile
