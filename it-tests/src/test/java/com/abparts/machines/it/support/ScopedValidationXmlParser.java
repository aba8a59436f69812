package com.abparts.machines.it.support;

import java.util.Map;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase's XML changelog parser, validating against Liquibase's XSD or not as the scope of each
 * parse says ({@code liquibase.validateXmlChangelogFiles}). Liquibase's own parser reads that
 * setting once, when the JVM's one instance of it is made: in a test JVM that starts application
 * contexts and runs {@link Migrator}, whichever parsed first would decide for both. Liquibase's
 * service locator finds this one (META-INF/services), and its parser factory takes, of the parsers
 * that support a file, the one of highest priority: this one's is above Liquibase's own.
 */
public final class ScopedValidationXmlParser implements ChangeLogParser {

    private final XMLChangeLogSAXParser validating = parser(true);
    private final XMLChangeLogSAXParser notValidating = parser(false);

    @Override
    public int getPriority() {
        return PRIORITY_DEFAULT + 1;
    }

    @Override
    public boolean supports(String changeLogFile, ResourceAccessor resourceAccessor) {
        return validating.supports(changeLogFile, resourceAccessor);
    }

    @Override
    public DatabaseChangeLog parse(String physicalChangeLogLocation, ChangeLogParameters changeLogParameters,
            ResourceAccessor resourceAccessor) throws ChangeLogParseException {
        XMLChangeLogSAXParser parser = GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getCurrentValue() ? validating : notValidating;
        return parser.parse(physicalChangeLogLocation, changeLogParameters, resourceAccessor);
    }

    private static XMLChangeLogSAXParser parser(boolean validate) {
        try {
            return Scope.child(Map.of(GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), validate), XMLChangeLogSAXParser::new);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make Liquibase's XML changelog parser", e);
        }
    }
}
