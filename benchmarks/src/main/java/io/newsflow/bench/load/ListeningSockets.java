package io.newsflow.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Which process listens on which TCP port, from /proc/net/tcp and the processes' socket descriptors. */
final class ListeningSockets {
    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** Socket inode of every listening TCP port (IPv4 and IPv6). */
    static Map<Integer, Long> inodesByPort() {
        Map<Integer, Long> inodes = new HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                Files.readAllLines(Path.of(table)).stream().skip(1).map(line -> line.trim().split("\\s+"))
                        .filter(fields -> fields.length > 9 && LISTEN.equals(fields[3]))
                        .forEach(fields -> inodes.putIfAbsent(
                                Integer.parseInt(fields[1].substring(fields[1].lastIndexOf(':') + 1), 16),
                                Long.parseLong(fields[9])));
            } catch (IOException e) {
                // no such table on this machine
            }
        }
        return inodes;
    }

    /** Inodes of the sockets a process holds open. */
    static List<Long> socketInodes(Path process) {
        List<Long> inodes = new ArrayList<>();
        try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
            descriptors.forEach(descriptor -> {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // closed meanwhile
                }
            });
        } catch (IOException e) {
            // not ours to read, or gone
        }
        return inodes;
    }

    /** Direct children of a process (PostgreSQL's backends and workers). */
    static List<Long> children(long pid) {
        List<Long> children = new ArrayList<>();
        try {
            for (Path task : Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
                String listed = Files.readString(task.resolve("children")).trim();
                if (!listed.isEmpty()) {
                    for (String child : listed.split(" ")) {
                        children.add(Long.parseLong(child));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no children file on this kernel
        }
        return children;
    }
}
