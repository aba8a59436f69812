package com.abparts.machines.persistence.organization;

import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationDetails;
import com.abparts.machines.domain.organization.OrganizationId;
import com.abparts.machines.persistence.support.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

/**
 * An organization's columns and how a row of them is read: by this package's repository, and by
 * queries of other tables that join an organization in under a prefix (a machine's owner).
 */
public final class OrganizationRows {

    private static final String[] COLUMNS = {"id", "name", "created_at", "updated_at", "version"};

    private OrganizationRows() {}

    /** The columns as a select list: {@code alias.column AS prefixcolumn, …}. */
    public static String selectList(String alias, String prefix) {
        return String.join(", ", Arrays.stream(COLUMNS).map(column -> alias + "." + column + " AS " + prefix + column).toList());
    }

    /** The organization in the columns named {@code prefix + column}, exactly as stored, whatever rules its row was written under. */
    public static Organization read(ResultSet row, String prefix) throws SQLException {
        return new Organization(new OrganizationId(row.getObject(prefix + "id", UUID.class)), new OrganizationDetails(row.getString(prefix + "name")),
                Timestamps.read(row, prefix + "created_at"), Timestamps.read(row, prefix + "updated_at"), row.getLong(prefix + "version"));
    }
}
