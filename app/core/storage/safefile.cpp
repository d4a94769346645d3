#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr mode_t kPrivateFile = 0600;
constexpr mode_t kPrivateFolder = 0700;

// The rename is only durable once the folder's entry is on disk too. Best effort: a failure
// here does not make the new file less complete, only possibly older after a power cut.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

namespace SafeFile {

bool makePrivateFolder(const QString &folder, QString *reason)
{
    if (!QDir().mkpath(folder)) {
        if (reason)
            *reason = QCoreApplication::translate("SafeFile", "the folder “%1” could not be created")
                          .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // Tightened even when it existed: older versions created it with the umask's 0755. A folder
    // that is not ours to change (chmod fails) still takes our files, so that is no failure.
    ::chmod(QFile::encodeName(folder).constData(), kPrivateFolder);
    return true;
}

bool write(const QString &path, const QByteArray &bytes, QString *reason, Owner owner)
{
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    const QString folder = QFileInfo(path).absolutePath();
    QString folderReason;
    if (owner == Owner::Tessera && !makePrivateFolder(folder, &folderReason))
        return fail(folderReason);

    QSaveFile file(path);
    // Unbuffered: with a buffer, QSaveFile meets a full disk only when commit() flushes, ignores
    // that error and renames a short (often empty) file over the good one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    // Before any byte: QSaveFile gives the temporary file the old file's mode, or 0666 & ~umask
    // (right for the person's own documents).
    if (owner == Owner::Tessera && ::fchmod(file.handle(), kPrivateFile) != 0) {
        const QString why = qt_error_string(errno);
        file.cancelWriting();
        return fail(why);
    }
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    // commit() syncs too but ignores the result; a delayed write error (NFS, a full thin volume)
    // shows here.
    if (::fsync(file.handle()) != 0) {
        const QString why = qt_error_string(errno);
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    syncFolder(folder);
    return true;
}

bool makePrivate(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), kPrivateFile) == 0;
}

} // namespace SafeFile
