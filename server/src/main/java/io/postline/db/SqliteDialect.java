package io.postline.db;

/** SQLite: one writer at a time (transactions begin IMMEDIATE), so locks come for free. */
public final class SqliteDialect implements Dialect {
    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public void lockChannel(Tx tx, String channelId) {
        // every write transaction already holds SQLite's single write lock
    }

    @Override
    public String skipLocked() {
        return "";
    }

}
