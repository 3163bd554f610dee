#pragma once

#include <QList>

#include <algorithm>

namespace BenchStats {

//! The median of \a values (the mean of the middle two for an even count); 0 when empty.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

//! The \a p quantile (0..1), nearest rank.
inline double quantile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank =
            qBound<qsizetype>(0, qsizetype(p * double(values.size()) + 0.5) - 1, values.size() - 1);
    return values.at(rank);
}

} // namespace BenchStats
