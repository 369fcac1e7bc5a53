package io.newsflow.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.newsflow.extract.engine.NewsflowEngine;
import io.newsflow.extract.warmup.WarmUpLoop;
import io.newsflow.extract.warmup.WarmUpStories;

/**
 * How a fresh engine speeds up: the warm-up's loop over its stories for a while (argument: seconds, 60 by default),
 * second by second the stories analysed and the CPU time per story of the analysing thread, and when that comes within
 * 2 and 1.5 times its steady state (the median of the last fifth of the run), first and for good. CPU rather than
 * elapsed time, so other processes on the machine blur the curve less (they still slow the JIT's own threads). What
 * extract-service's default warm-up is chosen from; run it with the service's JVM options, as {@code ./newsflow up}
 * starts it.
 */
public final class WarmUpCurve {
    private WarmUpCurve() {
    }

    public static void main(String[] args) {
        Duration run = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 60);
        long loadStart = System.nanoTime();
        NewsflowEngine engine = NewsflowEngine.load();
        System.out.printf("engine loaded in %d ms%n", (System.nanoTime() - loadStart) / 1_000_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<long[]> analyses = new ArrayList<>(); // {end, elapsed nanos since the start; CPU nanos of the story}
        long start = System.nanoTime();
        WarmUpLoop.run(WarmUpStories.bundled(), Integer.MAX_VALUE, run, story -> {
            long cpu = threads.getCurrentThreadCpuTime();
            engine.analyse(story);
            analyses.add(new long[] {System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpu});
        });
        List<long[]> seconds = bySecond(analyses); // {analyses, CPU nanos}
        long[] cpuPerStory = analyses.stream().mapToLong(a -> a[1]).toArray();
        long[] lastFifth = Arrays.copyOfRange(cpuPerStory, cpuPerStory.length * 4 / 5, cpuPerStory.length);
        Arrays.sort(lastFifth);
        double steady = lastFifth[lastFifth.length / 2] / 1e6;
        System.out.println("second  analyses  CPU ms/story");
        for (int s = 0; s < seconds.size(); s++) {
            System.out.printf("%6d  %8d  %8.2f%n", s + 1, seconds.get(s)[0], msPerStory(seconds.get(s)));
        }
        System.out.printf("first story %.1f ms CPU; steady state %.2f ms CPU a story%n", cpuPerStory[0] / 1e6, steady);
        for (double within : new double[] {2, 1.5}) {
            int first = 0;
            while (first < seconds.size() && msPerStory(seconds.get(first)) > within * steady) {
                first++;
            }
            int stays = seconds.size();
            while (stays > 0 && msPerStory(seconds.get(stays - 1)) <= within * steady) {
                stays--;
            }
            System.out.printf("within %.1fx: first in second %d, after %d analyses; every second from second %d on,"
                    + " after %d analyses%n", within, first + 1, analysesIn(seconds, first), stays + 1,
                    analysesIn(seconds, stays));
        }
    }

    private static long analysesIn(List<long[]> seconds, int first) {
        return seconds.subList(0, first).stream().mapToLong(s -> s[0]).sum();
    }

    private static List<long[]> bySecond(List<long[]> analyses) {
        List<long[]> seconds = new ArrayList<>();
        for (long[] analysis : analyses) {
            int index = (int) (analysis[0] / 1_000_000_000L);
            while (seconds.size() <= index) {
                seconds.add(new long[2]);
            }
            seconds.get(index)[0]++;
            seconds.get(index)[1] += analysis[1];
        }
        return seconds;
    }

    private static double msPerStory(long[] second) {
        return second[0] == 0 ? Double.NaN : second[1] / 1e6 / second[0];
    }
}
