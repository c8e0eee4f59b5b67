package io.postline.db;

/** PostgreSQL: row locks for queue placement, SKIP LOCKED so nodes claim disjoint posts. */
public final class PostgresDialect implements Dialect {
    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void lockChannel(Tx tx, String channelId) {
        tx.query("SELECT id FROM channels WHERE id = ? FOR UPDATE", row -> row.getString(1), channelId);
    }

    @Override
    public String skipLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }

}
