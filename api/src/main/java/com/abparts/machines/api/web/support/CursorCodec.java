package com.abparts.machines.api.web.support;

import com.abparts.machines.domain.paging.Position;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a page's end position into the opaque {@code cursor} clients send back, and back again.
 * The cursor is signed with HMAC-SHA256 over its content and what it is bound to (path, sort,
 * filters), so a cursor that was altered, or that is used with another sort or other filters, is
 * refused rather than silently giving a wrong page.
 */
public final class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Longer than any key a listing writes (a 255-character name of four-byte characters and an id), in Base64. */
    private static final int MAX_CONTENT = 2048;

    /** Keyed once; each use works on a clone, as a Mac holds state and is not safe to share. */
    private final Mac keyed;

    public CursorCodec(byte[] secret) {
        try {
            this.keyed = Mac.getInstance(ALGORITHM);
            keyed.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    /** @param binding what the cursor is only valid for: a canonical text of path, sort and filters */
    public String encode(Position position, String binding) {
        String content = (position.key() == null ? "~" : "=" + position.key()) + "\n" + position.id();
        return ENCODER.encodeToString(content.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(content, binding));
    }

    /**
     * @param admissible whether a position can be one of the listing's: a cursor that is signed
     *        correctly but holds anything else is refused like an altered one, never run
     * @throws InvalidRequestException when the cursor is malformed, altered, bound to something
     *         else or not a position of the listing
     */
    public Position decode(String cursor, String binding, Predicate<Position> admissible) {
        return tryDecode(cursor, binding).filter(admissible).orElseThrow(() -> new InvalidRequestException(new FieldError("cursor",
                "is not a cursor this listing issued (it was altered, or belongs to another sort or other filters)")));
    }

    private Optional<Position> tryDecode(String cursor, String binding) {
        try {
            String[] parts = cursor.split("\\.", -1);
            if (parts.length != 2 || parts[0].length() > MAX_CONTENT) {
                return Optional.empty();
            }
            String content = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(DECODER.decode(parts[1]), sign(content, binding))) {
                return Optional.empty();
            }
            // the last: a name may hold line breaks, an id never does
            int newline = content.lastIndexOf('\n');
            if (newline < 1 || !(content.startsWith("~") && newline == 1 || content.startsWith("="))) {
                return Optional.empty();
            }
            String key = content.startsWith("~") ? null : content.substring(1, newline);
            return Optional.of(new Position(key, UUID.fromString(content.substring(newline + 1))));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /**
     * Cloning the keyed Mac skips the provider lookup and key setup that {@code Mac.getInstance}
     * and {@code init} repeat on every call (profiled: two thirds of the cursor's cost). A
     * per-thread Mac would not help: with virtual threads every request has a new thread.
     */
    private byte[] sign(String content, String binding) {
        Mac mac;
        try {
            mac = (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + ALGORITHM + " can be cloned", e);
        }
        mac.update(binding.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    }
}
