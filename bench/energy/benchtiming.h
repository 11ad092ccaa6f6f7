// SPDX-License-Identifier: MIT
#pragma once
// How the energy benchmarks time one run and sum up many.

#include <algorithm>
#include <cmath>
#include <ctime>
#include <utility>
#include <vector>

namespace et::bench {

/// This thread's CPU time in ms: on a shared machine the wall clock also counts the time other
/// processes held the core.
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// The median and the 95th percentile (nearest rank) of `v`.
inline std::pair<double, double> medianAndP95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, size_t(std::ceil(double(v.size()) * 0.95)) - 1)]};
}

} // namespace et::bench
