package com.abparts.machines.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ABParts Machines service: the REST adapter around the domain, wired in {@code configuration}. */
@SpringBootApplication
public class MachinesApplication {

    public static void main(String[] args) {
        SpringApplication.run(MachinesApplication.class, args);
    }
}
