package com.abparts.machines.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the HTTP API.
 *
 * @param cursorSecret signs paging cursors; set the same value on every replica (and keep it across
 *     restarts) so that cursors stay valid, at least 32 characters. Unset, each start picks a random one.
 */
@ConfigurationProperties("abparts.api")
record ApiProperties(String cursorSecret) {
}
