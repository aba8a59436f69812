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
import com.abparts.machines.domain.organization.OrganizationId;
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
import java.util.UUID;
import java.util.function.IntSupplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps machines in PostgreSQL's {@code machines} table. */
public final class JdbcMachineRepository implements MachineRepository {

    private static final String COLUMNS = """
            id, customer_organization_id, model_type, name, serial_number, status,
            purchase_date, warranty_expiry_date, last_maintenance_date, next_maintenance_date, location, notes,
            created_at, updated_at, version""";

    private static final String SERIAL_NUMBER_KEY = "machines_serial_number_key";
    private static final String OWNER_KEY = "machines_customer_organization_id_fkey";

    private final JdbcClient jdbc;
    private final VersionedRows rows;

    public JdbcMachineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new VersionedRows(jdbc, "machines", "machine");
    }

    @Override
    public void add(Machine machine) {
        write(machine, () -> jdbc.sql("INSERT INTO machines (" + COLUMNS + ") VALUES ("
                        + ":id, :customerOrganizationId, :modelType, :name, :serialNumber, CAST(:status AS machinestatus),"
                        + " :purchaseDate, :warrantyExpiryDate, :lastMaintenanceDate, :nextMaintenanceDate, :location, :notes,"
                        + " :createdAt, :updatedAt, :version)")
                .params(parameters(machine))
                .update());
    }

    @Override
    public Optional<Machine> findById(MachineId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM machines WHERE id = :id")
                .param("id", id.value())
                .query(JdbcMachineRepository::toMachine)
                .optional();
    }

    @Override
    public List<Machine> list(Scope scope, MachineQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = conditionsOf(query.filter(), parameters);
        scope.organization().ifPresent(organization -> {
            conditions.add("customer_organization_id = :scope");
            parameters.put("scope", organization.value());
        });
        Keyset keyset = keysetOf(query.sort());
        keyset.after(query.after(), parameters).ifPresent(conditions::add);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT " + COLUMNS + " FROM machines" + where + keyset.orderByAndLimit(query.limit() + 1))
                .params(parameters)
                .query(JdbcMachineRepository::toMachine)
                .list();
    }

    @Override
    public void update(Machine revised) {
        int updated = write(revised, () -> jdbc.sql("""
                        UPDATE machines SET customer_organization_id = :customerOrganizationId, model_type = :modelType,
                               name = :name, serial_number = :serialNumber, status = CAST(:status AS machinestatus),
                               purchase_date = :purchaseDate, warranty_expiry_date = :warrantyExpiryDate,
                               last_maintenance_date = :lastMaintenanceDate, next_maintenance_date = :nextMaintenanceDate,
                               location = :location, notes = :notes, updated_at = :updatedAt, version = :version
                        WHERE id = :id AND version = :version - 1""")
                .params(parameters(revised))
                .update());
        rows.requireChanged(updated, revised.id().value(), ExpectedVersion.of(revised.version() - 1),
                () -> new MachineNotFoundException(revised.id()));
    }

    @Override
    public void delete(MachineId id, ExpectedVersion expected) {
        rows.requireChanged(rows.delete(id.value(), expected), id.value(), expected, () -> new MachineNotFoundException(id));
    }

    private static int write(Machine machine, IntSupplier statement) {
        try {
            return statement.getAsInt();
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
            conditions.add("CAST(status AS text) = ANY(:statuses)");
            parameters.put("statuses", filter.statuses().stream().map(MachineStatusType::labelOf).toArray(String[]::new));
        }
        filter.customerOrganizationId().ifPresent(owner -> {
            conditions.add("customer_organization_id = :owner");
            parameters.put("owner", owner.value());
        });
        filter.modelType().ifPresent(modelType -> {
            conditions.add("model_type = :modelType");
            parameters.put("modelType", modelType);
        });
        filter.nextMaintenanceBefore().ifPresent(bound -> {
            conditions.add("next_maintenance_date < :nextMaintenanceBefore");
            parameters.put("nextMaintenanceBefore", Timestamps.of(bound));
        });
        filter.warrantyExpiresBefore().ifPresent(bound -> {
            conditions.add("warranty_expiry_date < :warrantyExpiresBefore");
            parameters.put("warrantyExpiresBefore", Timestamps.of(bound));
        });
        return conditions;
    }

    private static Keyset keysetOf(MachineSort sort) {
        return switch (sort.field()) {
            case CREATED_AT -> new Keyset(SortColumn.timestamp("created_at"), sort.direction());
            case NAME -> new Keyset(SortColumn.text("name"), sort.direction());
            case SERIAL_NUMBER -> new Keyset(SortColumn.text("serial_number"), sort.direction());
            case NEXT_MAINTENANCE_DATE -> new Keyset(SortColumn.timestamp("next_maintenance_date").orNull(), sort.direction());
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

    private static Machine toMachine(ResultSet row, int rowNumber) throws SQLException {
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
