package io.newsflow.bench.load;

import java.util.List;

/**
 * Everything a run measured, for the report.
 *
 * @param queryableDuringLoad articles that became queryable while load was offered (not while draining)
 */
record RunResults(Measurements measurements, double loadSeconds, long queryableDuringLoad,
        List<ProcessSampler.Sample> processes) {
}
