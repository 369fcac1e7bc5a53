package io.newsflow.localstack.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aPortTakenSinceItWasChosenIsReplacedByAnotherFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            assertThat(Ports.isFree(port)).isFalse();
            int other = Ports.stillFreeOrAnother(port);
            assertThat(other).isNotEqualTo(port);
            assertThat(Ports.isFree(other)).isTrue();
            // a port the user gave is not replaced: it is reported by name
            assertThatThrownBy(() -> Ports.requireFree(port, "Kafka")).isInstanceOf(Ports.PortInUseException.class)
                    .hasMessageContaining(Integer.toString(port)).hasMessageContaining("Kafka");
        }
    }

    @Test
    void aPortStillFreeIsKept() {
        int port = Ports.freePort();
        assertThat(Ports.stillFreeOrAnother(port)).isEqualTo(port);
    }
}
