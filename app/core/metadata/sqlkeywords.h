#pragma once
#include "dialect.h"

#include <QStringList>

// The keywords completion offers, per dialect: the ones people type, in lower case (completion
// writes them in the case the person types).
namespace SqlKeywords {
const QStringList &forDialect(Dialect dialect);
}
