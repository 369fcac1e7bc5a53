package io.newsflow.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU and resident memory of the pipeline's processes, read from /proc: what each of Kafka,
 * PostgreSQL and the three services costs under the load.
 */
final class ProcessSampler {
    /** Linux reports CPU times in clock ticks; 100 per second on every common kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    record Sample(long atMillis, String process, double cpuPercent, long rssKilobytes) {
    }

    private final Map<String, List<Long>> pidsByProcess;
    private final Map<String, Long> lastTicks = new LinkedHashMap<>();
    private long lastAt;
    private final List<Sample> samples = new ArrayList<>();

    private ProcessSampler(Map<String, List<Long>> pidsByProcess) {
        this.pidsByProcess = pidsByProcess;
    }

    /** The process whose children are its own workers; the others' children are other processes. */
    private static final String POSTGRESQL = "postgresql";
    static final String LOAD_GENERATOR = "load-generator";

    /**
     * Finds each process by the port it listens on (a command line can match a build or a test
     * as well), plus PostgreSQL's worker processes, which are children of the listening one. Only
     * PostgreSQL's: the process that holds the embedded Kafka broker is the launcher, whose children
     * are the services (and PostgreSQL), each measured on its own.
     */
    static ProcessSampler discover(Map<String, Integer> portsByProcess) {
        Map<Long, Long> listeningInodesToPid = new LinkedHashMap<>();
        Map<Integer, Long> inodesByPort = ListeningSockets.inodesByPort();
        Map<String, List<Long>> found = new LinkedHashMap<>();
        try (var processes = Files.list(Path.of("/proc"))) {
            processes.filter(path -> path.getFileName().toString().matches("\\d+")).forEach(path -> {
                long pid = Long.parseLong(path.getFileName().toString());
                ListeningSockets.socketInodes(path).forEach(inode -> listeningInodesToPid.putIfAbsent(inode, pid));
            });
        } catch (IOException e) {
            return new ProcessSampler(found);
        }
        portsByProcess.forEach((name, port) -> {
            Long inode = inodesByPort.get(port);
            Long pid = inode == null ? null : listeningInodesToPid.get(inode);
            if (pid != null) {
                List<Long> pids = new ArrayList<>(List.of(pid));
                if (name.equals(POSTGRESQL)) {
                    pids.addAll(ListeningSockets.children(pid));
                }
                found.put(name, pids);
            }
        });
        // The generator shares the machine with what it measures: its own cost belongs in the report.
        found.put(LOAD_GENERATOR, List.of(ProcessHandle.current().pid()));
        return new ProcessSampler(found);
    }

    Map<String, List<Long>> processes() {
        return pidsByProcess;
    }

    void sample(long nowMillis) {
        pidsByProcess.forEach((name, found) -> {
            // PostgreSQL forks a backend per connection as pools grow: its workers are listed anew
            // each time, and the CPU of workers that ended counts through the parent's cutime/cstime.
            boolean withWorkers = name.equals(POSTGRESQL);
            List<Long> pids = withWorkers ? withChildren(found.get(0)) : found;
            long ticks = pids.stream().mapToLong(pid -> cpuTicks(pid, withWorkers && pid.equals(found.get(0)))).sum();
            long rss = pids.stream().mapToLong(ProcessSampler::rssKilobytes).sum();
            Long previous = lastTicks.put(name, ticks);
            if (previous != null && nowMillis > lastAt) {
                double seconds = (nowMillis - lastAt) / 1000.0;
                samples.add(new Sample(nowMillis, name, (ticks - previous) / TICKS_PER_SECOND / seconds * 100, rss));
            }
        });
        lastAt = nowMillis;
    }

    List<Sample> samples() {
        return samples;
    }

    private static List<Long> withChildren(long pid) {
        List<Long> pids = new ArrayList<>(List.of(pid));
        pids.addAll(ListeningSockets.children(pid));
        return pids;
    }

    /**
     * utime + stime, fields 14 and 15 of /proc/PID/stat (after the parenthesised command name), and
     * with {@code endedChildren} cutime + cstime, fields 16 and 17: the CPU of children that ended.
     */
    private static long cpuTicks(long pid, boolean endedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return endedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long rssKilobytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
