package org.ridercoop.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aTakenPortIsReportedWithThePartAndTheSettingToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThat(Ports.isListening(port)).isTrue();
            assertThatThrownBy(() -> Ports.requireFree(port, "Keycloak HTTP", "coop.keycloak.port"))
                    .isInstanceOf(PortTakenException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("Keycloak HTTP")
                    .hasMessageContaining("-Dcoop.keycloak.port=");
        }
    }

    @Test
    void aFreePortPasses() {
        int port = Ports.free();
        Ports.requireFree(port, "test", "x");
        assertThat(Ports.isListening(port)).isFalse();
    }

    @Test
    void portSettingsAreValidated() {
        System.setProperty("coop.port", "80000");
        try {
            assertThatThrownBy(StackSettings::fromSystemProperties).hasMessageContaining("-Dcoop.port=80000 is not a port number");
        } finally {
            System.clearProperty("coop.port");
        }
    }
}
