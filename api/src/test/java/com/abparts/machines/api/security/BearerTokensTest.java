package com.abparts.machines.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** {@link BearerTokens} answers every header as Spring Security's default resolver does. */
class BearerTokensTest {

    private static final BearerTokenResolver DEFAULT = new DefaultBearerTokenResolver();
    private static final BearerTokenResolver FAST = new BearerTokens();

    @Test
    void answersTheseHeadersAsTheDefaultResolver() {
        List<String> headers = new ArrayList<>(List.of("Bearer abc", "bearer abc", "BEARER abc", "BeArEr a.b-c_d~e+f/g==", "Bearer ",
                "Bearer", "Bearer  abc", "Bearer\tabc", "Bearer abc ", "Bearer abc\n", "Bearer a=b", "Bearer ===", "Bearer abc==",
                "Basic dXNlcjpwYXNz", "Bearerabc", "Bearer_abc", "Bearer \u00E9", "B\u00C9arer abc", "Bearer abc\u0000", "bearer",
                "Bear abc", "", "Bearer " + "x".repeat(8000), "\u212Aearer abc", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"));
        for (String header : headers) {
            assertSameAnswer(header);
        }
        assertSameAnswer(null);
    }

    @Test
    void answersGeneratedHeadersAsTheDefaultResolver() {
        Random random = new Random(20261202);
        String alphabet = "BbEeAaRr aZz09-._~+/=\t\n\u00E9\u212A\u0130:;,\"\\";
        for (int run = 0; run < 20_000; run++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : random.nextBoolean() ? "bEaReR" : "");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAnswer(header.toString());
        }
    }

    private static void assertSameAnswer(String header) {
        assertThat(answer(FAST, header)).as("for %s", header).isEqualTo(answer(DEFAULT, header));
    }

    private static String answer(BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/machines");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            return "token " + resolver.resolve(request);
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }
}
