#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

/// Times pieces of work as the median of several runs. Work slower than a second runs
/// `slowRuns` times (once unless told): that keeps the naive runs bounded. Work whose first run
/// takes under `quickMs` runs `quickRuns` times: a few milliseconds swing with the scheduler and
/// the server's other work as much as with the work itself.
class Stopwatch
{
public:
    static constexpr int runs = 5;
    static constexpr double quickMs = 20;
    static constexpr int quickRuns = 15;

    /// Milliseconds of `work`; `prepare` runs before each run, untimed.
    static double median(const std::function<void()>& work, const std::function<void()>& prepare = {},
                         int slowRuns = 1)
    {
        return medians({work}, prepare, slowRuns).front();
    }

    /// Milliseconds of `first` and `second`, timed in turn run after run, each after `prepare`
    /// (untimed): a slow spell of the machine then falls on both alike, where timing all runs of
    /// one and then all of the other left the ratio of two 2 ms figures anywhere from 1× to 2.2×.
    static std::pair<double, double> interleavedMedians(const std::function<void()>& first,
                                                        const std::function<void()>& second,
                                                        const std::function<void()>& prepare = {})
    {
        const std::vector<double> both = medians({first, second}, prepare, 1);
        return {both.at(0), both.at(1)};
    }

private:
    /// The median milliseconds of each of `works`, run in turn; how many runs the first run of
    /// the first work decides.
    static std::vector<double> medians(const std::vector<std::function<void()>>& works,
                                       const std::function<void()>& prepare, int slowRuns)
    {
        std::vector<std::vector<double>> times(works.size());
        int runsWanted = runs;
        for (int run = 0; run < runsWanted; ++run) {
            for (size_t work = 0; work < works.size(); ++work) {
                if (prepare)
                    prepare();
                QElapsedTimer timer;
                timer.start();
                works.at(work)();
                times.at(work).push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            const double firstTime = times.front().back();
            if (firstTime > 1000 && run + 1 >= slowRuns)
                break;
            if (run == 0 && firstTime < quickMs)
                runsWanted = quickRuns;
        }
        std::vector<double> result;
        for (std::vector<double>& workTimes : times) {
            std::sort(workTimes.begin(), workTimes.end());
            result.push_back(workTimes.at(workTimes.size() / 2));
        }
        return result;
    }
};
