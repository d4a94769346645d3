#include "settingssync.h"

#include "storage/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QUrl>

#include <unistd.h>

namespace {

// The keys an INI file written by QSettings holds ("[group]" then "key=value"; "General" is
// the group of top-level keys; nested keys use '\'; special characters are %-escaped). Only as
// much of the format as tells whether the file is whole.
QSet<QString> keysInIniFile(const QByteArray &bytes)
{
    QSet<QString> keys;
    QString group;
    for (const QByteArray &rawLine : bytes.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(';'))
            continue;
        if (line.startsWith('[') && line.endsWith(']')) {
            group = QUrl::fromPercentEncoding(line.mid(1, line.size() - 2));
            if (group == QLatin1String("General"))
                group.clear();
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        QString key = QUrl::fromPercentEncoding(line.left(equals).trimmed());
        key.replace(QLatin1Char('\\'), QLatin1Char('/'));
        keys.insert(group.isEmpty() ? key : group + QLatin1Char('/') + key);
    }
    return keys;
}

bool isWhole(const QString &path, const QSettings &settings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return settings.allKeys().isEmpty();
    const QByteArray bytes = file.readAll();
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        return false;   // cut inside a line
    const QStringList wanted = settings.allKeys();
    const QSet<QString> there = keysInIniFile(bytes);
    for (const QString &key : wanted) {
        if (!there.contains(key))
            return false;
    }
    return true;
}

} // namespace

namespace SettingsSync {

QString sync(QSettings &settings)
{
    const QString path = settings.fileName();
    const QString shown = QDir::toNativeSeparators(path);
    auto sentence = [&shown](const QString &why) {
        return QCoreApplication::translate("SettingsSync",
                                           "Tessera could not save its settings to “%1” (%2); "
                                           "the previous settings are kept.")
            .arg(shown, why);
    };
    SafeFile::makePrivateFolder(QFileInfo(path).absolutePath());

    const QByteArray encoded = QFile::encodeName(path);
    const QByteArray keptName = encoded + ".previous";
    ::unlink(keptName.constData());
    const bool kept = QFile::exists(path) && ::link(encoded.constData(), keptName.constData()) == 0;

    settings.sync();
    const bool synced = settings.status() == QSettings::NoError;
    // On Unix the native format is INI, the one isWhole() reads.
    const bool iniFile = settings.format() == QSettings::NativeFormat || settings.format() == QSettings::IniFormat;
    if (synced && (!iniFile || isWhole(path, settings))) {
        if (kept)
            ::unlink(keptName.constData());
        SafeFile::makePrivate(path);
        return {};
    }
    // Put the old file back under its name: a rename, so it needs no space either. (When Qt
    // itself saw the failure it renamed nothing, and the old file is still in place.)
    if (kept) {
        ::rename(keptName.constData(), encoded.constData());
        ::unlink(keptName.constData());   // still there when both names were the same file
    } else if (synced)
        QFile::remove(path);   // there was no file before; a broken one would be worse than none
    return sentence(synced ? QCoreApplication::translate("SettingsSync", "the disk may be full")
                           : QCoreApplication::translate("SettingsSync", "the file could not be written"));
}

} // namespace SettingsSync
