#pragma once
#include <QIcon>
#include <QString>

// The icons compiled into tessera_widgets. A Qt resource in a static library is only registered
// when someone calls its init function, so every widget that needs an icon goes through here.
namespace TesseraResources {
void init();
QIcon icon(const QString &name);   // "run" -> :/icons/run.svg
}
