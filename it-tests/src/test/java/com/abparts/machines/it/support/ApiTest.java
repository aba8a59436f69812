package com.abparts.machines.it.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A test of the running service over HTTP: {@link #api} calls it as a super admin, {@link #http} is its raw client. */
@ApiIntegrationTest
public abstract class ApiTest {

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    protected Api api;
    protected RestTestClient http;

    /** The port the API listens on. */
    protected int port() {
        return port;
    }

    @BeforeEach
    void connect() {
        api = new Api(port, managementPort);
        http = api.http();
    }
}
