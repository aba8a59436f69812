package com.abparts.machines.persistence.machine;

import com.abparts.machines.domain.machine.DuplicateSerialNumberException;
import com.abparts.machines.domain.machine.Machine;
import com.abparts.machines.domain.machine.MachineDetails;
import com.abparts.machines.domain.machine.MachineFilter;
import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.machine.MachineNotFoundException;
import com.abparts.machines.domain.machine.MachineQuery;
import com.abparts.machines.domain.machine.MachineRepository;
import com.abparts.machines.domain.machine.MachineSort;
import com.abparts.machines.domain.machine.OwnedMachine;
import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.persistence.organization.OrganizationRows;
import com.abparts.machines.persistence.support.Keyset;
import com.abparts.machines.persistence.support.Keyset.SortColumn;
import com.abparts.machines.persistence.support.PostgresErrors;
import com.abparts.machines.persistence.support.Timestamps;
import com.abparts.machines.persistence.support.VersionedRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps machines in PostgreSQL's {@code machines} table. Every statement answers the machines
 * together with their owners from {@code organizations}, joined in: one round trip a read or write.
 */
public final class JdbcMachineRepository implements MachineRepository {

    private static final String COLUMNS = """
            id, customer_organization_id, model_type, name, serial_number, status,
            purchase_date, warranty_expiry_date, last_maintenance_date, next_maintenance_date, location, notes,
            created_at, updated_at, version""";

    private static final String OWNER = "owner_";

    /** A machine ({@code m}) and its owner ({@code o}), whose columns come prefixed with {@code owner_}. */
    private static final String WITH_OWNER = "SELECT " + qualified("m") + ", " + OrganizationRows.selectList("o", OWNER)
            + " FROM machines m JOIN organizations o ON o.id = m.customer_organization_id";

    /** The owner of the machine a write statement returns in the common table expression {@code written}. */
    private static final String OWNER_OF_WRITTEN = " SELECT " + OrganizationRows.selectList("o", OWNER)
            + " FROM written JOIN organizations o ON o.id = written.customer_organization_id";

    private static final String SERIAL_NUMBER_KEY = "machines_serial_number_key";
    private static final String OWNER_KEY = "machines_customer_organization_id_fkey";

    private final JdbcClient jdbc;
    private final VersionedRows rows;

