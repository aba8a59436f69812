package com.abparts.machines.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * Actuator answers without a token, so by default its port listens on the loopback address alone:
 * reached through any other address of this host, it refuses the connection, where the API's port
 * answers.
 */
class ManagementPortApiIT extends ApiTest {

    @LocalManagementPort
    private int managementPort;

    @Test
    void listensOnTheLoopbackAddressAlone() throws IOException {
        List<InetAddress> otherAddresses = otherAddressesOfThisHost().filter(address -> connects(address, port())).toList();

        assertThat(otherAddresses).as("addresses of this host other than 127.0.0.1 through which the API answers").isNotEmpty();
        assertThat(otherAddresses).allSatisfy(address -> assertThat(connects(address, managementPort)).as("management port via " + address).isFalse());
        assertThat(connects(InetAddress.getByName("127.0.0.1"), managementPort)).isTrue();
    }

    /** 127.0.0.2 (on Linux, the whole 127/8 is this host) and the addresses of the host's network interfaces. */
    private static Stream<InetAddress> otherAddressesOfThisHost() throws IOException {
        Stream<InetAddress> interfaces = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress());
        return Stream.concat(Stream.of(InetAddress.getByAddress(new byte[] {127, 0, 0, 2})), interfaces);
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
