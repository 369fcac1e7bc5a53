package io.newsflow.query.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the threads that consume {@code news.articles} and store it: the Kafka consumer's
 * polling thread and the worker threads the blocking store runs on. In the load test the broker
 * and the producer share the JVM with query-service; these threads are query-service's alone.
 * (Threads that ended take their time with them; the worker pool keeps its threads for a minute.)
 */
final class ConsumerThreads {
    private static final String[] PREFIXES = {"smallrye-kafka-consumer-thread", "executor-thread", "vert.x-worker-thread"};

    private ConsumerThreads() {
    }

    static double cpuSeconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (isConsumerThread(thread.getName())) {
                nanos += Math.max(threads.getThreadCpuTime(thread.getId()), 0);
            }
        }
        return nanos / 1e9;
    }

    private static boolean isConsumerThread(String name) {
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
