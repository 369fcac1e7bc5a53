package io.newsflow.query.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM (service, Kafka broker, test) and by the PostgreSQL server (the
 * postmaster and its processes, including those that ended). Unlike wall time it hardly changes
 * with other work on a shared machine, so it compares two versions measured at different loads.
 * Linux only (/proc); zero for PostgreSQL elsewhere or when the server is not found.
 */
public final class CpuMeter {
    /** USER_HZ: the unit of /proc/PID/stat times on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private final String postmasterArguments;

    /** @param postgresPort the port the server listens on, as its command line says ({@code -p PORT}) */
    public CpuMeter(int postgresPort) {
        this.postmasterArguments = " -p " + postgresPort + " ";
    }

    public record Reading(double jvmSeconds, double postgresSeconds) {
        public Reading since(Reading earlier) {
            return new Reading(jvmSeconds - earlier.jvmSeconds, postgresSeconds - earlier.postgresSeconds);
        }
    }

    public Reading read() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Reading(os.getProcessCpuTime() / 1e9, postgresTicks() / TICKS_PER_SECOND);
    }

    private long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            List<Path> pids = processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList();
            String postmaster = pids.stream().filter(this::isPostmaster).map(path -> path.getFileName().toString())
                    .findFirst().orElse(null);
            if (postmaster == null) {
                return 0;
            }
            long ticks = 0;
            for (Path pid : pids) {
                String[] stat = stat(pid);
                if (stat.length == 0) {
                    continue;
                }
                boolean isPostmaster = pid.getFileName().toString().equals(postmaster);
                if (isPostmaster || stat[1].equals(postmaster)) {
                    // utime and stime; the postmaster also holds what its ended children used.
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    if (isPostmaster) {
                        ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                    }
                }
            }
            return ticks;
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean isPostmaster(Path pid) {
        try {
            String command = Files.readString(pid.resolve("cmdline")).replace('\0', ' ') + " ";
            return command.contains("/bin/postgres ") && command.contains(postmasterArguments);
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** The fields of /proc/PID/stat after the command name, from the state (field 3) on. */
    private static String[] stat(Path pid) {
        try {
            String stat = Files.readString(pid.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return new String[0];
        }
    }
}
