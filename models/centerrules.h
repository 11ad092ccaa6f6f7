// SPDX-License-Identifier: MIT
#pragma once

#include "domain/centers/centerneeds.h"
#include "domain/centers/opennow.h"

namespace et::models {

/// The bundled rules the Centers view reads, made once for the process: open-now over Korea's
/// holidays and Jeju's 4·3 (none, and so "uncertain" on holidays, if they do not read), and what
/// each kind of center can help with (none, so no center matches a need, if they do not read).
/// Either failure is logged once.
class CenterRules
{
public:
    static const domain::centers::OpenNow &openNow();
    static const domain::centers::CenterNeeds &needs();
};

} // namespace et::models
