#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

/// Times a piece of work as the median of several runs. Work slower than a second runs
/// `slowRuns` times (once unless told): that keeps the naive runs bounded.
class Stopwatch
{
public:
    static constexpr int runs = 5;

    /// Milliseconds of `work`; `prepare` runs before each run, untimed.
    static double median(const std::function<void()>& work, const std::function<void()>& prepare = {},
                         int slowRuns = 1)
    {
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            if (prepare)
                prepare();
            QElapsedTimer timer;
            timer.start();
            work();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (times.back() > 1000 && int(times.size()) >= slowRuns)
                break;
        }
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    }
};
