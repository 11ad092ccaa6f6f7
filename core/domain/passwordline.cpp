// SPDX-License-Identifier: MIT
#include "passwordline.h"

#include <QFile>
#include <QStringDecoder>

#include <cstdio>

namespace et::domain {

Result<QString> PasswordLine::read(QIODevice &in, const QString &option)
{
    // Room for the longest password and a CR LF (readLine(n) reads at most n - 1 bytes); what
    // does not fit is a longer line, refused below rather than cut.
    QByteArray line = in.readLine(kMaxBytes + 3);
    const bool ended = line.endsWith('\n');
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if ((!ended && !in.atEnd()) || line.size() > kMaxBytes)
        return Error{option, QStringLiteral("the password line is longer than %1 bytes").arg(kMaxBytes)};
    if (line.isEmpty())
        return Error{option, QStringLiteral("no password on the first line of stdin")};
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString password = utf8.decode(line);
    if (utf8.hasError())
        return Error{option, QStringLiteral("the password is not UTF-8")};
    return password;
}

Result<QString> PasswordLine::readStdin(const QString &option)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error{option, QStringLiteral("cannot read stdin")};
    return read(in, option);
}

} // namespace et::domain
