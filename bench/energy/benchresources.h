// SPDX-License-Identifier: MIT
#pragma once
// The bundled data the energy benchmarks read (resources/data in the source tree).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace et::bench {

/// A file under resources/data, e.g. "jeju-wind-farms.json"; a file that cannot be read ends the
/// program with its name.
inline QByteArray resourceBytes(const QString &name)
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace et::bench
