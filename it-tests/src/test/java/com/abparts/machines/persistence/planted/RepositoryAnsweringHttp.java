package com.abparts.machines.persistence.planted;

import org.springframework.http.ResponseEntity;

/** Planted violation: a persistence adapter that speaks HTTP. */
public class RepositoryAnsweringHttp {

    ResponseEntity<String> find() {
        return ResponseEntity.notFound().build();
    }
}
