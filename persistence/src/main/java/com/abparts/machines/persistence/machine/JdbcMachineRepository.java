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

    private static final String COLUMNS =
            "id, customer_organization_id, model_type, name, serial_number, created_at, updated_at";

    private final JdbcClient jdbc;

    public JdbcMachineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Machine machine) {
        jdbc.sql("INSERT INTO machines (" + COLUMNS + ") "
                        + "VALUES (:id, :customerOrganizationId, :modelType, :name, :serialNumber, :createdAt, :updatedAt)")
                .param("id", machine.id().value())
                .param("customerOrganizationId", machine.customerOrganizationId().value())
                .param("modelType", machine.modelType())
                .param("name", machine.name())
                .param("serialNumber", machine.serialNumber())
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
                toInstant(row.getObject("created_at", OffsetDateTime.class)),
                toInstant(row.getObject("updated_at", OffsetDateTime.class)));
    }

    private static OffsetDateTime toTimestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
