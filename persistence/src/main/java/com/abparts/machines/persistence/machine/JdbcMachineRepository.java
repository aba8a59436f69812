package com.abparts.machines.persistence.machine;

import com.abparts.machines.domain.machine.Machine;
import com.abparts.machines.domain.machine.MachineId;
import com.abparts.machines.domain.machine.MachineRepository;
import com.abparts.machines.domain.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps machines in PostgreSQL's {@code machines} table. */
public final class JdbcMachineRepository implements MachineRepository {

    private static final String COLUMNS = """
            id, customer_organization_id, model_type, name, serial_number, status,
            purchase_date, warranty_expiry_date, last_maintenance_date, next_maintenance_date, location, notes,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    public JdbcMachineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Machine machine) {
        jdbc.sql("INSERT INTO machines (" + COLUMNS + ") VALUES ("
                        + ":id, :customerOrganizationId, :modelType, :name, :serialNumber, CAST(:status AS machinestatus),"
                        + " :purchaseDate, :warrantyExpiryDate, :lastMaintenanceDate, :nextMaintenanceDate, :location, :notes,"
                        + " :createdAt, :updatedAt)")
                .param("id", machine.id().value())
                .param("customerOrganizationId", machine.customerOrganizationId().value())
                .param("modelType", machine.modelType())
                .param("name", machine.name())
                .param("serialNumber", machine.serialNumber())
                .param("status", MachineStatusType.labelOf(machine.status()))
                .param("purchaseDate", toTimestamp(machine.purchaseDate()))
                .param("warrantyExpiryDate", toTimestamp(machine.warrantyExpiryDate()))
                .param("lastMaintenanceDate", toTimestamp(machine.lastMaintenanceDate()))
                .param("nextMaintenanceDate", toTimestamp(machine.nextMaintenanceDate()))
                .param("location", machine.location())
                .param("notes", machine.notes())
                .param("createdAt", toTimestamp(machine.createdAt()))
                .param("updatedAt", toTimestamp(machine.updatedAt()))
                .update();
    }

    @Override
    public Optional<Machine> findById(MachineId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM machines WHERE id = :id")
                .param("id", id.value())
                .query(JdbcMachineRepository::toMachine)
                .optional();
    }

    private static Machine toMachine(ResultSet row, int rowNumber) throws SQLException {
        return new Machine(
                new MachineId(row.getObject("id", UUID.class)),
                new OrganizationId(row.getObject("customer_organization_id", UUID.class)),
                row.getString("model_type"),
                row.getString("name"),
                row.getString("serial_number"),
                MachineStatusType.statusOf(row.getString("status")),
                instant(row, "purchase_date"),
                instant(row, "warranty_expiry_date"),
                instant(row, "last_maintenance_date"),
                instant(row, "next_maintenance_date"),
                row.getString("location"),
                row.getString("notes"),
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    private static OffsetDateTime toTimestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime timestamp = row.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
