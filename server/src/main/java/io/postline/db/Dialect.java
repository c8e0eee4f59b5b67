package io.postline.db;

/** What differs between the databases Postline runs on. */
public interface Dialect {
    String name();

    /** Serializes writers that place posts in one channel's queue, until the transaction ends. */
    void lockChannel(Tx tx, String channelId);

    /** The clause that makes a claim query skip rows another transaction holds (empty where writes are serial). */
    String skipLocked();

}
