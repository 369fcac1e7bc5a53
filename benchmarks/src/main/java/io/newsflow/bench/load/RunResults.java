package io.newsflow.bench.load;

import java.util.List;
import java.util.Map;

/**
 * Everything a run measured, for the report.
 *
 * @param queryableDuringLoad articles that became queryable while load was offered (not while draining)
 * @param lagBySecond each sampled second's consumer lag, by {@link ConsumerLag.Consumer#column()}
 */
record RunResults(Measurements measurements, double loadSeconds, long queryableDuringLoad,
        List<ProcessSampler.Sample> processes, Map<Long, Map<String, Long>> lagBySecond) {
}
