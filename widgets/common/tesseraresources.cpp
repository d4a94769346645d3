#include "common/tesseraresources.h"

// Q_INIT_RESOURCE must be used outside any namespace.
static void initTesseraQrc()
{
    Q_INIT_RESOURCE(tessera);
}

namespace TesseraResources {

void init()
{
    static const bool done = [] {
        initTesseraQrc();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon icon(const QString &name)
{
    init();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace TesseraResources