    public JdbcMachineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new VersionedRows(jdbc, "machines", "machine");
    }

    @Override
    public OwnedMachine add(Machine machine) {
        // The foreign key checks the owner as the row goes in; the same statement then reads it.
        Organization owner = write(machine, () -> jdbc.sql("WITH written AS (INSERT INTO machines (" + COLUMNS + ") VALUES ("
                        + ":id, :customerOrganizationId, :modelType, :name, :serialNumber, CAST(:status AS machinestatus),"
                        + " :purchaseDate, :warrantyExpiryDate, :lastMaintenanceDate, :nextMaintenanceDate, :location, :notes,"
                        + " :createdAt, :updatedAt, :version) RETURNING customer_organization_id)" + OWNER_OF_WRITTEN)
                .params(parameters(machine))
                .query(JdbcMachineRepository::toOwner)
                .optional())
                .orElseThrow(() -> ownerMissing(machine));
        return new OwnedMachine(machine, owner);
    }

    @Override
    public Optional<OwnedMachine> findById(MachineId id) {
        return jdbc.sql(WITH_OWNER + " WHERE m.id = :id")
                .param("id", id.value())
                .query(JdbcMachineRepository::toOwnedMachine)
                .optional();
    }

    @Override
    public List<OwnedMachine> list(Scope scope, MachineQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = conditionsOf(query.filter(), parameters);
        scope.organization().ifPresent(organization -> {
            conditions.add("m.customer_organization_id = :scope");
            parameters.put("scope", organization.value());
        });
        Keyset keyset = keysetOf(query.sort());
        keyset.after(query.after(), parameters).ifPresent(conditions::add);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql(WITH_OWNER + where + keyset.orderByAndLimit(query.limit() + 1))
                .params(parameters)
                .query(JdbcMachineRepository::toOwnedMachine)
                .list();
    }

    @Override
    public OwnedMachine update(Machine revised) {
        Optional<Organization> owner = write(revised, () -> jdbc.sql("""
                        WITH written AS (
                            UPDATE machines SET customer_organization_id = :customerOrganizationId, model_type = :modelType,
                                   name = :name, serial_number = :serialNumber, status = CAST(:status AS machinestatus),
                                   purchase_date = :purchaseDate, warranty_expiry_date = :warrantyExpiryDate,
                                   last_maintenance_date = :lastMaintenanceDate, next_maintenance_date = :nextMaintenanceDate,
                                   location = :location, notes = :notes, updated_at = :updatedAt, version = :version
                            WHERE id = :id AND version = :version - 1
                            RETURNING customer_organization_id)""" + OWNER_OF_WRITTEN)
                .params(parameters(revised))
                .query(JdbcMachineRepository::toOwner)
                .optional());
        rows.requireChanged(owner.isPresent() ? 1 : 0, revised.id().value(), ExpectedVersion.of(revised.version() - 1),
                () -> new MachineNotFoundException(revised.id()));
        return new OwnedMachine(revised, owner.orElseThrow());
    }

    @Override
    public void delete(MachineId id, ExpectedVersion expected) {
        rows.requireChanged(rows.delete(id.value(), expected), id.value(), expected, () -> new MachineNotFoundException(id));
    }

    private static <T> T write(Machine machine, Supplier<T> statement) {
        try {
            return statement.get();
        } catch (DataIntegrityViolationException violation) {
            String constraint = PostgresErrors.violatedConstraint(violation).orElse("");
            throw switch (constraint) {
                case SERIAL_NUMBER_KEY -> new DuplicateSerialNumberException(machine.details().serialNumber());
                case OWNER_KEY -> MachineDetails.unknownOwner(machine.details().customerOrganizationId());
                default -> violation;
            };
        }
    }

    private static List<String> conditionsOf(MachineFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            conditions.add("CAST(m.status AS text) = ANY(:statuses)");
            parameters.put("statuses", filter.statuses().stream().map(MachineStatusType::labelOf).toArray(String[]::new));
        }
        filter.customerOrganizationId().ifPresent(owner -> {
            conditions.add("m.customer_organization_id = :owner");
            parameters.put("owner", owner.value());
        });
        filter.modelType().ifPresent(modelType -> {
            conditions.add("m.model_type = :modelType");
            parameters.put("modelType", modelType);
        });
        filter.nextMaintenanceBefore().ifPresent(bound -> {
            conditions.add("m.next_maintenance_date < :nextMaintenanceBefore");
            parameters.put("nextMaintenanceBefore", Timestamps.of(bound));
        });
        filter.warrantyExpiresBefore().ifPresent(bound -> {
            conditions.add("m.warranty_expiry_date < :warrantyExpiresBefore");
            parameters.put("warrantyExpiresBefore", Timestamps.of(bound));
        });
        return conditions;
    }

    private static Keyset keysetOf(MachineSort sort) {
        return switch (sort.field()) {
            case CREATED_AT -> new Keyset("m", SortColumn.timestamp("created_at"), sort.direction());
            case NAME -> new Keyset("m", SortColumn.text("name"), sort.direction());
            case SERIAL_NUMBER -> new Keyset("m", SortColumn.text("serial_number"), sort.direction());
            case NEXT_MAINTENANCE_DATE -> new Keyset("m", SortColumn.timestamp("next_maintenance_date").orNull(), sort.direction());
        };
    }

    private static Map<String, Object> parameters(Machine machine) {
        MachineDetails details = machine.details();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", machine.id().value());
        parameters.put("customerOrganizationId", details.customerOrganizationId().value());
        parameters.put("modelType", details.modelType());
        parameters.put("name", details.name());
        parameters.put("serialNumber", details.serialNumber());
        parameters.put("status", MachineStatusType.labelOf(details.status()));
        parameters.put("purchaseDate", Timestamps.of(details.purchaseDate()));
        parameters.put("warrantyExpiryDate", Timestamps.of(details.warrantyExpiryDate()));
        parameters.put("lastMaintenanceDate", Timestamps.of(details.lastMaintenanceDate()));
        parameters.put("nextMaintenanceDate", Timestamps.of(details.nextMaintenanceDate()));
        parameters.put("location", details.location());
        parameters.put("notes", details.notes());
        parameters.put("createdAt", Timestamps.of(machine.createdAt()));
        parameters.put("updatedAt", Timestamps.of(machine.updatedAt()));
        parameters.put("version", machine.version());
        return parameters;
    }

    /** The foreign key makes this impossible: a machine written has an owner. */
    private static IllegalStateException ownerMissing(Machine machine) {
        return new IllegalStateException("machine " + machine.id() + " was written, and its owner not found");
    }

    private static String qualified(String alias) {
        return Arrays.stream(COLUMNS.split(",")).map(column -> alias + "." + column.strip()).collect(Collectors.joining(", "));
    }

    private static Organization toOwner(ResultSet row, int rowNumber) throws SQLException {
        return OrganizationRows.read(row, OWNER);
    }

    private static OwnedMachine toOwnedMachine(ResultSet row, int rowNumber) throws SQLException {
        return new OwnedMachine(toMachine(row), OrganizationRows.read(row, OWNER));
    }

    /** The machine exactly as stored: its row may predate today's rules, and a read serves it all the same. */
    private static Machine toMachine(ResultSet row) throws SQLException {
        MachineDetails details = new MachineDetails(
                new OrganizationId(row.getObject("customer_organization_id", UUID.class)),
                row.getString("model_type"),
                row.getString("name"),
                row.getString("serial_number"),
                MachineStatusType.statusOf(row.getString("status")),
                Timestamps.read(row, "purchase_date"),
                Timestamps.read(row, "warranty_expiry_date"),
                Timestamps.read(row, "last_maintenance_date"),
                Timestamps.read(row, "next_maintenance_date"),
                row.getString("location"),
                row.getString("notes"));
        return new Machine(new MachineId(row.getObject("id", UUID.class)), details,
                Timestamps.read(row, "created_at"), Timestamps.read(row, "updated_at"), row.getLong("version"));
    }
}
