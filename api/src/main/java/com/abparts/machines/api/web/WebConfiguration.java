package com.abparts.machines.api.web;

import com.abparts.machines.api.web.problem.ProblemReportValve;
import com.abparts.machines.api.web.support.CursorCodec;
import com.abparts.machines.api.web.support.IfMatchArgumentResolver;
import com.abparts.machines.api.web.support.RequestLimits;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** What the REST adapter needs beyond Spring MVC's defaults. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class WebConfiguration implements WebMvcConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(WebConfiguration.class);
    private static final int MIN_SECRET_LENGTH = 32;

    @Bean
    CursorCodec cursorCodec(ApiProperties properties) {
        String secret = properties.cursorSecret();
        if (secret == null || secret.isBlank()) {
            LOG.warn("abparts.api.cursor-secret is not set: paging cursors are signed with a random key, so they "
                    + "stop working when this instance restarts and do not work on other replicas");
            byte[] random = new byte[MIN_SECRET_LENGTH];
            new SecureRandom().nextBytes(random);
            return new CursorCodec(random);
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("abparts.api.cursor-secret must be at least " + MIN_SECRET_LENGTH + " characters long");
        }
        return new CursorCodec(secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Spring Boot's {@code JsonMapper.Builder}, on a {@code JsonFactory} that applies the API's read
     * limits and refuses duplicate property names. Jackson 3 takes the factory, and the limits with
     * it, only when a builder is made, and Spring Boot 4.0 makes its builder on the default factory;
     * Boot's customizers are applied just as Boot applies them.
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory limited = JsonFactory.builder()
                .streamReadConstraints(RequestLimits.jsonReadConstraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(limited);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    /**
     * Requests that Tomcat refuses itself, before any filter runs, get a problem too: the host's
     * error report valve, Tomcat's own or the one Spring Boot adds, is replaced by one that writes
     * RFC 9457 problems.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /**
     * The API takes no form bodies, so Tomcat never reads one to answer a question about the
     * request's parameters: those come from the query string alone, which the checks before
     * authentication read, and an unauthenticated request's body stays unread.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> parametersFromTheQueryStringOnly() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setParseBodyMethods(""));
    }

    /** Conditional writes take the versions of If-Match as an ExpectedVersion parameter. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IfMatchArgumentResolver());
    }
}
