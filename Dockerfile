# syntax=docker/dockerfile:1
# Two images from one build: `--target migrations` (migrations.jar, Liquibase's command line with the
# changelog) and the default, the API as a layered Spring Boot application. Both run as a non-root user.

FROM eclipse-temurin:25.0.3_9-jdk-noble AS build
# The Maven wrapper fetches Maven as the zip whose SHA-256 it pins, and unpacks it with unzip, which
# this image lacks (without it, the wrapper fetches the .tar.gz and fails its check against the
# zip's hash). It downloads with the JDK when neither curl nor wget is there.
RUN apt-get update && apt-get install --yes --no-install-recommends unzip && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY domain/ domain/
COPY persistence/ persistence/
COPY migrations/ migrations/
COPY api/ api/
# Maven reads every module the root pom lists before -pl picks some: their poms must be here.
COPY it-tests/pom.xml it-tests/pom.xml
COPY bench/floor/pom.xml bench/floor/pom.xml
COPY bench/standard/pom.xml bench/standard/pom.xml
# No tests here (CI runs them); mdep.skip leaves out the embedded PostgreSQL binaries only tests use.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw --batch-mode --no-transfer-progress -pl api,migrations -am package -Dmaven.test.skip=true -Dmdep.skip=true

FROM eclipse-temurin:25.0.3_9-jre-noble AS layers
WORKDIR /layers
COPY --from=build /src/api/target/api.jar api.jar
# Dependencies change less often than the application: separate layers rebuild and pull faster.
# Extracted as plain jars (api.jar and lib/), which the JDK's AOT cache needs.
RUN java -Djarmode=tools -jar api.jar extract --layers --destination extracted

FROM eclipse-temurin:25.0.3_9-jre-noble AS migrations
RUN useradd --system --uid 10001 --no-create-home abparts
COPY --from=build /src/migrations/target/migrations.jar /app/migrations.jar
USER 10001
# The connection comes from LIQUIBASE_COMMAND_URL, LIQUIBASE_COMMAND_USERNAME and LIQUIBASE_COMMAND_PASSWORD.
ENTRYPOINT ["java", "-jar", "/app/migrations.jar"]
CMD ["status", "--verbose"]

FROM eclipse-temurin:25.0.3_9-jre-noble AS api
RUN useradd --system --uid 10001 --no-create-home abparts
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
# JDK 25's AOT cache, recorded by a run that stops once the application context is up. The context
# needs a datasource URL and a token verifier, and contacts neither while it starts (the pool opens
# on first use, the key set is fetched for the first token), so no database or identity provider is
# needed here. A failed run still writes a cache, an incomplete one: its exit code fails the build.
# Spring's build-time bean definitions (-Dspring.aot.enabled) in training and at run time make it
# about a fifth faster to ready than the cache alone (measured in bench/). Options as in ENTRYPOINT.
RUN java -XX:AOTCacheOutput=api.aot -Xmx256m -XX:+UseSerialGC -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
        -Dspring.liquibase.enabled=false -Dspring.datasource.url=jdbc:postgresql://aot-training.invalid/none \
        -Dspring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://aot-training.invalid/jwks \
        -Dspring.security.oauth2.resourceserver.jwt.audiences=aot-training -jar api.jar \
    && test -s api.aot
USER 10001
# The API, and actuator with details (health, info) for operators only: publish 8081 to no one beyond the host.
EXPOSE 8080 8081
# Healthy means ready: database reachable and schema as the code expects. No curl in the image: bash speaks HTTP.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /readyz HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:AOTCache=api.aot", "-Dspring.aot.enabled=true", "-Xmx256m", "-XX:+UseSerialGC", "-jar", "api.jar"]
