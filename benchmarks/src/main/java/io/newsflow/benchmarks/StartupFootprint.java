package io.newsflow.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import io.newsflow.extract.engine.NewsflowEngine;

/** Engine start time (models and dictionaries) and the heap it retains once loaded, after a full GC. */
public final class StartupFootprint {
    private StartupFootprint() {
    }

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long start = System.nanoTime();
        NewsflowEngine engine = NewsflowEngine.load();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        engine.analyse(BenchmarkArticles.load().get(0));
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        long retained = usedAfterGc(memory) - before;
        System.out.printf("engine load: %d ms; load + first article: %d ms; retained heap after load: %.1f MB%n",
                loadMillis, firstMillis, retained / 1024.0 / 1024.0);
        System.out.println(engine.extractor()); // keeps the engine reachable until measured
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
