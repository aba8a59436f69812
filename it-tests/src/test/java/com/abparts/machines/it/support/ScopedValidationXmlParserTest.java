package com.abparts.machines.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;

/** Each parse validates against Liquibase's XSD as its own scope says, whichever parsed before it. */
class ScopedValidationXmlParserTest {

    private static final String PLANTED = "planted-changelogs/attribute-outside-the-xsd.xml";
    private final ResourceAccessor resources = new ClassLoaderResourceAccessor();

    @Test
    void isTheParserLiquibaseChoosesForXml() throws Exception {
        assertThat(ChangeLogParserFactory.getInstance().getParser(PLANTED, resources)).isInstanceOf(ScopedValidationXmlParser.class);
    }

    @Test
    void validatesWhereTheScopeAsksAndOnlyThere() throws Exception {
        for (int round = 0; round < 2; round++) {
            assertThat(parse(PLANTED, false).getChangeSets()).as("without validation, round %d", round).hasSize(1);
            assertThatThrownBy(() -> parse(PLANTED, true)).as("with validation, round %d", round)
                    .isInstanceOf(ChangeLogParseException.class).hasMessageContaining("notInTheXsd");
        }
        assertThatThrownBy(() -> ChangeLogParserFactory.getInstance().getParser(PLANTED, resources)
                .parse(PLANTED, new ChangeLogParameters(), resources))
                .as("Liquibase's default: validate").isInstanceOf(ChangeLogParseException.class);
    }

    @Test
    void readsTheProjectsChangelogEitherWay() throws Exception {
        for (boolean validate : new boolean[] {false, true}) {
            assertThat(parse(Migrator.CHANGELOG, validate).getChangeSets()).as("validate %s", validate).isNotEmpty();
        }
    }

    /** Parses the file as Liquibase does, by the parser its factory chooses, in a scope that says whether to validate. */
    private DatabaseChangeLog parse(String file, boolean validate) throws Exception {
        return Scope.child(Map.of(GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), validate),
                () -> ChangeLogParserFactory.getInstance().getParser(file, resources).parse(file, new ChangeLogParameters(), resources));
    }
}
