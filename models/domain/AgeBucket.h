#pragma once

namespace caseline {

// Open cases whose age (since they were opened) is at least `fromDays` and less than `toDays`
// (`toDays` < 0: no upper bound): one bar of the aging chart.
struct AgeBucket
{
    int fromDays = 0;
    int toDays = -1;
    long long cases = 0;
};

} // namespace caseline
