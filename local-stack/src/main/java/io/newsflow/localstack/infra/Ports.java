package io.newsflow.localstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks, so a taken port is reported by name instead of as a bind stack trace. */
public final class Ports {
    private Ports() {
    }

    /** A port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }

    /** Fails with a message naming the port and what wanted it, when something already listens there. */
    public static void requireFree(int port, String purpose) {
        if (!isFree(port)) {
            throw new PortInUseException(port, purpose);
        }
    }

    /** Whether nothing listens on the port now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The port to bind now: the one chosen before when it is still free, else another free one. A port picked as
     * free can be taken before the server binds it (by an outgoing connection's local port, say), and a server
     * asked for any free port need not fail for that.
     */
    public static int stillFreeOrAnother(int chosen) {
        return isFree(chosen) ? chosen : freePort();
    }

    public static final class PortInUseException extends RuntimeException {
        public PortInUseException(int port, String purpose) {
            super("Port " + port + " (" + purpose + ") is already in use. Stop what runs there, or choose another "
                    + "port (see ./newsflow up --help).");
        }
    }
}
