package com.abparts.machines.api.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementNamesTest {

    @Test
    void namesAStatementForItsVerbAndTable() {
        assertThat(StatementNames.nameOf("SELECT m.id, o.name FROM machines m JOIN organizations o ON o.id = m.owner WHERE m.id = ?"))
                .isEqualTo("SELECT machines");
        assertThat(StatementNames.nameOf("  update organizations SET name = ? WHERE id = ?")).isEqualTo("UPDATE organizations");
        assertThat(StatementNames.nameOf("DELETE FROM machines WHERE id = ?")).isEqualTo("DELETE machines");
        assertThat(StatementNames.nameOf("INSERT INTO organizations (id, name) VALUES (?, ?)")).isEqualTo("INSERT organizations");
        assertThat(StatementNames.nameOf("SELECT EXISTS (SELECT 1 FROM machines WHERE id = ?)")).isEqualTo("SELECT machines");
    }

    @Test
    void namesAWithStatementForTheWriteItWraps() {
        assertThat(StatementNames.nameOf("WITH written AS (INSERT INTO machines (id) VALUES (?) RETURNING owner) SELECT o.name FROM written"))
                .isEqualTo("INSERT machines");
        assertThat(StatementNames.nameOf("WITH written AS (UPDATE machines SET notes = ? WHERE id = ? RETURNING owner) SELECT 1"))
                .isEqualTo("UPDATE machines");
    }

    @Test
    void fallsBackToTheVerbAlone() {
        assertThat(StatementNames.nameOf("SELECT 1")).isEqualTo("SELECT");
        assertThat(StatementNames.nameOf("set search_path to abparts")).isEqualTo("SET");
        assertThat(StatementNames.nameOf("   ")).isEqualTo("SQL");
    }

    @Test
    void namesEachStatementAlikeAgainAndPastTheOnesItRemembers() {
        for (int table = 0; table < 2_000; table++) {
            String sql = "SELECT id FROM table_" + table + " WHERE id = ?";
            assertThat(StatementNames.nameOf(sql)).isEqualTo("SELECT table_" + table);
            assertThat(StatementNames.nameOf(sql)).isEqualTo("SELECT table_" + table);
        }
    }
}
