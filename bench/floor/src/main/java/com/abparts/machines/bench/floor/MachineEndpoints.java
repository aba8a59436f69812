package com.abparts.machines.bench.floor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's machine reads and writes, each one statement with the owner joined in, the rows
 * as maps, the maps as JSON. Whatever a client sends is trusted: this is the framework's cost,
 * not a service.
 */
@RestController
class MachineEndpoints {

    private static final String MACHINE = """
            m.id, m.customer_organization_id, m.model_type, m.name, m.serial_number, m.status,
            m.purchase_date, m.warranty_expiry_date, m.last_maintenance_date, m.next_maintenance_date,
            m.location, m.notes, m.created_at, m.updated_at, m.version, o.name AS owner_name""";
    private static final String WITH_OWNER = "SELECT " + MACHINE + " FROM machines m JOIN organizations o ON o.id = m.customer_organization_id";
    private static final Set<String> PATCHABLE = Set.of("notes", "status", "location", "name");

    private final JdbcClient jdbc;

    MachineEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/machines/{id}")
    ResponseEntity<Map<String, Object>> get(@PathVariable UUID id) {
        return ResponseEntity.of(jdbc.sql(WITH_OWNER + " WHERE m.id = :id").param("id", id).query(MachineEndpoints::machine).optional());
    }

    @GetMapping("/api/v1/machines")
    Map<String, Object> page(@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String cursor) {
        Map<String, Object> parameters = new HashMap<>();
        String after = "";
        if (cursor != null) {
            String[] position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            parameters.put("afterCreatedAt", OffsetDateTime.parse(position[0]));
            parameters.put("afterId", UUID.fromString(position[1]));
            after = " WHERE (m.created_at, m.id) < (:afterCreatedAt, :afterId)";
        }
        List<Map<String, Object>> rows = jdbc.sql(WITH_OWNER + after + " ORDER BY m.created_at DESC, m.id DESC LIMIT " + (limit + 1))
                .params(parameters).query(MachineEndpoints::machine).list();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", rows.subList(0, Math.min(limit, rows.size())));
        if (rows.size() > limit) {
            Map<String, Object> last = rows.get(limit - 1);
            page.put("nextCursor", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((last.get("createdAt") + "|" + last.get("id")).getBytes(StandardCharsets.UTF_8)));
        }
        return page;
    }

    @PostMapping("/api/v1/machines")
    ResponseEntity<Map<String, Object>> post(@RequestBody Map<String, Object> body) {
        Map<String, Object> created = jdbc.sql("""
                        WITH m AS (
                            INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number, location)
                            VALUES (:id, :owner, :modelType, :name, :serialNumber, :location)
                            RETURNING *)
                        SELECT""" + " " + MACHINE + " FROM m JOIN organizations o ON o.id = m.customer_organization_id")
                .param("id", UUID.randomUUID())
                .param("owner", UUID.fromString((String) body.get("customerOrganizationId")))
                .param("modelType", body.get("modelType"))
                .param("name", body.get("name"))
                .param("serialNumber", body.get("serialNumber"))
                .param("location", body.get("location"))
                .query(MachineEndpoints::machine).single();
        return ResponseEntity.created(URI.create("/api/v1/machines/" + created.get("id"))).body(created);
    }

    @PatchMapping(path = "/api/v1/machines/{id}", consumes = "application/merge-patch+json")
    ResponseEntity<Map<String, Object>> patch(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
        StringBuilder set = new StringBuilder("updated_at = now(), version = version + 1");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        body.forEach((field, value) -> {
            if (PATCHABLE.contains(field)) {
                set.append(", ").append(field).append(field.equals("status") ? " = CAST(:status AS machinestatus)" : " = :" + field);
                parameters.put(field, value);
            }
        });
        return ResponseEntity.of(jdbc.sql("WITH m AS (UPDATE machines SET " + set + " WHERE id = :id RETURNING *) SELECT " + MACHINE
                        + " FROM m JOIN organizations o ON o.id = m.customer_organization_id")
                .params(parameters).query(MachineEndpoints::machine).optional());
    }

    private static Map<String, Object> machine(ResultSet row, int rowNumber) throws SQLException {
        Map<String, Object> machine = new LinkedHashMap<>();
        UUID owner = row.getObject("customer_organization_id", UUID.class);
        machine.put("id", row.getObject("id", UUID.class));
        machine.put("customerOrganizationId", owner);
        machine.put("customerOrganization", Map.of("id", owner, "name", row.getString("owner_name")));
        machine.put("modelType", row.getString("model_type"));
        machine.put("name", row.getString("name"));
        machine.put("serialNumber", row.getString("serial_number"));
        machine.put("status", row.getString("status"));
        for (String[] date : new String[][] {{"purchaseDate", "purchase_date"}, {"warrantyExpiryDate", "warranty_expiry_date"},
                {"lastMaintenanceDate", "last_maintenance_date"}, {"nextMaintenanceDate", "next_maintenance_date"}}) {
            machine.put(date[0], instant(row, date[1]));
        }
        machine.put("location", row.getString("location"));
        machine.put("notes", row.getString("notes"));
        machine.put("createdAt", instant(row, "created_at"));
        machine.put("updatedAt", instant(row, "updated_at"));
        machine.put("version", row.getLong("version"));
        return machine;
    }

    private static Object instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
