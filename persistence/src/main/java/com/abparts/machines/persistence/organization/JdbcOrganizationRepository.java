package com.abparts.machines.persistence.organization;

import com.abparts.machines.domain.organization.DuplicateOrganizationNameException;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.OrganizationNotFoundException;
import com.abparts.machines.domain.organization.OrganizationOwnsMachinesException;
import com.abparts.machines.domain.organization.OrganizationQuery;
import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.persistence.support.Keyset;
import com.abparts.machines.persistence.support.Keyset.SortColumn;
import com.abparts.machines.persistence.support.PostgresErrors;
import com.abparts.machines.persistence.support.Timestamps;
import com.abparts.machines.persistence.support.VersionedRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps organizations in PostgreSQL's {@code organizations} table. */
public final class JdbcOrganizationRepository implements OrganizationRepository {

    private static final String COLUMNS = "id, name, created_at, updated_at, version";
    private static final String NAME_KEY = "organizations_name_key";
    private static final String OWNED_MACHINES_KEY = "machines_customer_organization_id_fkey";

    private final JdbcClient jdbc;
    private final VersionedRows rows;

    public JdbcOrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new VersionedRows(jdbc, "organizations", "organization");
    }

    @Override
    public void add(Organization organization) {
        write(organization, () -> jdbc.sql("INSERT INTO organizations (" + COLUMNS + ")"
                        + " VALUES (:id, :name, :createdAt, :updatedAt, :version)")
                .params(parameters(organization))
                .update());
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE id = :id")
                .param("id", id.value())
                .query(JdbcOrganizationRepository::toOrganization)
                .optional();
    }

    @Override
    public List<Organization> list(Scope scope, OrganizationQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        Keyset keyset = switch (query.sort().field()) {
            case CREATED_AT -> new Keyset("organizations", SortColumn.timestamp("created_at"), query.sort().direction());
            case NAME -> new Keyset("organizations", SortColumn.text("name"), query.sort().direction());
        };
        List<String> conditions = new ArrayList<>();
        scope.organization().ifPresent(organization -> {
            conditions.add("id = :scope");
            parameters.put("scope", organization.value());
        });
        keyset.after(query.after(), parameters).ifPresent(conditions::add);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT " + COLUMNS + " FROM organizations" + where + keyset.orderByAndLimit(query.limit() + 1))
                .params(parameters)
                .query(JdbcOrganizationRepository::toOrganization)
                .list();
    }

    @Override
    public void update(Organization revised) {
        int updated = write(revised, () -> jdbc.sql("""
                        UPDATE organizations SET name = :name, updated_at = :updatedAt, version = :version
                        WHERE id = :id AND version = :version - 1""")
                .params(parameters(revised))
                .update());
        rows.requireChanged(updated, revised.id().value(), ExpectedVersion.of(revised.version() - 1),
                () -> new OrganizationNotFoundException(revised.id()));
    }

    @Override
    public void delete(OrganizationId id, ExpectedVersion expected) {
        int deleted;
        try {
            deleted = rows.delete(id.value(), expected);
        } catch (DataIntegrityViolationException violation) {
            if (PostgresErrors.violatedConstraint(violation).filter(OWNED_MACHINES_KEY::equals).isPresent()) {
                throw new OrganizationOwnsMachinesException(id);
            }
            throw violation;
        }
        rows.requireChanged(deleted, id.value(), expected, () -> new OrganizationNotFoundException(id));
    }

    private static int write(Organization organization, IntSupplier statement) {
        try {
            return statement.getAsInt();
        } catch (DataIntegrityViolationException violation) {
            if (PostgresErrors.violatedConstraint(violation).filter(NAME_KEY::equals).isPresent()) {
                throw new DuplicateOrganizationNameException(organization.details().name());
            }
            throw violation;
        }
    }

    private static Map<String, Object> parameters(Organization organization) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", organization.id().value());
        parameters.put("name", organization.details().name());
        parameters.put("createdAt", Timestamps.of(organization.createdAt()));
        parameters.put("updatedAt", Timestamps.of(organization.updatedAt()));
        parameters.put("version", organization.version());
        return parameters;
    }

    private static Organization toOrganization(ResultSet row, int rowNumber) throws SQLException {
        return OrganizationRows.read(row, "");
    }
}
