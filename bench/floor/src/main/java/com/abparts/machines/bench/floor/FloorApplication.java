package com.abparts.machines.bench.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's floor: what Spring Boot itself costs for the service's reads and writes. It
 * answers the same requests with the same JSON shape, each in one statement, and does nothing
 * else: no token, no validation, no ETag, no problem bodies, no request ids. Not part of the
 * product; see bench/README.md.
 */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }
}
