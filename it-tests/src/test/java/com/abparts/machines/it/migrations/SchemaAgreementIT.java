package com.abparts.machines.it.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.it.support.Sql;
import com.abparts.machines.persistence.machine.MachineStatusType;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checks of the original document's validation script: after the migration, the schema is
 * what the code expects, so that the machine API cannot fail on a missing column or an enum label.
 */
class SchemaAgreementIT {

    private Sql sql;

    @BeforeEach
    void migratedDatabase() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        new Migrator(database).update();
        sql = new Sql(database);
    }

    @Test
    void hasEveryColumnTheMachineModelNeedsWithItsType() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("id", "uuid NOT NULL");
        expected.put("customer_organization_id", "uuid NOT NULL");
        expected.put("model_type", "character varying(10) NOT NULL");
        expected.put("name", "character varying(255) NOT NULL");
        expected.put("serial_number", "character varying(255) NOT NULL");
        expected.put("status", "machinestatus NOT NULL");
        expected.put("purchase_date", "timestamp with time zone NULL");
        expected.put("warranty_expiry_date", "timestamp with time zone NULL");
        expected.put("last_maintenance_date", "timestamp with time zone NULL");
        expected.put("next_maintenance_date", "timestamp with time zone NULL");
        expected.put("location", "character varying(255) NULL");
        expected.put("notes", "text NULL");
        expected.put("created_at", "timestamp with time zone NOT NULL");
        expected.put("updated_at", "timestamp with time zone NOT NULL");
        expected.put("version", "bigint NOT NULL");

        Map<String, String> actual = new LinkedHashMap<>();
        for (List<String> column : sql.rows("""
                SELECT a.attname, format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END
                FROM pg_attribute a WHERE a.attrelid = 'machines'::regclass AND a.attnum > 0 AND NOT a.attisdropped""")) {
            actual.put(column.get(0), column.get(1));
        }

        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void hasTheLabelsOfMachineStatusInItsOrder() throws Exception {
        assertThat(MachineStatusType.drift(databaseLabels())).isEmpty();
    }

    @Test
    void namesALabelThatOnlyTheDatabaseHas() throws Exception {
        sql.execute("ALTER TYPE machinestatus ADD VALUE 'retired'");

        assertThat(MachineStatusType.drift(databaseLabels()))
                .hasValueSatisfying(drift -> assertThat(drift).contains("MachineStatus lacks 'retired'"));
    }

    @Test
    void defaultsTheStatusToActive() throws Exception {
        assertThat(sql.value("SELECT column_default FROM information_schema.columns"
                + " WHERE table_name = 'machines' AND column_name = 'status'")).isEqualTo("'active'::machinestatus");
        sql.execute("INSERT INTO organizations (id, name) VALUES ('5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a', 'Oraseas EE')");
        sql.execute("INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number)"
                + " VALUES (gen_random_uuid(), '5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a', 'V4.0', 'Unit', 'AB-1')");
        assertThat(sql.value("SELECT status::text FROM machines")).isEqualTo("active");
    }

    @Test
    void keepsMachinesOwnedByExistingOrganizations() throws Exception {
        assertThat(sql.value("""
                SELECT pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'machines'::regclass AND contype = 'f'""")).isEqualTo(
                "FOREIGN KEY (customer_organization_id) REFERENCES organizations(id)");
    }

    @Test
    void keepsSerialNumbersUnique() throws Exception {
        assertThat(sql.column("""
                SELECT pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'machines'::regclass AND contype = 'u'""")).containsExactly("UNIQUE (serial_number)");
    }

    private List<String> databaseLabels() throws Exception {
        return sql.column("SELECT enumlabel FROM pg_enum WHERE enumtypid = 'machinestatus'::regtype ORDER BY enumsortorder");
    }
}
